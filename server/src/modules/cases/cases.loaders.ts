import type { Database } from '@flagship/drizzle';
import { groupLoader, rowLoader } from '../../core/loader-utils';
import { casesByIds, casesOfBrands, reviewsOfCases } from './cases.repository';

/** The cases module's per-request loaders; core/loaders.ts spreads them into the context's loaders. */
export function caseLoaders(db: Database) {
  return {
    caseById: rowLoader(
      (ids: readonly string[]) => casesByIds(db, ids),
      (r) => r.id,
    ),
    /** Every case of a brand, newest first; callers keep the ones `canSeeCase` allows. */
    casesByBrandId: groupLoader(
      (ids: readonly string[]) => casesOfBrands(db, ids),
      (r) => r.brandId!,
    ),
    caseReviews: groupLoader(
      (ids: readonly string[]) => reviewsOfCases(db, ids),
      (r) => r.caseId,
    ),
  };
}
