import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm/logger';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Schema = typeof schema;
/** The drizzle API over either driver; a transaction is assignable to it too. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Database;
  /** `pglite` for the embedded database, `postgres` for a server reached through DATABASE_URL. */
  kind: 'pglite' | 'postgres';
  /** Where the data lives: the PGlite directory, or the server URL with its password hidden. */
  location: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL of a real server; when absent, PGlite is used. */
  url?: string;
  /** PGlite data directory; `memory://` keeps everything in memory. Default `./.data/pglite`. */
  dataDir?: string;
  /** Pool size for a real server. */
  max?: number;
  /** Receives every SQL statement (used by tests that count queries). */
  logger?: Logger;
}

/** Opens the database: PGlite at a data directory by default, postgres.js when a URL is given. */
export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  if (options.url) {
    const client = postgres(options.url, { max: options.max ?? 10, onnotice: () => undefined });
    const db = drizzlePostgres(client, { schema, casing: 'snake_case', logger: options.logger }) as unknown as Database;
    return {
      db,
      kind: 'postgres',
      location: options.url.replace(/:[^:@/]*@/, ':***@'),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = options.dataDir ?? './.data/pglite';
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
  }
  const client = await PGlite.create(dataDir);
  const db = drizzlePglite(client, { schema, casing: 'snake_case', logger: options.logger }) as unknown as Database;
  return { db, kind: 'pglite', location: dataDir, close: () => client.close() };
}
