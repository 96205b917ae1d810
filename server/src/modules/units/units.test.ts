import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { unitTierChanges, units, type DatabaseHandle, type UnitKind } from '@flagship/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../core/pagination';
import { codeOf, gql, makeBrand, makeUnit, makeWorld, openTestDatabase, unique } from '../../testing';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const UNITS = `query($filter: UnitFilter, $first: Int, $after: String) {
  units(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name } }
    nodes { id name kind tier }
  }
}`;

interface UnitsPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; name: string } }[];
  nodes: { id: string; name: string; kind: UnitKind; tier: string }[];
}

/**
 * A tree of its own, every name starting with a fresh tag so a search for the tag finds exactly it:
 * root → townA (a1, a2), townB (b1).
 */
async function makeTree() {
  const tag = unique('树');
  const root = await makeUnit(handle.db, { kind: 'COUNTY_COMMITTEE', name: `${tag}县委` });
  const townA = await makeUnit(handle.db, { parent: root, kind: 'TOWN_COMMITTEE', name: `${tag}甲镇` });
  const townB = await makeUnit(handle.db, { parent: root, kind: 'TOWN_COMMITTEE', name: `${tag}乙镇` });
  const a1 = await makeUnit(handle.db, { parent: townA, kind: 'VILLAGE', name: `${tag}甲镇一村` });
  const a2 = await makeUnit(handle.db, { parent: townA, kind: 'COMMUNITY', name: `${tag}甲镇二社区` });
  const b1 = await makeUnit(handle.db, { parent: townB, kind: 'VILLAGE', name: `${tag}乙镇一村` });
  return { tag, root, townA, townB, a1, a2, b1, all: [root, townA, townB, a1, a2, b1] };
}

async function fetchUnits(viewer: Parameters<typeof gql>[1], variables: Record<string, unknown>) {
  const result = await gql<{ units: UnitsPage }>(handle.db, viewer, UNITS, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.units;
}

describe('units', () => {
  it('requires login', async () => {
    const result = await gql(handle.db, null, UNITS, {});
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('lists a subtree in tree order: every unit after its parent, each subtree together', async () => {
    const { leader } = await makeWorld(handle.db);
    const t = await makeTree();
    const page = await fetchUnits(leader.viewer, { filter: { search: t.tag }, first: 100 });
    const ids = page.nodes.map((n) => n.id);
    expect(page.totalCount).toBe(6);
    expect(new Set(ids)).toEqual(new Set(t.all.map((u) => u.id)));
    expect(ids[0]).toBe(t.root.id);
    for (const u of t.all.filter((x) => x.parentId)) {
      expect(ids.indexOf(u.id)).toBeGreaterThan(ids.indexOf(u.parentId!));
    }
    const span = (members: string[]) => members.map((id) => ids.indexOf(id)).sort((a, b) => a - b);
    const subtreeA = span([t.townA.id, t.a1.id, t.a2.id]);
    expect(subtreeA.at(-1)! - subtreeA[0]).toBe(2);
    const subtreeB = span([t.townB.id, t.b1.id]);
    expect(subtreeB[1] - subtreeB[0]).toBe(1);
  });

  it('filters by a part of the name, treating % and _ literally', async () => {
    const { unit } = await makeWorld(handle.db);
    const tag = unique('搜');
    const literal = await makeUnit(handle.db, { name: `${tag}_100%满意` });
    await makeUnit(handle.db, { name: `${tag}x100x满意` });
    const page = await fetchUnits(unit.viewer, { filter: { search: `${tag}_100%` } });
    expect(page.nodes.map((n) => n.id)).toEqual([literal.id]);
    expect(page.totalCount).toBe(1);
    const both = await fetchUnits(unit.viewer, { filter: { search: `  ${tag}  ` } });
    expect(both.totalCount).toBe(2);
  });

  it('filters by kind, tier and parent', async () => {
    const { admin } = await makeWorld(handle.db);
    const t = await makeTree();
    await handle.db.update(units).set({ tier: 'LAGGING' }).where(eq(units.id, t.a2.id));
    await handle.db.update(units).set({ tier: 'ADVANCED' }).where(eq(units.id, t.b1.id));

    const villages = await fetchUnits(admin.viewer, { filter: { search: t.tag, kind: ['VILLAGE'] } });
    expect(villages.nodes.map((n) => n.id).sort()).toEqual([t.a1.id, t.b1.id].sort());
    expect(villages.nodes.every((n) => n.kind === 'VILLAGE')).toBe(true);
    expect(villages.totalCount).toBe(2);

    const twoKinds = await fetchUnits(admin.viewer, { filter: { search: t.tag, kind: ['VILLAGE', 'COMMUNITY'] } });
    expect(twoKinds.totalCount).toBe(3);

    const lagging = await fetchUnits(admin.viewer, { filter: { search: t.tag, tier: ['LAGGING'] } });
    expect(lagging.nodes).toEqual([{ id: t.a2.id, name: t.a2.name, kind: 'COMMUNITY', tier: 'LAGGING' }]);

    const children = await fetchUnits(admin.viewer, { filter: { parentId: t.townA.id } });
    expect(children.nodes.map((n) => n.id).sort()).toEqual([t.a1.id, t.a2.id].sort());
    expect(children.totalCount).toBe(2);

    const none = await fetchUnits(admin.viewer, { filter: { parentId: randomUUID() } });
    expect(none).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('filters by the tier the year began with, so a transformed unit stays in its baseline cohort', async () => {
    const { admin } = await makeWorld(handle.db);
    const t = await makeTree();
    // a1 began the year lagging and has been transformed; a2 began lagging and still is; b1 began advanced.
    await handle.db.update(units).set({ baselineTier: 'LAGGING', tier: 'AVERAGE' }).where(eq(units.id, t.a1.id));
    await handle.db.update(units).set({ baselineTier: 'LAGGING', tier: 'LAGGING' }).where(eq(units.id, t.a2.id));
    await handle.db.update(units).set({ baselineTier: 'ADVANCED', tier: 'ADVANCED' }).where(eq(units.id, t.b1.id));

    const cohort = await fetchUnits(admin.viewer, { filter: { search: t.tag, baselineTier: ['LAGGING'] } });
    expect(cohort.nodes.map((n) => n.id).sort()).toEqual([t.a1.id, t.a2.id].sort());
    expect(cohort.totalCount).toBe(2);

    const still = await fetchUnits(admin.viewer, {
      filter: { search: t.tag, baselineTier: ['LAGGING'], tier: ['LAGGING'] },
    });
    expect(still.nodes.map((n) => n.id)).toEqual([t.a2.id]);
  });

  it('treats a parentId that is not an id as naming nothing', async () => {
    const { leader } = await makeWorld(handle.db);
    const page = await fetchUnits(leader.viewer, { filter: { parentId: 'not-an-id' } });
    expect(page.totalCount).toBe(0);
    expect(page.nodes).toEqual([]);
  });

  it('paginates with first/after without gaps or duplicates', async () => {
    const { inspector } = await makeWorld(handle.db);
    const t = await makeTree();
    const all = await fetchUnits(inspector.viewer, { filter: { search: t.tag } });
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i += 1) {
      const page: UnitsPage = await fetchUnits(inspector.viewer, { filter: { search: t.tag }, first: 2, after });
      expect(page.totalCount).toBe(6);
      expect(page.edges).toHaveLength(2);
      expect(page.pageInfo.endCursor).toBe(page.edges[1].cursor);
      expect(page.pageInfo.hasNextPage).toBe(i < 2);
      seen.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.nodes.map((n) => n.id));
    const past = await fetchUnits(inspector.viewer, { filter: { search: t.tag }, first: 2, after });
    expect(past).toMatchObject({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 6 });
  });

  it('defaults to 20 per page and allows first: 0', async () => {
    const { leader } = await makeWorld(handle.db);
    const tag = unique('多');
    for (let i = 0; i < 21; i += 1) {
      await makeUnit(handle.db, { name: `${tag}-${String(i).padStart(2, '0')}` });
    }
    const page = await fetchUnits(leader.viewer, { filter: { search: tag } });
    expect(page.edges).toHaveLength(20);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(21);
    const empty = await fetchUnits(leader.viewer, { filter: { search: tag }, first: 0 });
    expect(empty).toMatchObject({ edges: [], totalCount: 21 });
  });

  it('refuses first above 100 or below 0, and cursors it did not make, as BAD_USER_INPUT', async () => {
    const { leader } = await makeWorld(handle.db);
    const big = await gql(handle.db, leader.viewer, UNITS, { first: 101 });
    expect(codeOf(big)).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0].extensions.fields).toHaveProperty('first');
    expect(codeOf(await gql(handle.db, leader.viewer, UNITS, { first: -1 }))).toBe('BAD_USER_INPUT');
    for (const after of ['garbage!!', 'bm90IGpzb24', encodeCursor(['a', 'b']), encodeCursor([])]) {
      const result = await gql(handle.db, leader.viewer, UNITS, { after });
      expect(codeOf(result), after).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields).toHaveProperty('after');
    }
  });
});

describe('unit(id)', () => {
  const UNIT = `query($id: ID!) { unit(id: $id) {
    id name kind tier baselineTier version
    parent { id parent { id } }
    children { id name }
  } }`;

  it('returns the unit with its parent and children (children by name)', async () => {
    const { unit } = await makeWorld(handle.db);
    const t = await makeTree();
    const result = await gql(handle.db, unit.viewer, UNIT, { id: t.townA.id });
    expect(result.errors).toBeUndefined();
    expect(result.data?.unit).toEqual({
      id: t.townA.id,
      name: t.townA.name,
      kind: 'TOWN_COMMITTEE',
      tier: 'AVERAGE',
      baselineTier: 'AVERAGE',
      version: 1,
      parent: { id: t.root.id, parent: null },
      children: [t.a2, t.a1].map((u) => ({ id: u.id, name: u.name })).sort((x, y) => x.name.localeCompare(y.name)),
    });
    const leaf = await gql(handle.db, unit.viewer, UNIT, { id: t.b1.id });
    expect(leaf.data?.unit).toMatchObject({ children: [], parent: { id: t.townB.id, parent: { id: t.root.id } } });
  });

  it('is null for an unknown id or one that is not an id', async () => {
    const { leader } = await makeWorld(handle.db);
    for (const id of [randomUUID(), 'not-a-uuid', "1' or '1'='1"]) {
      const result = await gql(handle.db, leader.viewer, UNIT, { id });
      expect(result.errors, id).toBeUndefined();
      expect(result.data?.unit, id).toBeNull();
    }
  });

  it('requires login', async () => {
    const { village } = await makeWorld(handle.db);
    expect(codeOf(await gql(handle.db, null, UNIT, { id: village.id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(handle.db, null, UNIT, { id: 'not-a-uuid' }))).toBe('UNAUTHENTICATED');
  });
});

describe('tierHistory', () => {
  const HISTORY = `query($id: ID!) { brand(id: $id) { id unit { id name tierHistory { fromTier toTier reason } } } }`;

  it('is shown to logged-in users, oldest first', async () => {
    const { leader, village } = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, village, 'BUILDING');
    await handle.db.insert(unitTierChanges).values([
      {
        unitId: village.id,
        fromTier: 'AVERAGE',
        toTier: 'LAGGING',
        reason: '年初评定',
        changedAt: new Date('2025-01-05'),
      },
      {
        unitId: village.id,
        fromTier: 'LAGGING',
        toTier: 'AVERAGE',
        reason: '整改转化',
        changedAt: new Date('2025-06-05'),
      },
    ]);
    const result = await gql(handle.db, leader.viewer, HISTORY, { id: brand.id });
    expect(result.errors).toBeUndefined();
    expect(result.data?.brand.unit.tierHistory).toEqual([
      { fromTier: 'AVERAGE', toTier: 'LAGGING', reason: '年初评定' },
      { fromTier: 'LAGGING', toTier: 'AVERAGE', reason: '整改转化' },
    ]);
  });

  it('is UNAUTHENTICATED for the public, who still see the showcase brand’s unit name', async () => {
    const { village } = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, village, 'NAMED');
    const result = await gql(handle.db, null, HISTORY, { id: brand.id });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.data?.brand ?? null).toBeNull();
    const plain = await gql(handle.db, null, `query($id: ID!) { brand(id: $id) { unit { name } } }`, { id: brand.id });
    expect(plain.errors).toBeUndefined();
    expect(plain.data?.brand.unit.name).toBe(village.name);
  });
});
