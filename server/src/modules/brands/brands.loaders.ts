import type { Database } from '@flagship/drizzle';
import DataLoader from 'dataloader';
import { readsEverything } from '../../core/access';
import type { Viewer } from '../../core/context';
import { rowLoader } from '../../core/loader-utils';
import { nestedFirstPages } from '../../core/nested-page';
import { SHOWCASE_STAGES } from './brand-rules';
import { countBrandsPerUnit, firstBrandPages, visibility } from './brands.repository';
import { countTimelines, firstTimelinePages, timelineByIds } from './timeline.repository';
import { lastInspectionsOf } from './health.repository';

/** Loaders for the connections that hang off list items: each unit's brands, each brand's timeline. */
export function brandLoaders(db: Database, scope: { viewer: Viewer | null }) {
  const visible = () =>
    readsEverything(scope.viewer)
      ? undefined
      : visibility(SHOWCASE_STAGES, scope.viewer?.role === 'UNIT' ? scope.viewer.unitId : null);
  return {
    unitBrandPages: nestedFirstPages((unitIds, limit) => firstBrandPages(db, unitIds, limit, visible())),
    unitBrandCounts: new DataLoader<string, number>(async (unitIds) => {
      const rows = await countBrandsPerUnit(db, unitIds, visible());
      return unitIds.map((id) => rows.find((r) => r.unitId === id)?.n ?? 0);
    }),
    timelinePages: nestedFirstPages((brandIds, limit, variant) =>
      firstTimelinePages(db, brandIds, limit, variant === 'public'),
    ),
    lastInspection: new DataLoader<string, { score: number; maxScore: number; date: string } | null>(async (ids) => {
      const rows = await lastInspectionsOf(db, ids);
      return ids.map((id) => rows.find((r) => r.brandId === id) ?? null);
    }),
    timelineById: rowLoader(
      (ids: readonly string[]) => timelineByIds(db, ids),
      (r) => r.id,
    ),
    /** Keys are `brandId|public` or `brandId|all`. */
    timelineCounts: new DataLoader<string, number>(async (keys) => {
      const counts = new Map<string, number>();
      for (const variant of ['public', 'all']) {
        const ids = keys.filter((k) => k.endsWith(`|${variant}`)).map((k) => k.split('|')[0]);
        if (ids.length > 0) {
          for (const r of await countTimelines(db, ids, variant === 'public')) {
            counts.set(`${r.brandId}|${variant}`, r.n);
          }
        }
      }
      return keys.map((k) => counts.get(k) ?? 0);
    }),
  };
}
