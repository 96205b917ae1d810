import { BRAND_STAGES, type BrandStage, type DatabaseHandle } from '@flagship/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../core/pagination';
import { codeOf, gql, type GqlResult, makeBrand, makeWorld, openTestDatabase, unique } from '../../testing';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

type Viewer = Parameters<typeof gql>[1];
const SHOWCASE: BrandStage[] = ['CULTIVATING', 'BUILDING', 'ACCEPTANCE', 'NAMED', 'PROMOTED'];

const LIST = `query($unitId: ID, $first: Int) {
  brands(filter: { unitId: $unitId }, first: $first) { totalCount nodes { id stage } } }`;
const ONE = `query($id: ID!) { brand(id: $id) { id stage } }`;

/** One brand of `village` in every stage; returns stage → brand id. */
async function brandInEveryStage(village: Parameters<typeof makeBrand>[1]) {
  const ids = {} as Record<BrandStage, string>;
  for (const stage of BRAND_STAGES) {
    ids[stage] = (await makeBrand(handle.db, village, stage)).id;
  }
  return ids;
}

async function listStages(viewer: Viewer, unitId: string) {
  const result = await gql(handle.db, viewer, LIST, { unitId, first: 100 });
  expect(result.errors).toBeUndefined();
  const stages = (result.data?.brands.nodes as { stage: BrandStage }[]).map((n) => n.stage).sort();
  expect(result.data?.brands.totalCount).toBe(stages.length);
  return stages;
}

async function one(viewer: Viewer, id: string) {
  const result = await gql(handle.db, viewer, ONE, { id });
  expect(result.errors).toBeUndefined();
  return result.data?.brand as { id: string; stage: BrandStage } | null;
}

describe('who sees which brands', () => {
  it('the public sees only brands past DECLARED that are not WITHDRAWN', async () => {
    const world = await makeWorld(handle.db);
    const ids = await brandInEveryStage(world.village);
    expect(await listStages(null, world.village.id)).toEqual([...SHOWCASE].sort());
    for (const stage of BRAND_STAGES) {
      const brand = await one(null, ids[stage]);
      expect(brand?.id ?? null, stage).toBe(SHOWCASE.includes(stage) ? ids[stage] : null);
    }
  });

  it('a unit sees everything of its own unit, and only the showcase of another', async () => {
    const world = await makeWorld(handle.db);
    const own = await brandInEveryStage(world.village);
    const other = await brandInEveryStage(world.village2);
    expect(await listStages(world.unit.viewer, world.village.id)).toEqual([...BRAND_STAGES].sort());
    expect(await listStages(world.unit.viewer, world.village2.id)).toEqual([...SHOWCASE].sort());
    expect((await one(world.unit.viewer, own.DECLARED))?.id).toBe(own.DECLARED);
    expect((await one(world.unit.viewer, own.WITHDRAWN))?.id).toBe(own.WITHDRAWN);
    expect(await one(world.unit.viewer, other.DECLARED)).toBeNull();
    expect(await one(world.unit.viewer, other.WITHDRAWN)).toBeNull();
    expect((await one(world.unit.viewer, other.BUILDING))?.id).toBe(other.BUILDING);
  });

  it('a unit’s unfiltered list holds its own hidden brands but not another unit’s', async () => {
    const world = await makeWorld(handle.db);
    const own = await makeBrand(handle.db, world.village, 'DECLARED');
    const other = await makeBrand(handle.db, world.village2, 'DECLARED');
    const result = await gql(handle.db, world.unit.viewer, `{ brands(first: 100) { nodes { id } } }`);
    const ids = (result.data?.brands.nodes as { id: string }[]).map((n) => n.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(other.id);
  });

  it.each(['leader', 'inspector', 'admin'] as const)('a %s sees every brand', async (role) => {
    const world = await makeWorld(handle.db);
    const ids = await brandInEveryStage(world.village2);
    expect(await listStages(world[role].viewer, world.village2.id)).toEqual([...BRAND_STAGES].sort());
    expect((await one(world[role].viewer, ids.DECLARED))?.id).toBe(ids.DECLARED);
    expect((await one(world[role].viewer, ids.WITHDRAWN))?.id).toBe(ids.WITHDRAWN);
  });

  it('brand(id) is null, not an error, for an unknown id or one that is not an id', async () => {
    const world = await makeWorld(handle.db);
    expect(await one(world.leader.viewer, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await one(null, 'not-an-id')).toBeNull();
  });

  it('Unit.brands lists the unit’s brands as far as the viewer may see them', async () => {
    const world = await makeWorld(handle.db);
    await brandInEveryStage(world.village);
    const query = `query($id: ID!) { unit(id: $id) { brands(first: 100) { totalCount nodes { stage } } } }`;
    const asLeader = await gql(handle.db, world.leader.viewer, query, { id: world.village.id });
    expect(asLeader.errors).toBeUndefined();
    expect(asLeader.data?.unit.brands.totalCount).toBe(BRAND_STAGES.length);
    const asOther = await gql(handle.db, world.unit2.viewer, query, { id: world.village.id });
    const stages = (asOther.data?.unit.brands.nodes as { stage: BrandStage }[]).map((n) => n.stage).sort();
    expect(stages).toEqual([...SHOWCASE].sort());
    expect(asOther.data?.unit.brands.totalCount).toBe(SHOWCASE.length);
  });
});

describe('timeline', () => {
  const TIMELINE = `query($id: ID!, $first: Int, $after: String) { brand(id: $id) {
    timeline(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { kind summary actor { id } }
    } } }`;

  /** A brand declared by the unit, assessed, then moved on and promoted by the leader. */
  async function brandWithHistory(world: Awaited<ReturnType<typeof makeWorld>>) {
    const created = await gql(
      handle.db,
      world.unit.viewer,
      `mutation($name: String!) { createBrand(input: { name: $name, summary: "简介", category: SERVICE }) { id } }`,
      { name: unique('动态') },
    );
    const id = created.data?.createBrand.id as string;
    const steps = [
      [
        world.unit.viewer,
        `mutation($id: ID!) { setBrandFiveHave(brandId: $id, input: { item: NAME, met: true, evidence: "有名称" }) { id } }`,
      ],
      [world.leader.viewer, `mutation($id: ID!) { changeBrandStage(id: $id, stage: CULTIVATING) { id } }`],
      [
        world.leader.viewer,
        `mutation($id: ID!) { promoteBrandLevel(id: $id, level: COUNTY, evidence: "县级认定") { id } }`,
      ],
    ] as const;
    for (const [viewer, mutation] of steps) {
      expect((await gql(handle.db, viewer, mutation, { id })).errors).toBeUndefined();
    }
    return id;
  }

  it('shows the public only public events, without who did them', async () => {
    const world = await makeWorld(handle.db);
    const id = await brandWithHistory(world);
    const result = await gql(handle.db, null, TIMELINE, { id });
    expect(result.errors).toBeUndefined();
    expect(result.data?.brand.timeline.totalCount).toBe(2);
    expect(result.data?.brand.timeline.nodes).toEqual([
      { kind: 'LEVEL_PROMOTED', summary: expect.stringContaining('县级'), actor: null },
      { kind: 'STAGE_CHANGED', summary: expect.stringContaining('培育'), actor: null },
    ]);
    const otherUnit = await gql(handle.db, world.unit2.viewer, TIMELINE, { id });
    expect(otherUnit.data?.brand.timeline.totalCount).toBe(2);
  });

  it('shows the owner unit and leaders every event, newest first, with its actor', async () => {
    const world = await makeWorld(handle.db);
    const id = await brandWithHistory(world);
    for (const viewer of [world.unit.viewer, world.leader.viewer]) {
      const result = await gql(handle.db, viewer, TIMELINE, { id });
      expect(result.data?.brand.timeline.totalCount).toBe(4);
      expect(result.data?.brand.timeline.nodes).toEqual([
        { kind: 'LEVEL_PROMOTED', summary: expect.any(String), actor: { id: world.leader.row.id } },
        { kind: 'STAGE_CHANGED', summary: expect.any(String), actor: { id: world.leader.row.id } },
        { kind: 'FIVE_HAVE_UPDATED', summary: expect.any(String), actor: { id: world.unit.row.id } },
        { kind: 'BRAND_CREATED', summary: expect.any(String), actor: { id: world.unit.row.id } },
      ]);
    }
  });

  it('paginates the timeline', async () => {
    const world = await makeWorld(handle.db);
    const id = await brandWithHistory(world);
    const kinds: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 2; i += 1) {
      const result: GqlResult = await gql(handle.db, world.leader.viewer, TIMELINE, { id, first: 3, after });
      const timeline = result.data?.brand.timeline;
      expect(timeline.pageInfo.hasNextPage).toBe(i === 0);
      kinds.push(...(timeline.nodes as { kind: string }[]).map((n) => n.kind));
      after = timeline.pageInfo.endCursor;
    }
    expect(kinds).toEqual(['LEVEL_PROMOTED', 'STAGE_CHANGED', 'FIVE_HAVE_UPDATED', 'BRAND_CREATED']);
    for (const bad of ['garbage', encodeCursor(['not a time', 'not an id'])]) {
      expect(codeOf(await gql(handle.db, world.leader.viewer, TIMELINE, { id, after: bad })), bad).toBe(
        'BAD_USER_INPUT',
      );
    }
  });
});
