/** Moved to `shared/list/export-url`; kept so existing imports still work. */
export * from '../../shared/list/export-url';
