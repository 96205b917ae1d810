import DataLoader from 'dataloader';
import type { Database } from '@flagship/drizzle';
import { groupLoader, rowLoader } from '../../core/loader-utils';
import {
  eventsOf,
  latestReviewsOf,
  rectificationsByIds,
  rectificationStatsByBrand,
  reviewSummariesOf,
  type RatingCounts,
} from './rectifications.repository';

/** The most reviews `Rectification.reviews` returns per item. */
export const MAX_REVIEWS_SHOWN = 50;

/** Open (not verified) and overdue rectifications of one brand. */
export interface RectificationStats {
  open: number;
  overdue: number;
}

const NO_RATINGS: RatingCounts = { total: 0, satisfied: 0, basicallySatisfied: 0, unsatisfied: 0 };

/** The rectifications module's per-request loaders; core/loaders.ts spreads them into the context's loaders. */
export function rectificationLoaders(db: Database, clock: { today: string }) {
  return {
    rectificationById: rowLoader(
      (ids: readonly string[]) => rectificationsByIds(db, ids),
      (r) => r.id,
    ),
    rectificationEvents: groupLoader(
      (ids: readonly string[]) => eventsOf(db, ids),
      (r) => r.rectificationId,
    ),
    /** Latest reviews per item (up to MAX_REVIEWS_SHOWN), newest first. */
    latestReviews: groupLoader(
      (ids: readonly string[]) => latestReviewsOf(db, ids, MAX_REVIEWS_SHOWN),
      (r) => r.rectificationId,
    ),
    reviewSummary: new DataLoader<string, RatingCounts>(async (ids) => {
      const rows = await reviewSummariesOf(db, ids);
      const byId = new Map(rows.map((r) => [r.rectificationId, r]));
      return ids.map((id) => byId.get(id) ?? NO_RATINGS);
    }),
    /** Keyed by brand id: open and overdue rectifications of the brand, null when it has none. */
    rectificationStats: new DataLoader<string, RectificationStats | null>(async (brandIds) => {
      const rows = await rectificationStatsByBrand(db, brandIds, clock.today);
      const byId = new Map(rows.map((r) => [r.brandId, { open: r.open, overdue: r.overdue }]));
      return brandIds.map((id) => byId.get(id) ?? null);
    }),
  };
}
