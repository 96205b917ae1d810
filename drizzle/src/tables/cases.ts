import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { at, id, stamps, version } from './common';
import { CASE_STATUSES, LEVELS, sqlList, type CaseStatus, type Level } from './enums';
import { attachments } from './attachments';
import { brands } from './brands';
import { searchColumns } from './search';
import { units } from './units';
import { users } from './users';

/**
 * 典型案例 / 党建精品 in a fixed template so cases compare. The four sections hold sanitised HTML of a small,
 * documented subset (server-side sanitising); `search_*` hold the tokens of the text for Chinese search.
 */
export const modelCases = pgTable(
  'model_cases',
  {
    id: id(),
    title: text().notNull(),
    summary: text().notNull(),
    background: text().notNull(),
    practice: text().notNull(),
    results: text().notNull(),
    lessons: text().notNull(),
    tags: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    level: text().$type<Level>(),
    year: integer().notNull(),
    status: text().$type<CaseStatus>().notNull().default('DRAFT'),
    featured: boolean().notNull().default(false),
    featuredAt: at(),
    brandId: uuid().references((): AnyPgColumn => brands.id, { onDelete: 'set null' }),
    unitId: uuid()
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    coverAttachmentId: uuid().references(() => attachments.id, { onDelete: 'set null' }),
    viewCount: integer().notNull().default(0),
    publishedAt: at(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...stamps(),
    ...searchColumns(),
  },
  (t) => [
    check('model_cases_status_check', sql.raw(`status in (${sqlList(CASE_STATUSES)})`)),
    check('model_cases_level_check', sql.raw(`level is null or level in (${sqlList(LEVELS)})`)),
    check('model_cases_year_check', sql`${t.year} between 2000 and 2100`),
    check('model_cases_published_check', sql`(${t.status} = 'PUBLISHED') = (${t.publishedAt} is not null)`),
    check('model_cases_featured_check', sql`not ${t.featured} or ${t.status} = 'PUBLISHED'`),
    index('model_cases_status_idx').on(t.status, t.publishedAt, t.id),
    index('model_cases_brand_idx').on(t.brandId),
    index('model_cases_unit_idx').on(t.unitId),
    index('model_cases_level_idx').on(t.level),
    index('model_cases_year_idx').on(t.year),
    index('model_cases_featured_idx').on(t.featured, t.featuredAt),
    index('model_cases_views_idx').on(t.viewCount, t.id),
    index('model_cases_tags_idx').using('gin', t.tags),
    index('model_cases_search_idx').using('gin', t.searchVector),
  ],
);

/** A leader's decision on a submitted case; RETURN carries its reason. */
export const modelCaseReviews = pgTable(
  'model_case_reviews',
  {
    id: id(),
    caseId: uuid()
      .notNull()
      .references(() => modelCases.id, { onDelete: 'cascade' }),
    decision: text().$type<'PUBLISH' | 'RETURN'>().notNull(),
    comment: text(),
    reviewerId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    check('model_case_reviews_decision_check', sql`${t.decision} in ('PUBLISH', 'RETURN')`),
    check('model_case_reviews_reason_check', sql`${t.decision} <> 'RETURN' or length(trim(${t.comment})) > 0`),
    index('model_case_reviews_case_idx').on(t.caseId, t.createdAt),
  ],
);

/**
 * One row per case, client (keyed hash, never the address) and day: a view counts once a day per client, so
 * reloading cannot inflate `view_count`.
 */
export const modelCaseViews = pgTable(
  'model_case_views',
  {
    caseId: uuid()
      .notNull()
      .references(() => modelCases.id, { onDelete: 'cascade' }),
    clientKey: text().notNull(),
    day: date({ mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.clientKey, t.day] })],
);
