import { buildDraw } from './build-draw';
import { buildChecklists, buildInspections } from './build-inspections';
import { buildPhotos } from './build-photos';
import { buildRectifications } from './build-rectifications';
import type { SeedContext } from './context';
import { EARLY_FINDINGS } from './data/findings-early';
import { RECENT_FINDINGS } from './data/findings-recent';
import { planInspections } from './plan-inspections';

/** Every demo finding, oldest inspections first. */
export const FINDINGS = [...EARLY_FINDINGS, ...RECENT_FINDINGS];

/**
 * The supervision part of the demo county (督促检查、整改、群众评议): checklist templates, ten months of
 * inspections of every kind, findings and their rectification items, public reviews, the inspector's latest
 * spot-check draw (two brands checked, two pending) and photos. Runs after the brands are built.
 */
export function buildSupervision(ctx: SeedContext): void {
  const templates = buildChecklists(ctx);
  const drawn = buildDraw(ctx);
  const planned = planInspections(ctx, drawn.slice(0, 2));
  const recorded = buildInspections(ctx, planned, templates, FINDINGS);
  for (const rec of recorded) {
    const item = rec.drawItemId ? ctx.rows.spotCheckDrawItems.find((i) => i.id === rec.drawItemId) : undefined;
    if (item) {
      item.inspectionId = rec.id;
      item.done = true;
    }
  }
  buildRectifications(ctx, recorded, FINDINGS);
  buildPhotos(ctx, recorded);
}
