import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@flagship/drizzle';
import type { Viewer } from '../../core/context';
import { codeOf, gql, makeBrand, makeTemplate, makeWorld, openTestDatabase } from '../../testing';
import { inspectionInput, ok, RECORD, TODAY } from './inspection-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const COMPARE = `query ($brandId: ID!, $from: Date!, $to: Date!) {
  inspectionComparison(brandId: $brandId, from: $from, to: $to) {
    from to rule brand { id }
    selfInspection { id kind } inspectorInspection { id kind }
    rows { title selfScore inspectorScore maxScore difference flagged }
    totals { selfScore selfMaxScore inspectorScore inspectorMaxScore difference flaggedCount }
  } }`;

async function setup() {
  const { db } = handle;
  const world = await makeWorld(db);
  const brand = await makeBrand(db, world.village, 'BUILDING');
  const { template, items } = await makeTemplate(db);
  const rec = async (viewer: Viewer, kind: string, date: string, scores: number[]) =>
    (
      await ok(db, viewer, RECORD, {
        input: inspectionInput(
          items,
          { kind, unitId: world.village.id, brandId: brand.id, templateId: template.id },
          { date, items: items.map((i, n) => ({ itemId: i.id, score: scores[n] })) },
        ),
      })
    ).recordInspection.id as string;
  return { ...world, brand, rec };
}

const compare = (viewer: Viewer | null, brandId: string, from = '2025-01-01', to = '2025-06-30') =>
  gql(handle.db, viewer, COMPARE, { brandId, from, to }, { today: TODAY });

describe('inspectionComparison', () => {
  it('puts the latest self-inspection and the latest inspector check of the period side by side', async () => {
    const { unit, inspector, brand, rec } = await setup();
    await rec(unit.viewer, 'SELF', '2025-02-01', [5, 5, 5]);
    const self = await rec(unit.viewer, 'SELF', '2025-03-01', [20, 30, 45]);
    await rec(inspector.viewer, 'REGULAR', '2025-03-02', [1, 1, 1]);
    const spot = await rec(inspector.viewer, 'SPOT', '2025-04-01', [15, 28, 44]);
    await rec(inspector.viewer, 'REGULAR', '2024-12-31', [0, 0, 0]);
    const result = await compare(unit.viewer, brand.id);
    expect(result.errors).toBeUndefined();
    const c = result.data!.inspectionComparison;
    expect(c).toMatchObject({
      from: '2025-01-01',
      to: '2025-06-30',
      brand: { id: brand.id },
      selfInspection: { id: self, kind: 'SELF' },
      inspectorInspection: { id: spot, kind: 'SPOT' },
    });
    expect(c.rows).toEqual([
      { title: '有名称', selfScore: 20, inspectorScore: 15, maxScore: 20, difference: 5, flagged: true },
      { title: '标识墙牌规范', selfScore: 30, inspectorScore: 28, maxScore: 30, difference: 2, flagged: false },
      { title: '档案资料齐全', selfScore: 45, inspectorScore: 44, maxScore: 50, difference: 1, flagged: false },
    ]);
    expect(c.totals).toEqual({
      selfScore: 95,
      selfMaxScore: 100,
      inspectorScore: 87,
      inspectorMaxScore: 100,
      difference: 8,
      flaggedCount: 1,
    });
    expect(c.rule).toContain('20%');
  });

  it('gives nulls for the side that is missing in the period', async () => {
    const { leader, unit, brand, rec } = await setup();
    await rec(unit.viewer, 'SELF', '2025-03-01', [20, 30, 45]);
    const c = (await compare(leader.viewer, brand.id, '2025-02-01', '2025-03-31')).data!.inspectionComparison;
    expect(c.inspectorInspection).toBeNull();
    expect(c.rows[0]).toEqual({
      title: '有名称',
      selfScore: 20,
      inspectorScore: null,
      maxScore: 20,
      difference: null,
      flagged: false,
    });
    expect(c.totals).toMatchObject({ selfScore: 95, inspectorScore: null, difference: null });
    const none = (await compare(leader.viewer, brand.id, '2024-01-01', '2024-12-31')).data!.inspectionComparison;
    expect([none.selfInspection, none.inspectorInspection, none.rows]).toEqual([null, null, []]);
  });

  it('is for the brand’s own unit and readers of everything only', async () => {
    const { unit2, inspector, admin, brand, village } = await setup();
    expect(codeOf(await compare(null, brand.id))).toBe('UNAUTHENTICATED');
    expect(codeOf(await compare(unit2.viewer, brand.id))).toBe('FORBIDDEN');
    expect((await compare(inspector.viewer, brand.id)).errors).toBeUndefined();
    expect((await compare(admin.viewer, brand.id)).errors).toBeUndefined();
    const hidden = await makeBrand(handle.db, village, 'DECLARED');
    expect(codeOf(await compare(unit2.viewer, hidden.id))).toBe('NOT_FOUND');
    expect(codeOf(await compare(admin.viewer, 'nope'))).toBe('NOT_FOUND');
    expect(codeOf(await compare(admin.viewer, brand.id, '2025-05-01', '2025-04-01'))).toBe('BAD_USER_INPUT');
  });
});
