import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { milestones, planReviews, planRevisions, planSupports, plans, type Database } from '@flagship/drizzle';
import type { MilestoneStats } from '../brands/brand-rules';

export type PlanRow = typeof plans.$inferSelect;
export type MilestoneRow = typeof milestones.$inferSelect;
export type SupportRow = typeof planSupports.$inferSelect;
export type ReviewRow = typeof planReviews.$inferSelect;
export type RevisionRow = typeof planRevisions.$inferSelect;

export function plansByBrandIds(db: Database, brandIds: readonly string[]) {
  return db
    .select()
    .from(plans)
    .where(inArray(plans.brandId, [...brandIds]));
}

export function plansByIds(db: Database, ids: readonly string[]) {
  return db
    .select()
    .from(plans)
    .where(inArray(plans.id, [...ids]));
}

export function milestonesByPlanIds(db: Database, planIds: readonly string[]) {
  return db
    .select()
    .from(milestones)
    .where(inArray(milestones.planId, [...planIds]))
    .orderBy(asc(milestones.position));
}

export function milestonesByIds(db: Database, ids: readonly string[]) {
  return db
    .select()
    .from(milestones)
    .where(inArray(milestones.id, [...ids]));
}

export function supportsByPlanIds(db: Database, planIds: readonly string[]) {
  return db
    .select()
    .from(planSupports)
    .where(inArray(planSupports.planId, [...planIds]))
    .orderBy(asc(planSupports.position));
}

export function reviewsByPlanIds(db: Database, planIds: readonly string[]) {
  return db
    .select()
    .from(planReviews)
    .where(inArray(planReviews.planId, [...planIds]))
    .orderBy(asc(planReviews.createdAt));
}

export function revisionsByPlanIds(db: Database, planIds: readonly string[]) {
  return db
    .select()
    .from(planRevisions)
    .where(inArray(planRevisions.planId, [...planIds]))
    .orderBy(asc(planRevisions.revision));
}

/** Progress and overdue figures of each brand's approved plan, in one aggregate query. */
export async function milestoneStatsOf(
  db: Database,
  brandIds: readonly string[],
  today: string,
): Promise<MilestoneStats[]> {
  const rows = await db
    .select({
      brandId: milestones.brandId,
      total: sql<number>`count(*)::int`,
      totalWeight: sql<number>`coalesce(sum(${milestones.weight}), 0)::float8`,
      doneWeight: sql<number>`coalesce(sum(${milestones.weight}) filter (where ${milestones.status} = 'DONE'), 0)::float8`,
      overdue: sql<number>`(count(*) filter (where ${milestones.status} <> 'DONE' and ${milestones.dueDate} < ${today}::date))::int`,
      maxOverdueDays: sql<number>`coalesce(max(${today}::date - ${milestones.dueDate}) filter (where ${milestones.status} <> 'DONE' and ${milestones.dueDate} < ${today}::date), 0)::int`,
    })
    .from(milestones)
    .innerJoin(plans, and(eq(plans.id, milestones.planId), eq(plans.status, 'APPROVED')))
    .where(inArray(milestones.brandId, [...brandIds]))
    .groupBy(milestones.brandId);
  return rows.map((r) => ({ ...r, totalWeight: Number(r.totalWeight), doneWeight: Number(r.doneWeight) }));
}
