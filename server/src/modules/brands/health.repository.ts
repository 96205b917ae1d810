import { and, desc, inArray, ne } from 'drizzle-orm';
import { inspections, type Database } from '@flagship/drizzle';
import { milestoneStatsOf } from '../plans/plans.repository';
import { rectificationStatsByBrand } from '../rectifications/rectifications.repository';
import type { HealthInputs } from './brand-rules';

/** The latest regular or spot check of each brand (one row per brand). */
export function lastInspectionsOf(db: Database, brandIds: readonly string[]) {
  return db
    .selectDistinctOn([inspections.brandId], {
      brandId: inspections.brandId,
      score: inspections.score,
      maxScore: inspections.maxScore,
      date: inspections.date,
    })
    .from(inspections)
    .where(and(inArray(inspections.brandId, [...brandIds]), ne(inspections.kind, 'SELF')))
    .orderBy(inspections.brandId, desc(inspections.date), desc(inspections.createdAt));
}

/**
 * What the health rule needs for each brand, in three aggregate queries; for code that runs inside a
 * transaction (where the request's loaders must not be used).
 */
export async function healthInputsOf(
  db: Database,
  brandIds: string[],
  today: string,
): Promise<Map<string, HealthInputs>> {
  const [milestones, rectifications, inspected] = await Promise.all([
    milestoneStatsOf(db, brandIds, today),
    rectificationStatsByBrand(db, brandIds, today),
    lastInspectionsOf(db, brandIds),
  ]);
  return new Map(
    brandIds.map((id) => [
      id,
      {
        milestones: milestones.find((m) => m.brandId === id) ?? null,
        rectifications: rectifications.find((r) => r.brandId === id) ?? null,
        lastInspection: inspected.find((i) => i.brandId === id) ?? null,
      },
    ]),
  );
}
