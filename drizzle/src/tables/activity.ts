import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, id } from './common';
import { TIMELINE_KINDS, sqlList } from './enums';
import { brands } from './brands';
import { users } from './users';

/** 进展动态: every change to a brand and what hangs off it. `public` events are shown on the showcase. */
export const timelineEvents = pgTable(
  'timeline_events',
  {
    id: id(),
    /** Insertion order: breaks ties between events of the same millisecond. */
    seq: bigint({ mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    brandId: uuid()
      .notNull()
      .references(() => brands.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    summary: text().notNull(),
    public: boolean().notNull().default(false),
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    data: jsonb().$type<Record<string, unknown>>(),
    at: at().notNull().defaultNow(),
  },
  (t) => [
    check('timeline_events_kind_check', sql.raw(`kind in (${sqlList(TIMELINE_KINDS)})`)),
    index('timeline_events_brand_idx').on(t.brandId, t.at, t.seq),
  ],
);

/**
 * 审计日志: append-only (a trigger refuses UPDATE and DELETE). One row per mutation, written in the
 * mutation's own transaction.
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    seq: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: uuid(),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    data: jsonb().$type<Record<string, unknown>>(),
    ip: text(),
    at: at()
      .notNull()
      .default(sql`now()`),
  },
  (t) => [index('audit_entries_entity_idx').on(t.entity, t.entityId), index('audit_entries_at_idx').on(t.at)],
);
