import { sql } from 'drizzle-orm';
import { boolean, check, date, index, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { at, id, stamps, version } from './common';
import { PUBLIC_RATINGS, RECTIFICATION_STATUSES, sqlList, type PublicRating, type RectificationStatus } from './enums';
import { brands } from './brands';
import { findings, inspections } from './inspections';
import type { PersonValue } from './plans';
import { units } from './units';
import { users } from './users';

/** 整改事项: OPEN → IN_PROGRESS → DONE (unit, with evidence) → VERIFIED (inspector) or back to OPEN. */
export const rectifications = pgTable(
  'rectifications',
  {
    id: id(),
    findingId: uuid().references(() => findings.id, { onDelete: 'set null' }),
    inspectionId: uuid().references(() => inspections.id, { onDelete: 'set null' }),
    unitId: uuid()
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    brandId: uuid().references(() => brands.id, { onDelete: 'cascade' }),
    problem: text().notNull(),
    measure: text().notNull(),
    deadline: date({ mode: 'string' }).notNull(),
    responsiblePerson: jsonb().$type<PersonValue>().notNull(),
    public: boolean().notNull().default(false),
    status: text().$type<RectificationStatus>().notNull().default('OPEN'),
    doneAt: at(),
    verifiedAt: at(),
    verifiedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...stamps(),
  },
  (t) => [
    check('rectifications_status_check', sql.raw(`status in (${sqlList(RECTIFICATION_STATUSES)})`)),
    check('rectifications_verified_check', sql`(${t.status} = 'VERIFIED') = (${t.verifiedAt} is not null)`),
    unique('rectifications_finding_key').on(t.findingId),
    index('rectifications_unit_idx').on(t.unitId, t.status),
    index('rectifications_brand_idx').on(t.brandId, t.status),
    index('rectifications_status_deadline_idx').on(t.status, t.deadline),
    index('rectifications_public_idx').on(t.public, t.deadline, t.id),
    index('rectifications_inspection_idx').on(t.inspectionId),
  ],
);

/** Every step of a rectification with its note, evidence and who took it. */
export const rectificationEvents = pgTable(
  'rectification_events',
  {
    id: id(),
    rectificationId: uuid()
      .notNull()
      .references(() => rectifications.id, { onDelete: 'cascade' }),
    fromStatus: text().$type<RectificationStatus>(),
    toStatus: text().$type<RectificationStatus>().notNull(),
    note: text(),
    attachmentIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    at: at().notNull().defaultNow(),
  },
  (t) => [
    check('rectification_events_to_check', sql.raw(`to_status in (${sqlList(RECTIFICATION_STATUSES)})`)),
    index('rectification_events_rectification_idx').on(t.rectificationId, t.at),
  ],
);

/**
 * 群众评议 of a public rectification. `clientKey` is a keyed hash of the client's address, never the address;
 * one rating per item, client and day.
 */
export const publicReviews = pgTable(
  'public_reviews',
  {
    id: id(),
    rectificationId: uuid()
      .notNull()
      .references(() => rectifications.id, { onDelete: 'cascade' }),
    rating: text().$type<PublicRating>().notNull(),
    comment: text(),
    clientKey: text().notNull(),
    day: date({ mode: 'string' }).notNull(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    check('public_reviews_rating_check', sql.raw(`rating in (${sqlList(PUBLIC_RATINGS)})`)),
    check('public_reviews_comment_check', sql`${t.comment} is null or length(${t.comment}) <= 500`),
    unique('public_reviews_once_a_day_key').on(t.rectificationId, t.clientKey, t.day),
    index('public_reviews_rectification_idx').on(t.rectificationId, t.createdAt),
  ],
);
