/** Moved to `shared/list/query-values`; kept so existing imports still work. */
export * from '../../shared/list/query-values';
