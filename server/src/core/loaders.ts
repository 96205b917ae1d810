import type { Database } from '@flagship/drizzle';
import DataLoader from 'dataloader';
import { attachmentsOfSubjectKeys, subjectKey } from '../modules/attachments/attachments.repository';
import type { MilestoneStats } from '../modules/brands/brand-rules';
import { brandsByIds, fiveHavesOf, levelChangesOf, stageChangesOf } from '../modules/brands/brands.repository';
import {
  milestonesByIds,
  milestonesByPlanIds,
  milestoneStatsOf,
  plansByBrandIds,
  plansByIds,
  reviewsByPlanIds,
  revisionsByPlanIds,
  supportsByPlanIds,
} from '../modules/plans/plans.repository';
import { childrenOf, tierChangesOf, unitsByIds } from '../modules/units/units.repository';
import { usersByIds } from '../modules/users/users.repository';
import { rectificationLoaders } from '../modules/rectifications/rectifications.loaders';
import { inspectionLoaders } from '../modules/inspections/inspections.loaders';
import { groupLoader, rowLoader } from './loader-utils';
import { brandLoaders } from '../modules/brands/brands.loaders';
import { caseSearchLoaders } from '../modules/case-search/case-search.loaders';
import { caseLoaders } from '../modules/cases/cases.loaders';
import type { Viewer } from './context';

/** Every relation a list can ask for, batched per request. Never shared across requests. */
export function createLoaders(db: Database, clock: { today: string; viewer: Viewer | null }) {
  return {
    ...brandLoaders(db, clock),
    userById: rowLoader(
      (ids: readonly string[]) => usersByIds(db, ids),
      (r) => r.id,
    ),
    unitById: rowLoader(
      (ids: readonly string[]) => unitsByIds(db, ids),
      (r) => r.id,
    ),
    unitChildren: groupLoader(
      (ids: readonly string[]) => childrenOf(db, ids),
      (r) => r.parentId as string,
    ),
    unitTierChanges: groupLoader(
      (ids: readonly string[]) => tierChangesOf(db, ids),
      (r) => r.unitId,
    ),
    brandById: rowLoader(
      (ids: readonly string[]) => brandsByIds(db, ids),
      (r) => r.id,
    ),
    stageChanges: groupLoader(
      (ids: readonly string[]) => stageChangesOf(db, ids),
      (r) => r.brandId,
    ),
    levelChanges: groupLoader(
      (ids: readonly string[]) => levelChangesOf(db, ids),
      (r) => r.brandId,
    ),
    fiveHaves: groupLoader(
      (ids: readonly string[]) => fiveHavesOf(db, ids),
      (r) => r.brandId,
    ),
    planByBrandId: rowLoader(
      (ids: readonly string[]) => plansByBrandIds(db, ids),
      (r) => r.brandId,
    ),
    planById: rowLoader(
      (ids: readonly string[]) => plansByIds(db, ids),
      (r) => r.id,
    ),
    milestoneById: rowLoader(
      (ids: readonly string[]) => milestonesByIds(db, ids),
      (r) => r.id,
    ),
    milestonesByPlanId: groupLoader(
      (ids: readonly string[]) => milestonesByPlanIds(db, ids),
      (r) => r.planId,
    ),
    supportsByPlanId: groupLoader(
      (ids: readonly string[]) => supportsByPlanIds(db, ids),
      (r) => r.planId,
    ),
    reviewsByPlanId: groupLoader(
      (ids: readonly string[]) => reviewsByPlanIds(db, ids),
      (r) => r.planId,
    ),
    revisionsByPlanId: groupLoader(
      (ids: readonly string[]) => revisionsByPlanIds(db, ids),
      (r) => r.planId,
    ),
    /** Files linked to a subject, keyed by `subjectKey(kind, id)`. */
    attachmentsBySubject: groupLoader(
      (keys: readonly string[]) => attachmentsOfSubjectKeys(db, keys),
      (r) => subjectKey(r.subjectKind!, r.subjectId!),
    ),
    milestoneStats: new DataLoader<string, MilestoneStats | null>(async (ids) => {
      const rows = await milestoneStatsOf(db, ids, clock.today);
      return ids.map((id) => rows.find((r) => r.brandId === id) ?? null);
    }),
    ...rectificationLoaders(db, clock),
    ...inspectionLoaders(db),
    ...caseSearchLoaders(db),
    ...caseLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
