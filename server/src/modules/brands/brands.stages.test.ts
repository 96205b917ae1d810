import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  brands,
  plans,
  timelineEvents,
  type BrandStage,
  type DatabaseHandle,
  type PlanStatus,
} from '@flagship/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, makeBrand, makeWorld, openTestDatabase } from '../../testing';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const STAGE = `mutation($id: ID!, $stage: BrandStage!, $note: String, $version: Int) {
  changeBrandStage(id: $id, stage: $stage, note: $note, version: $version) {
    id stage version stageHistory { fromStage toStage note actor { id } }
  } }`;
/** Gives a brand a plan in `status`, inserted directly (the plans module's own workflow is tested there). */
async function givePlan(brandId: string, status: PlanStatus) {
  await handle.db.insert(plans).values({
    brandId,
    status,
    revision: 1,
    goals: '打造党员服务品牌',
    measures: '设立党员服务岗',
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    responsiblePerson: { name: '张书记' },
  });
}

const stageOf = async (id: string) => (await handle.db.select().from(brands).where(eq(brands.id, id)))[0].stage;

const ALLOWED: [BrandStage, BrandStage][] = [
  ['DECLARED', 'CULTIVATING'],
  ['CULTIVATING', 'BUILDING'],
  ['BUILDING', 'ACCEPTANCE'],
  ['ACCEPTANCE', 'NAMED'],
  ['ACCEPTANCE', 'BUILDING'],
  ['NAMED', 'PROMOTED'],
  ['DECLARED', 'WITHDRAWN'],
  ['CULTIVATING', 'WITHDRAWN'],
  ['BUILDING', 'WITHDRAWN'],
  ['ACCEPTANCE', 'WITHDRAWN'],
  ['NAMED', 'WITHDRAWN'],
  ['PROMOTED', 'WITHDRAWN'],
];

describe('changeBrandStage', () => {
  it.each(ALLOWED)('lets a leader move a brand %s → %s, recording who, when and why', async (from, to) => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village, from);
    if (from === 'CULTIVATING' && to === 'BUILDING') {
      await givePlan(brand.id, 'APPROVED');
    }
    const note = to === 'WITHDRAWN' || to === 'BUILDING' ? '理由说明' : null;
    const result = await gql(handle.db, world.leader.viewer, STAGE, { id: brand.id, stage: to, note, version: 1 });
    expect(result.errors).toBeUndefined();
    expect(result.data?.changeBrandStage).toEqual({
      id: brand.id,
      stage: to,
      version: 2,
      stageHistory: [{ fromStage: from, toStage: to, note, actor: { id: world.leader.row.id } }],
    });
    const events = await handle.db.select().from(timelineEvents).where(eq(timelineEvents.brandId, brand.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'STAGE_CHANGED', public: true, actorId: world.leader.row.id });
  });

  it.each([
    ['DECLARED', 'BUILDING'],
    ['DECLARED', 'DECLARED'],
    ['CULTIVATING', 'DECLARED'],
    ['BUILDING', 'NAMED'],
    ['NAMED', 'DECLARED'],
    ['PROMOTED', 'NAMED'],
    ['WITHDRAWN', 'DECLARED'],
    ['WITHDRAWN', 'CULTIVATING'],
  ] as [BrandStage, BrandStage][])('refuses %s → %s as INVALID_TRANSITION', async (from, to) => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village, from);
    const result = await gql(handle.db, world.leader.viewer, STAGE, { id: brand.id, stage: to, note: '理由' });
    expect(codeOf(result)).toBe('INVALID_TRANSITION');
    expect(await stageOf(brand.id)).toBe(from);
  });

  it('is for leaders: a unit (even its own brand) and an inspector are FORBIDDEN, the public UNAUTHENTICATED', async () => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village);
    const vars = { id: brand.id, stage: 'CULTIVATING' };
    expect(codeOf(await gql(handle.db, world.unit.viewer, STAGE, vars))).toBe('FORBIDDEN');
    expect(codeOf(await gql(handle.db, world.inspector.viewer, STAGE, vars))).toBe('FORBIDDEN');
    expect(codeOf(await gql(handle.db, null, STAGE, vars))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(handle.db, world.leader.viewer, STAGE, { ...vars, id: randomUUID() }))).toBe('NOT_FOUND');
    expect(await stageOf(brand.id)).toBe('DECLARED');
  });

  it.each([
    ['BUILDING', 'WITHDRAWN'],
    ['ACCEPTANCE', 'BUILDING'],
  ] as [BrandStage, BrandStage][])('asks for a reason for %s → %s', async (from, to) => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village, from);
    for (const note of [null, '   ']) {
      const result = await gql(handle.db, world.leader.viewer, STAGE, { id: brand.id, stage: to, note });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields).toHaveProperty('note');
    }
    expect(await stageOf(brand.id)).toBe(from);
  });

  it.each([null, 'DRAFT', 'SUBMITTED', 'RETURNED'] as (PlanStatus | null)[])(
    'keeps a brand out of BUILDING while its plan is %s',
    async (status) => {
      const world = await makeWorld(handle.db);
      const brand = await makeBrand(handle.db, world.village, 'CULTIVATING');
      if (status) {
        await givePlan(brand.id, status);
      }
      const result = await gql(handle.db, world.leader.viewer, STAGE, { id: brand.id, stage: 'BUILDING' });
      expect(codeOf(result)).toBe('INVALID_TRANSITION');
      expect(await stageOf(brand.id)).toBe('CULTIVATING');
    },
  );

  it('answers a stale version with CONFLICT', async () => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village);
    await handle.db.update(brands).set({ version: 3 }).where(eq(brands.id, brand.id));
    const result = await gql(handle.db, world.leader.viewer, STAGE, { id: brand.id, stage: 'CULTIVATING', version: 2 });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(await stageOf(brand.id)).toBe('DECLARED');
  });

  it('keeps the whole stage history, oldest first', async () => {
    const world = await makeWorld(handle.db);
    const created = await gql(
      handle.db,
      world.unit.viewer,
      `mutation { createBrand(input: { name: "历程${randomUUID()}", summary: "简介", category: OTHER }) { id } }`,
    );
    const id = created.data?.createBrand.id as string;
    const steps: [BrandStage, string | null][] = [
      ['CULTIVATING', null],
      ['BUILDING', null],
      ['ACCEPTANCE', null],
      ['BUILDING', '档案资料不齐全'],
      ['ACCEPTANCE', null],
      ['NAMED', '验收合格'],
    ];
    let last;
    for (const [stage, note] of steps) {
      if (stage === 'BUILDING' && note === null) {
        await givePlan(id, 'APPROVED');
      }
      last = await gql(handle.db, world.leader.viewer, STAGE, { id, stage, note });
      expect(last.errors, stage).toBeUndefined();
    }
    const history = last!.data?.changeBrandStage.stageHistory as { fromStage: string; toStage: string }[];
    expect(history.map((h) => [h.fromStage, h.toStage])).toEqual([
      [null, 'DECLARED'],
      ['DECLARED', 'CULTIVATING'],
      ['CULTIVATING', 'BUILDING'],
      ['BUILDING', 'ACCEPTANCE'],
      ['ACCEPTANCE', 'BUILDING'],
      ['BUILDING', 'ACCEPTANCE'],
      ['ACCEPTANCE', 'NAMED'],
    ]);
    expect(history[4]).toMatchObject({ note: '档案资料不齐全' });
    expect(last!.data?.changeBrandStage).toMatchObject({ stage: 'NAMED', version: 7 });
  });
});
