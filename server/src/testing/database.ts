import { randomBytes } from 'node:crypto';
import type { Logger } from 'drizzle-orm/logger';
import postgres from 'postgres';
import { migrateDatabase, openDatabase, type DatabaseHandle } from '@flagship/drizzle';

/**
 * A migrated database for one test file: in-memory PGlite by default, or a fresh database on the server
 * named by DATABASE_URL (created here, dropped by `close`). Tests share it and build their own rows with
 * the factories, so no test depends on another's leftovers.
 */
export async function openTestDatabase(options: { logger?: Logger } = {}): Promise<DatabaseHandle> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ dataDir: 'memory://', logger: options.logger });
    await migrateDatabase(handle);
    return handle;
  }
  const name = `flagship_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => undefined });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), max: 4, logger: options.logger });
  await migrateDatabase(handle, url.toString());
  return {
    ...handle,
    async close() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
