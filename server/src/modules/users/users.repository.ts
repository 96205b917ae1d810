import { inArray } from 'drizzle-orm';
import { users, type Database } from '@flagship/drizzle';

export function usersByIds(db: Database, ids: readonly string[]) {
  return db
    .select()
    .from(users)
    .where(inArray(users.id, [...ids]));
}
