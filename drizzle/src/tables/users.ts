import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { at, id, stamps, version } from './common';
import { ROLES, sqlList, type Role } from './enums';
import { units } from './units';

export const users = pgTable(
  'users',
  {
    id: id(),
    username: text().notNull(),
    displayName: text().notNull(),
    /** argon2id PHC string. */
    passwordHash: text().notNull(),
    role: text().$type<Role>().notNull(),
    unitId: uuid().references((): AnyPgColumn => units.id, { onDelete: 'restrict' }),
    disabled: boolean().notNull().default(false),
    version: version(),
    ...stamps(),
  },
  (t) => [
    uniqueIndex('users_username_key').on(sql`lower(${t.username})`),
    check('users_role_check', sql.raw(`role in (${sqlList(ROLES)})`)),
    check('users_unit_role_check', sql`${t.role} <> 'UNIT' or ${t.unitId} is not null`),
    index('users_unit_idx').on(t.unitId),
  ],
);

/** Server-side sessions: only the SHA-256 of the cookie token is stored, so any process can check it. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: at().notNull().defaultNow(),
    expiresAt: at().notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Fixed-window counters shared by every server process: failed logins per account and per client, and later
 * the public board's rating limits. `key` names the subject, e.g. `login:user:leader`.
 */
export const rateCounters = pgTable(
  'rate_counters',
  {
    key: text().primaryKey(),
    count: integer().notNull().default(0),
    windowStart: at().notNull().defaultNow(),
    blockedUntil: at(),
  },
  (t) => [index('rate_counters_window_idx').on(t.windowStart)],
);
