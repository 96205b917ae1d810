export * from './tables/index';
export * from './relations';
