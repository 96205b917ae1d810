/** Shared pieces of the rectifications module's tests: the operations and what a step wrote. */
import { count, eq } from 'drizzle-orm';
import {
  auditEntries,
  publicReviews,
  rectificationEvents,
  rectifications,
  timelineEvents,
  type Database,
} from '@flagship/drizzle';
import type { Viewer } from '../../core/context';
import { gql } from '../../testing';

export const ITEM_FIELDS = `id problem measure deadline status overdue public version doneAt verifiedAt
  responsiblePerson { name title phone } unit { id } brand { id }
  reviewSummary { total satisfied basicallySatisfied unsatisfied satisfactionRate }
  history { fromStatus toStatus note attachmentIds actor { id } }`;

export const UPDATE = `mutation ($id: ID!, $version: Int!, $input: RectificationUpdateInput!) {
  updateRectification(id: $id, version: $version, input: $input) { ${ITEM_FIELDS} } }`;
export const VERIFY = `mutation ($id: ID!, $version: Int!, $accepted: Boolean!, $comment: String) {
  verifyRectification(id: $id, version: $version, accepted: $accepted, comment: $comment) { ${ITEM_FIELDS} } }`;
export const REVIEW = `mutation ($id: ID!, $rating: PublicRating!, $comment: String) {
  reviewRectification(id: $id, rating: $rating, comment: $comment) { id rating comment createdAt } }`;
export const ITEM = `query ($id: ID!) { rectification(id: $id) { ${ITEM_FIELDS} } }`;
export const LIST = `query ($filter: RectificationFilter, $first: Int, $after: String) {
  rectifications(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id problem deadline status overdue public responsiblePerson { name title phone } } } }`;

/** Runs an operation and fails the test, with the errors, if it did not succeed. */
export async function ok(
  db: Database,
  viewer: Viewer | null,
  query: string,
  variables: Record<string, unknown>,
  opts: { today?: string } = {},
): Promise<Record<string, any>> {
  const result = await gql(db, viewer, query, variables, opts);
  if (result.errors?.length || !result.data) {
    throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

/** Counts of what a rectification step writes: audit entries (all), events and reviews of the item, its row. */
export async function footprint(db: Database, id: string) {
  const [audit] = await db.select({ n: count() }).from(auditEntries);
  const [events] = await db
    .select({ n: count() })
    .from(rectificationEvents)
    .where(eq(rectificationEvents.rectificationId, id));
  const [reviews] = await db.select({ n: count() }).from(publicReviews).where(eq(publicReviews.rectificationId, id));
  const [row] = await db.select().from(rectifications).where(eq(rectifications.id, id));
  return { audit: audit.n, events: events.n, reviews: reviews.n, row };
}

/** Timeline kinds and public flags of a brand, oldest first. */
export async function timelineOf(db: Database, brandId: string) {
  const rows = await db
    .select({ kind: timelineEvents.kind, public: timelineEvents.public, summary: timelineEvents.summary })
    .from(timelineEvents)
    .where(eq(timelineEvents.brandId, brandId))
    .orderBy(timelineEvents.at);
  return rows;
}
