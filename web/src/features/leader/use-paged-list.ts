/** Moved to `shared/list/use-paged-list`; kept so existing imports still work. */
export * from '../../shared/list/use-paged-list';
