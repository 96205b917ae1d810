import { and, asc, count, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import {
  auditEntries,
  publicReviews,
  rectificationEvents,
  rectifications,
  type Database,
  type RectificationStatus,
} from '@flagship/drizzle';
import { keysetAfter } from '../../core/pagination';
import { unitIdsWithin } from '../units/units.repository';

export type RectificationRow = typeof rectifications.$inferSelect;
export type RectificationEventRow = typeof rectificationEvents.$inferSelect;
/** A public review as it may be shown: never its client key. */
export type PublicReviewRow = Pick<
  typeof publicReviews.$inferSelect,
  'id' | 'rectificationId' | 'rating' | 'comment' | 'createdAt'
>;

export interface RectificationQuery {
  status?: RectificationStatus[] | null;
  /** true: past the deadline and not verified (judged against `today`); false: the others. */
  overdue?: boolean | null;
  publicOnly?: boolean | null;
  unitId?: string | null;
  /** Path prefix of a unit subtree (the town filter of the public board). */
  withinPath?: string | null;
  brandId?: string | null;
  today: string;
  /** Visibility: true = everything; otherwise public items plus those of `ownUnitId`. */
  everything: boolean;
  ownUnitId?: string | null;
}

/** Not verified and past its deadline, in SQL. */
function overdueSql(today: string): SQL {
  return sql`(${rectifications.status} <> 'VERIFIED' and ${rectifications.deadline} < ${today})`;
}

function where(db: Database, q: RectificationQuery): SQL | undefined {
  return and(
    q.status?.length ? inArray(rectifications.status, q.status) : undefined,
    q.overdue === true ? overdueSql(q.today) : undefined,
    q.overdue === false ? or(eq(rectifications.status, 'VERIFIED'), gte(rectifications.deadline, q.today)) : undefined,
    q.publicOnly ? eq(rectifications.public, true) : undefined,
    q.unitId ? eq(rectifications.unitId, q.unitId) : undefined,
    q.withinPath ? inArray(rectifications.unitId, unitIdsWithin(db, q.withinPath)) : undefined,
    q.brandId ? eq(rectifications.brandId, q.brandId) : undefined,
    q.everything
      ? undefined
      : or(eq(rectifications.public, true), q.ownUnitId ? eq(rectifications.unitId, q.ownUnitId) : undefined),
  );
}

/** One page of rectifications, earliest deadline first, after `cursor` = [deadline, id]. */
export function listRectifications(
  db: Database,
  q: RectificationQuery,
  limit: number,
  cursor: (string | number)[] | null,
) {
  return db
    .select()
    .from(rectifications)
    .where(
      and(where(db, q), cursor ? keysetAfter([rectifications.deadline, rectifications.id], cursor, 'asc') : undefined),
    )
    .orderBy(asc(rectifications.deadline), asc(rectifications.id))
    .limit(limit + 1);
}

export async function countRectifications(db: Database, q: RectificationQuery): Promise<number> {
  const [row] = await db.select({ n: count() }).from(rectifications).where(where(db, q));
  return row.n;
}

export function rectificationsByIds(db: Database, ids: readonly string[]) {
  return db
    .select()
    .from(rectifications)
    .where(inArray(rectifications.id, [...ids]));
}

/** The steps of these rectifications, oldest first. */
export function eventsOf(db: Database, rectificationIds: readonly string[]) {
  return db
    .select()
    .from(rectificationEvents)
    .where(inArray(rectificationEvents.rectificationId, [...rectificationIds]))
    .orderBy(asc(rectificationEvents.at), asc(rectificationEvents.id));
}

/** Moves a rectification to its next state if it is still at `version`; undefined when it is not. */
export async function updateRectificationRow(
  tx: Database,
  id: string,
  version: number,
  changes: Partial<Pick<RectificationRow, 'status' | 'doneAt' | 'verifiedAt' | 'verifiedBy'>>,
  now: Date,
): Promise<RectificationRow | undefined> {
  const [row] = await tx
    .update(rectifications)
    .set({ ...changes, version: version + 1, updatedAt: now })
    .where(and(eq(rectifications.id, id), eq(rectifications.version, version)))
    .returning();
  return row;
}

export async function insertEvent(tx: Database, values: typeof rectificationEvents.$inferInsert): Promise<void> {
  await tx.insert(rectificationEvents).values(values);
}

/** Counts per rating, as one row per rectification. */
const ratingCounts = {
  total: count(),
  satisfied: sql<number>`count(*) filter (where ${publicReviews.rating} = 'SATISFIED')`.mapWith(Number),
  basicallySatisfied: sql<number>`count(*) filter (where ${publicReviews.rating} = 'BASICALLY_SATISFIED')`.mapWith(
    Number,
  ),
  unsatisfied: sql<number>`count(*) filter (where ${publicReviews.rating} = 'UNSATISFIED')`.mapWith(Number),
};

export interface RatingCounts {
  total: number;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
}

/** Rating counts of each of these rectifications that has reviews (one grouped query). */
export function reviewSummariesOf(db: Database, rectificationIds: readonly string[]) {
  return db
    .select({ rectificationId: publicReviews.rectificationId, ...ratingCounts })
    .from(publicReviews)
    .where(inArray(publicReviews.rectificationId, [...rectificationIds]))
    .groupBy(publicReviews.rectificationId);
}

/** Rating counts over the public items of a unit subtree (`path` null: the whole county). */
export async function reviewSummaryWithin(db: Database, path: string | null): Promise<RatingCounts> {
  const [row] = await db
    .select(ratingCounts)
    .from(publicReviews)
    .innerJoin(rectifications, eq(rectifications.id, publicReviews.rectificationId))
    .where(
      and(eq(rectifications.public, true), path ? inArray(rectifications.unitId, unitIdsWithin(db, path)) : undefined),
    );
  return row;
}

/** The latest `perItem` reviews of each rectification, newest first (one windowed query). */
export async function latestReviewsOf(
  db: Database,
  rectificationIds: readonly string[],
  perItem: number,
): Promise<PublicReviewRow[]> {
  const ranked = db
    .select({
      id: publicReviews.id,
      rectificationId: publicReviews.rectificationId,
      rating: publicReviews.rating,
      comment: publicReviews.comment,
      createdAt: publicReviews.createdAt,
      rank: sql<number>`row_number() over (partition by ${publicReviews.rectificationId}
        order by ${publicReviews.createdAt} desc, ${publicReviews.id} desc)`.as('rank'),
    })
    .from(publicReviews)
    .where(inArray(publicReviews.rectificationId, [...rectificationIds]))
    .as('ranked');
  return db
    .select({
      id: ranked.id,
      rectificationId: ranked.rectificationId,
      rating: ranked.rating,
      comment: ranked.comment,
      createdAt: ranked.createdAt,
    })
    .from(ranked)
    .where(lte(ranked.rank, perItem))
    .orderBy(desc(ranked.createdAt), desc(ranked.id));
}

/**
 * Stores a rating unless this client already rated the item that day (the table's unique key decides, so the
 * limit holds across server processes); undefined when it had.
 */
export async function insertReview(
  tx: Database,
  values: typeof publicReviews.$inferInsert,
): Promise<PublicReviewRow | undefined> {
  const [row] = await tx
    .insert(publicReviews)
    .values(values)
    .onConflictDoNothing({
      target: [publicReviews.rectificationId, publicReviews.clientKey, publicReviews.day],
    })
    .returning({
      id: publicReviews.id,
      rectificationId: publicReviews.rectificationId,
      rating: publicReviews.rating,
      comment: publicReviews.comment,
      createdAt: publicReviews.createdAt,
    });
  return row;
}

/**
 * The audit entry of a public review: no actor and no address (the review is anonymous; storing the address here
 * would undo the keyed hash of `public_reviews.client_key`).
 */
export async function insertAnonymousAudit(
  tx: Database,
  entry: { action: string; entity: string; entityId: string; data: Record<string, unknown> },
): Promise<void> {
  await tx.insert(auditEntries).values({ ...entry, actorId: null, ip: null });
}

/** Open (not verified) and overdue rectifications per brand, for health and the dashboard. */
export function rectificationStatsByBrand(db: Database, brandIds: readonly string[], today: string) {
  return db
    .select({
      brandId: sql<string>`${rectifications.brandId}`,
      open: sql<number>`count(*) filter (where ${rectifications.status} <> 'VERIFIED')`.mapWith(Number),
      overdue: sql<number>`count(*) filter (where ${overdueSql(today)})`.mapWith(Number),
    })
    .from(rectifications)
    .where(inArray(rectifications.brandId, [...brandIds]))
    .groupBy(rectifications.brandId);
}
