import { and, asc, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import {
  checklistItems,
  findings,
  inspectionItems,
  inspections,
  rectifications,
  type Database,
  type InspectionKind,
} from '@flagship/drizzle';
import { keysetAfter } from '../../core/pagination';
import { unitIdsWithin } from '../units/units.repository';

export type InspectionRow = typeof inspections.$inferSelect;
export type InspectionItemRow = typeof inspectionItems.$inferSelect;
export type FindingRow = typeof findings.$inferSelect;

export interface InspectionQuery {
  kind?: InspectionKind[] | null;
  brandId?: string | null;
  unitId?: string | null;
  from?: string | null;
  to?: string | null;
  /** Path prefix of a unit subtree (a town and its villages) to stay within. */
  withinPath?: string | null;
}

function where(db: Database, q: InspectionQuery): SQL | undefined {
  return and(
    q.withinPath ? inArray(inspections.unitId, unitIdsWithin(db, q.withinPath)) : undefined,
    q.kind?.length ? inArray(inspections.kind, q.kind) : undefined,
    q.brandId ? eq(inspections.brandId, q.brandId) : undefined,
    q.unitId ? eq(inspections.unitId, q.unitId) : undefined,
    q.from ? gte(inspections.date, q.from) : undefined,
    q.to ? lte(inspections.date, q.to) : undefined,
  );
}

/** One page of inspections, newest first (date, then id), after `cursor` = [date, id]. */
export function listInspections(db: Database, q: InspectionQuery, limit: number, cursor: (string | number)[] | null) {
  return db
    .select()
    .from(inspections)
    .where(and(where(db, q), cursor ? keysetAfter([inspections.date, inspections.id], cursor, 'desc') : undefined))
    .orderBy(desc(inspections.date), desc(inspections.id))
    .limit(limit + 1);
}

export async function countInspections(db: Database, q: InspectionQuery): Promise<number> {
  const [row] = await db.select({ n: count() }).from(inspections).where(where(db, q));
  return row.n;
}

/** The latest inspection of a brand of one of `kinds` dated within [from, to], if any. */
export async function latestInspection(
  db: Database,
  brandId: string,
  kinds: InspectionKind[],
  from: string,
  to: string,
) {
  const [row] = await db
    .select()
    .from(inspections)
    .where(where(db, { brandId, kind: kinds, from, to }))
    .orderBy(desc(inspections.date), desc(inspections.createdAt), desc(inspections.id))
    .limit(1);
  return row ?? null;
}

export function inspectionsByIds(db: Database, ids: readonly string[]) {
  return db
    .select()
    .from(inspections)
    .where(inArray(inspections.id, [...ids]));
}

export async function inspectionByClientRequestId(db: Database, clientRequestId: string) {
  const [row] = await db.select().from(inspections).where(eq(inspections.clientRequestId, clientRequestId));
  return row ?? null;
}

/** The scores of inspections with the checklist item each scored, in checklist order. */
export function scoredItemsOf(db: Database, inspectionIds: readonly string[]) {
  return db
    .select({ scored: inspectionItems, item: checklistItems })
    .from(inspectionItems)
    .innerJoin(checklistItems, eq(checklistItems.id, inspectionItems.itemId))
    .where(inArray(inspectionItems.inspectionId, [...inspectionIds]))
    .orderBy(asc(checklistItems.position));
}

export function findingsOf(db: Database, inspectionIds: readonly string[]) {
  return db
    .select()
    .from(findings)
    .where(inArray(findings.inspectionId, [...inspectionIds]))
    .orderBy(asc(findings.position));
}

/** Rectifications raised by inspections, in the order of their findings. */
export async function rectificationsOfInspections(db: Database, inspectionIds: readonly string[]) {
  const rows = await db
    .select({ rectification: rectifications })
    .from(rectifications)
    .leftJoin(findings, eq(findings.id, rectifications.findingId))
    .where(inArray(rectifications.inspectionId, [...inspectionIds]))
    .orderBy(sql`${findings.position} asc nulls last`, asc(rectifications.createdAt), asc(rectifications.id));
  return rows.map((r) => r.rectification);
}
