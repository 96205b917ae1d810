import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@flagship/drizzle';
import { codeOf, gql, makeBrand, makeRectification, makeWorld, openTestDatabase, testContext } from '../../testing';
import { rectificationStatsByBrand } from './rectifications.repository';
import { ITEM, LIST, ok } from './rectification-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const PERSON = { name: '赵六', title: '支部书记', phone: '13700000003' };

/** In one town: A (village, private), B (village, public), C (village2, public), D (village2, private). */
async function board() {
  const world = await makeWorld(handle.db);
  const make = (unitId: string, problem: string, isPublic: boolean, deadline: string) =>
    makeRectification(handle.db, unitId, { problem, public: isPublic, deadline, responsiblePerson: PERSON });
  const a = await make(world.village.id, 'A', false, '2025-03-01');
  const b = await make(world.village.id, 'B', true, '2025-04-01');
  const c = await make(world.village2.id, 'C', true, '2025-05-01');
  const d = await make(world.village2.id, 'D', false, '2025-06-01');
  return { ...world, a, b, c, d };
}

async function list(viewer: Parameters<typeof gql>[1], filter: Record<string, unknown>, today?: string) {
  const data = await ok(handle.db, viewer, LIST, { filter }, { today });
  return data.rectifications as { totalCount: number; nodes: Record<string, any>[] };
}

const problems = (page: { nodes: Record<string, any>[] }) => page.nodes.map((n) => n.problem);

describe('who sees which rectifications', () => {
  it('shows the public only public items, whatever the filter asks, with name and title but no phone', async () => {
    const w = await board();
    for (const publicOnly of [undefined, false]) {
      const page = await list(null, { townId: w.town.id, publicOnly });
      expect(problems(page)).toEqual(['B', 'C']);
      expect(page.totalCount).toBe(2);
      expect(page.nodes[0].responsiblePerson).toEqual({ name: '赵六', title: '支部书记', phone: null });
    }
    expect(problems(await list(null, { unitId: w.village.id }))).toEqual(['B']);
    expect((await ok(handle.db, null, ITEM, { id: w.a.id })).rectification).toBeNull();
    const b = (await ok(handle.db, null, ITEM, { id: w.b.id })).rectification;
    expect(b.responsiblePerson.phone).toBeNull();
    expect(b.history).toEqual([]);
  });

  it("shows a unit its own items with phones, and other units' public items without", async () => {
    const w = await board();
    const page = await list(w.unit.viewer, { townId: w.town.id });
    expect(problems(page)).toEqual(['A', 'B', 'C']);
    expect(page.nodes.map((n) => n.responsiblePerson.phone)).toEqual([PERSON.phone, PERSON.phone, null]);
    expect(problems(await list(w.unit2.viewer, { townId: w.town.id }))).toEqual(['B', 'C', 'D']);
    expect((await ok(handle.db, w.unit2.viewer, ITEM, { id: w.a.id })).rectification).toBeNull();
    const own = (await ok(handle.db, w.unit.viewer, ITEM, { id: w.a.id })).rectification;
    expect(own.history.map((h: any) => h.toStatus)).toEqual(['OPEN']);
    const others = (await ok(handle.db, w.unit.viewer, ITEM, { id: w.c.id })).rectification;
    expect(others.history).toEqual([]);
  });

  it('shows leaders, inspectors and admins everything with phones', async () => {
    const w = await board();
    for (const who of [w.leader, w.inspector, w.admin]) {
      const page = await list(who.viewer, { townId: w.town.id });
      expect(problems(page)).toEqual(['A', 'B', 'C', 'D']);
      expect(page.nodes.every((n) => n.responsiblePerson.phone === PERSON.phone)).toBe(true);
    }
  });

  it("lists a brand's rectifications on the brand, by the same rules, and hides a brand the viewer may not see", async () => {
    const world = await makeWorld(handle.db);
    const shown = await makeBrand(handle.db, world.village, 'BUILDING');
    const declared = await makeBrand(handle.db, world.village, 'DECLARED');
    await makeRectification(handle.db, world.village.id, { brandId: shown.id, problem: 'P', public: true });
    await makeRectification(handle.db, world.village.id, { brandId: shown.id, problem: 'Q', public: false });
    const onDeclared = await makeRectification(handle.db, world.village.id, { brandId: declared.id, public: true });
    const query = `query ($id: ID!) { brand(id: $id) { rectifications { totalCount nodes { problem } } } }`;
    const anonymous = (await ok(handle.db, null, query, { id: shown.id })).brand.rectifications;
    expect([anonymous.totalCount, problems(anonymous)]).toEqual([1, ['P']]);
    const leader = (await ok(handle.db, world.leader.viewer, query, { id: shown.id })).brand.rectifications;
    expect(problems(leader).sort()).toEqual(['P', 'Q']);
    expect((await ok(handle.db, null, ITEM, { id: onDeclared.id })).rectification.brand).toBeNull();
    expect((await ok(handle.db, world.unit.viewer, ITEM, { id: onDeclared.id })).rectification.brand).toEqual({
      id: declared.id,
    });
  });
});

describe('filters', () => {
  it('computes overdue against the day it is asked, in the list and in the filter', async () => {
    const world = await makeWorld(handle.db);
    const mk = (problem: string, deadline: string, status: 'OPEN' | 'DONE' | 'VERIFIED') =>
      makeRectification(handle.db, world.village.id, { problem, deadline, status });
    await mk('due', '2025-03-01', 'OPEN');
    await mk('done-late', '2025-02-01', 'DONE');
    await mk('verified-late', '2025-01-01', 'VERIFIED');
    const f = { unitId: world.village.id };
    const onDeadline = await list(world.leader.viewer, f, '2025-03-01');
    expect(onDeadline.nodes.map((n) => [n.problem, n.overdue])).toEqual([
      ['verified-late', false],
      ['done-late', true],
      ['due', false],
    ]);
    const after = await list(world.leader.viewer, f, '2025-03-02');
    expect(after.nodes.find((n) => n.problem === 'due')!.overdue).toBe(true);
    expect(problems(await list(world.leader.viewer, { ...f, overdue: true }, '2025-03-01'))).toEqual(['done-late']);
    expect(problems(await list(world.leader.viewer, { ...f, overdue: true }, '2025-03-02'))).toEqual([
      'done-late',
      'due',
    ]);
    expect(problems(await list(world.leader.viewer, { ...f, overdue: false }, '2025-03-02'))).toEqual([
      'verified-late',
    ]);
  });

  it('filters by status, publicOnly, exact unit, town subtree and brand', async () => {
    const w = await board();
    const brand = await makeBrand(handle.db, w.village2, 'BUILDING');
    await makeRectification(handle.db, w.village2.id, {
      brandId: brand.id,
      problem: 'E',
      status: 'DONE',
      deadline: '2025-07-01',
    });
    const leader = w.leader.viewer;
    expect(problems(await list(leader, { townId: w.town.id, status: ['DONE'] }))).toEqual(['E']);
    expect(problems(await list(leader, { townId: w.town.id, status: ['OPEN', 'DONE'] }))).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
    ]);
    expect(problems(await list(leader, { townId: w.town.id, publicOnly: true }))).toEqual(['B', 'C']);
    expect(problems(await list(leader, { unitId: w.village2.id }))).toEqual(['C', 'D', 'E']);
    expect(problems(await list(leader, { unitId: w.town.id }))).toEqual([]);
    expect(problems(await list(leader, { townId: w.county.id }))).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(problems(await list(leader, { townId: w.village.id }))).toEqual(['A', 'B']);
    expect(problems(await list(leader, { brandId: brand.id }))).toEqual(['E']);
    expect((await list(leader, { unitId: 'nonsense' })).totalCount).toBe(0);
  });
});

describe('pagination', () => {
  it('pages by deadline then id with a keyset cursor and a total count', async () => {
    const world = await makeWorld(handle.db);
    for (const [problem, deadline] of [
      ['3', '2025-03-01'],
      ['1', '2025-01-01'],
      ['2a', '2025-02-01'],
      ['2b', '2025-02-01'],
      ['4', '2025-04-01'],
    ]) {
      await makeRectification(handle.db, world.village.id, { problem, deadline });
    }
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const data = await ok(handle.db, world.unit.viewer, LIST, {
        filter: { unitId: world.village.id },
        first: 2,
        after,
      });
      const page = data.rectifications;
      expect(page.totalCount).toBe(5);
      seen.push(...problems(page));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen.slice(0, 1).concat(seen.slice(3))).toEqual(['1', '3', '4']);
    expect(seen.slice(1, 3).sort()).toEqual(['2a', '2b']);
  });

  it('refuses more than 100 per page and cursors it did not make', async () => {
    expect(codeOf(await gql(handle.db, null, LIST, { first: 101 }))).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(["2025-01-01'; drop", 'x'])).toString('base64url');
    expect(codeOf(await gql(handle.db, null, LIST, { after: forged }))).toBe('BAD_USER_INPUT');
  });
});

describe('figures for brand health and the dashboard', () => {
  it('counts open and overdue items per brand in one query, and the loader answers null for a brand with none', async () => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village, 'BUILDING');
    const clean = await makeBrand(handle.db, world.village, 'BUILDING');
    const mk = (deadline: string, status: 'OPEN' | 'DONE' | 'VERIFIED') =>
      makeRectification(handle.db, world.village.id, { brandId: brand.id, deadline, status });
    await mk('2025-01-01', 'OPEN');
    await mk('2025-12-31', 'DONE');
    await mk('2025-01-01', 'VERIFIED');
    expect(await rectificationStatsByBrand(handle.db, [brand.id, clean.id], '2025-06-01')).toEqual([
      { brandId: brand.id, open: 2, overdue: 1 },
    ]);
    const ctx = testContext(handle.db, null, { today: '2026-01-02' });
    expect(await ctx.loaders.rectificationStats.loadMany([brand.id, clean.id])).toEqual([
      { open: 2, overdue: 2 },
      null,
    ]);
  });
});
