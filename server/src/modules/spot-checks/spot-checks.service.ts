import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { spotCheckDrawItems, spotCheckDraws } from '@flagship/drizzle';
import { requireRole } from '../../core/access';
import type { Context } from '../../core/context';
import { pageSize, toPage, type Page } from '../../core/connection';
import { badInput } from '../../core/errors';
import { mutate } from '../../core/mutation';
import { healthOf } from '../brands/brand-rules';
import { decodeTypedCursor } from '../../core/pagination';
import { healthInputsOf } from '../brands/health.repository';
import { drawWeighted, MAX_DRAW, SPOT_CHECK_RULE, weigh } from './spot-check-draw';
import {
  countDraws,
  drawCandidates,
  listDraws,
  pendingDrawItems,
  type SpotCheckDrawItemRow,
  type SpotCheckDrawRow,
} from './spot-checks.repository';
import { toSpotCheckDraw, type SpotCheckDraw } from './spot-checks.types';

/** Serialises draws, so two at once cannot both pick a brand that is then pending twice. */
const DRAW_LOCK = 7_310_001;

/**
 * An inspector draws `count` brands to spot-check, weighted towards lagging units and red health, reproducible
 * from `seed` (a random one is chosen and recorded when none is given). The draw and its items are recorded.
 */
export async function drawSpotChecks(
  ctx: Context,
  count: number,
  seed: number | null | undefined,
): Promise<SpotCheckDrawRow> {
  const viewer = requireRole(ctx.viewer, 'INSPECTOR');
  if (!Number.isInteger(count) || count < 1 || count > MAX_DRAW) {
    throw badInput({ count: `抽取数量应为 1 到 ${MAX_DRAW} 之间的整数` });
  }
  const usedSeed = seed ?? randomInt(0, 2 ** 31);
  return mutate(ctx, async ({ tx, audit }) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${DRAW_LOCK}::bigint)`);
    const rows = await drawCandidates(tx);
    const inputs = await healthInputsOf(
      tx,
      rows.map((r) => r.brandId),
      ctx.today,
    );
    const candidates = rows.map((r) => weigh({ ...r, health: healthOf(inputs.get(r.brandId)!).status }));
    const drawn = drawWeighted(candidates, count, usedSeed);
    const [draw] = await tx
      .insert(spotCheckDraws)
      .values({ seed: usedSeed, count, rule: SPOT_CHECK_RULE, candidates: candidates.length, drawnBy: viewer.id })
      .returning();
    if (drawn.length > 0) {
      await tx.insert(spotCheckDrawItems).values(
        drawn.map((d, position) => ({
          drawId: draw.id,
          brandId: d.brandId,
          unitId: d.unitId,
          weight: d.weight,
          reasons: d.reasons,
          position,
        })),
      );
    }
    await audit({
      action: 'drawSpotChecks',
      entity: 'spotCheckDraw',
      entityId: draw.id,
      data: { seed: usedSeed, count, candidates: candidates.length, brandIds: drawn.map((d) => d.brandId) },
    });
    return draw;
  });
}

/** Recorded draws, newest first, for inspectors, leaders and admins. */
export async function spotCheckDrawPage(
  ctx: Context,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<SpotCheckDraw>> {
  requireRole(ctx.viewer, 'INSPECTOR', 'LEADER', 'ADMIN');
  const limit = pageSize(first);
  const rows = await listDraws(ctx.db, limit, decodeTypedCursor(after, ['time', 'uuid']));
  return toPage(
    rows,
    limit,
    (r) => [r.createdAt.toISOString(), r.id],
    toSpotCheckDraw,
    () => countDraws(ctx.db),
  );
}

/** Drawn brands not yet inspected, oldest draw first (inspectors, leaders and admins). */
export async function pendingSpotChecks(ctx: Context): Promise<SpotCheckDrawItemRow[]> {
  requireRole(ctx.viewer, 'INSPECTOR', 'LEADER', 'ADMIN');
  return pendingDrawItems(ctx.db);
}
