import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditEntries, spotCheckDrawItems, type DatabaseHandle } from '@flagship/drizzle';
import {
  codeOf,
  gql,
  makeBrand,
  makeOverdueMilestones,
  makeTemplate,
  makeWorld,
  openTestDatabase,
  setUnitTier,
} from '../../testing';
import { inspectionInput, ok, RECORD } from '../inspections/inspection-test-helpers';
import { clearPending, draw, DRAW, TODAY } from './spot-check-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const DRAWS = `query ($first: Int, $after: String) { spotCheckDraws(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id seed } } }`;
const PENDING = `{ pendingSpotChecks { id done brand { id } inspection { id } } }`;

describe('drawSpotChecks', () => {
  it('is for inspectors only, with a count from 1 to 50', async () => {
    const { unit, leader, admin, inspector } = await makeWorld(handle.db);
    const run = (viewer: Parameters<typeof gql>[1], c: number) =>
      gql(handle.db, viewer, DRAW, { count: c, seed: 1 }, { today: TODAY });
    expect(codeOf(await run(null, 1))).toBe('UNAUTHENTICATED');
    for (const v of [unit, leader, admin]) {
      expect(codeOf(await run(v.viewer, 1))).toBe('FORBIDDEN');
    }
    for (const c of [0, 51, -3]) {
      const result = await run(inspector.viewer, c);
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { count: expect.any(String) },
      });
    }
  });

  it('weighs by unit tier and health, records the draw and its items, and skips brands not in play', async () => {
    const { db } = handle;
    await clearPending(db);
    const { inspector, village, village2, town } = await makeWorld(db);
    await setUnitTier(db, village.id, 'LAGGING');
    await setUnitTier(db, village2.id, 'ADVANCED');
    const red = await makeBrand(db, village, 'BUILDING');
    await makeOverdueMilestones(db, red.id, 2);
    const plain = await makeBrand(db, village2, 'NAMED');
    const average = await makeBrand(db, town, 'CULTIVATING');
    const declared = await makeBrand(db, village, 'DECLARED');
    const withdrawn = await makeBrand(db, village, 'WITHDRAWN');

    const d = await draw(db, inspector.viewer, 50, 99);
    expect(d).toMatchObject({ seed: 99, count: 50, drawnBy: { id: inspector.row.id } });
    expect(d.items).toHaveLength(d.candidates);
    expect(d.brands.map((b: any) => b.id)).toEqual(d.items.map((i: any) => i.brand.id));
    expect(d.items.map((i: any) => i.position)).toEqual(d.items.map((_: unknown, n: number) => n));
    expect(d.rule).toContain('后进等次 +2');
    const byBrand = new Map(d.items.map((i: any) => [i.brand.id, i]));
    expect(byBrand.get(red.id)).toMatchObject({
      weight: 5,
      reasons: ['基础权重 1', '所属单位为后进等次 +2', '健康度为红色 +2'],
      unit: { id: village.id },
      done: false,
      inspection: null,
    });
    expect(byBrand.get(plain.id)).toMatchObject({ weight: 1, reasons: ['基础权重 1'] });
    expect(byBrand.get(average.id)).toMatchObject({ weight: 2, reasons: ['基础权重 1', '所属单位为一般等次 +1'] });
    expect(byBrand.has(declared.id) || byBrand.has(withdrawn.id)).toBe(false);

    const [audit] = await db
      .select({ n: count() })
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'drawSpotChecks'), eq(auditEntries.entityId, d.id)));
    expect(Number(audit.n)).toBe(1);

    // Everything is now pending, so nothing is left to draw; the empty draw is still recorded.
    const empty = await draw(db, inspector.viewer, 5, 99);
    expect([empty.candidates, empty.items]).toEqual([0, []]);
  });

  it('draws the same brands again from the same seed over the same candidates; a missing seed is chosen and kept', async () => {
    const { db } = handle;
    const { inspector, village } = await makeWorld(db);
    for (let n = 0; n < 6; n += 1) {
      await makeBrand(db, village, 'BUILDING');
    }
    await clearPending(db);
    const first = await draw(db, inspector.viewer, 3, 424242);
    await clearPending(db);
    const again = await draw(db, inspector.viewer, 3, 424242);
    expect(again.brands.map((b: any) => b.id)).toEqual(first.brands.map((b: any) => b.id));
    expect(again.items.map((i: any) => i.weight)).toEqual(first.items.map((i: any) => i.weight));
    expect(again.id).not.toBe(first.id);
    await clearPending(db);

    const seeded = await draw(db, inspector.viewer, 1);
    expect(Number.isInteger(seeded.seed) && seeded.seed >= 0 && seeded.seed < 2 ** 31).toBe(true);
    await clearPending(db);
    const replay = await draw(db, inspector.viewer, 1, seeded.seed);
    expect(replay.brands).toEqual(seeded.brands);
    await clearPending(db);
  });

  it('lists pending items until a SPOT inspection of the brand answers them', async () => {
    const { db } = handle;
    await clearPending(db);
    const { inspector, leader, unit, village, village2 } = await makeWorld(db);
    await makeBrand(db, village, 'BUILDING');
    await makeBrand(db, village2, 'PROMOTED');
    const { template, items } = await makeTemplate(db);
    const d = await draw(db, inspector.viewer, 50, 7);
    const target = d.items[0];
    const pending = (await ok(db, inspector.viewer, PENDING, {})).pendingSpotChecks;
    expect(pending.map((p: any) => p.id)).toEqual(d.items.map((i: any) => i.id));
    expect((await ok(db, leader.viewer, PENDING, {})).pendingSpotChecks).toHaveLength(d.items.length);
    expect(codeOf(await gql(db, unit.viewer, PENDING))).toBe('FORBIDDEN');
    expect(codeOf(await gql(db, null, PENDING))).toBe('UNAUTHENTICATED');

    const base = { unitId: target.unit.id, brandId: target.brand.id, templateId: template.id };
    await ok(db, inspector.viewer, RECORD, { input: inspectionInput(items, { kind: 'REGULAR', ...base }) });
    const stillPending = (await ok(db, inspector.viewer, PENDING, {})).pendingSpotChecks;
    expect(stillPending.map((p: any) => p.id)).toContain(target.id);

    const spot = (await ok(db, inspector.viewer, RECORD, { input: inspectionInput(items, { kind: 'SPOT', ...base }) }))
      .recordInspection;
    const after = (await ok(db, inspector.viewer, PENDING, {})).pendingSpotChecks;
    expect(after.map((p: any) => p.id)).toEqual(d.items.slice(1).map((i: any) => i.id));
    const [row] = await db.select().from(spotCheckDrawItems).where(eq(spotCheckDrawItems.id, target.id));
    expect([row.done, row.inspectionId]).toEqual([true, spot.id]);
    const shown = (await ok(db, leader.viewer, DRAWS_WITH_ITEMS, { first: 1 })).spotCheckDraws.nodes[0];
    expect(shown.items[0]).toMatchObject({ id: target.id, done: true, inspection: { id: spot.id } });
    await clearPending(db);
  });

  it('lists draws newest first to inspectors, leaders and admins, in pages', async () => {
    const { db } = handle;
    const { inspector, leader, admin, unit } = await makeWorld(db);
    const a = await draw(db, inspector.viewer, 1, 1);
    await clearPending(db);
    const b = await draw(db, inspector.viewer, 1, 2);
    await clearPending(db);
    const page1 = (await ok(db, leader.viewer, DRAWS, { first: 1 })).spotCheckDraws;
    expect(page1.nodes.map((n: any) => n.id)).toEqual([b.id]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await ok(db, admin.viewer, DRAWS, { first: 1, after: page1.pageInfo.endCursor })).spotCheckDraws;
    expect(page2.nodes.map((n: any) => n.id)).toEqual([a.id]);
    expect(page2.totalCount).toBe(page1.totalCount);
    expect(codeOf(await gql(db, unit.viewer, DRAWS, {}))).toBe('FORBIDDEN');
    expect(codeOf(await gql(db, null, DRAWS, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(db, inspector.viewer, DRAWS, { after: 'bad' }))).toBe('BAD_USER_INPUT');
  });
});

const DRAWS_WITH_ITEMS = `query ($first: Int) { spotCheckDraws(first: $first) {
  nodes { id items { id done inspection { id } } } } }`;
