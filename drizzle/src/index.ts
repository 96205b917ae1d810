export * from './schema';
export { openDatabase, type Database, type DatabaseHandle, type OpenOptions, type Schema } from './client';
export { migrateDatabase, migrationsFolder } from './migrate';
export { hashPassword, verifyPassword } from './passwords';
export { seedId } from './seed/ids';
export { searchQuery, searchTokens } from './search-tokens';
