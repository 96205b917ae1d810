/** Moved to `shared/list/use-route-filters`; kept so existing imports still work. */
export * from '../../../shared/list/use-route-filters';
