import { eq } from 'drizzle-orm';
import {
  brands,
  searchTokens,
  type BrandCategory,
  type BrandStage,
  type DatabaseHandle,
  type Level,
} from '@flagship/drizzle';
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

type Unit = Parameters<typeof makeBrand>[1];
interface BrandSpec {
  stage?: BrandStage;
  name?: string;
  slogan?: string;
  summary?: string;
  category?: BrandCategory;
  level?: Level;
}

/** A brand of `unit` with the given fields. */
async function brand(unit: Unit, spec: BrandSpec = {}) {
  const row = await makeBrand(handle.db, unit, spec.stage ?? 'BUILDING');
  const { stage: _stage, ...fields } = spec;
  const next = { ...row, ...fields };
  const search = { searchTitle: searchTokens(next.name), searchBody: searchTokens(next.slogan, next.summary) };
  await handle.db
    .update(brands)
    .set({ ...fields, ...search })
    .where(eq(brands.id, row.id));
  return row.id;
}

const LIST = `query($filter: BrandFilter, $first: Int, $after: String) {
  brands(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id name createdAt }
  } }`;

async function list(filter: Record<string, unknown>, extra: Record<string, unknown> = {}, viewer?: unknown) {
  const who = viewer === undefined ? (await makeWorld(handle.db)).leader.viewer : (viewer as null);
  const result = await gql(handle.db, who, LIST, { filter, first: 100, ...extra });
  expect(result.errors).toBeUndefined();
  const page = result.data?.brands;
  return { ...page, ids: (page.nodes as { id: string }[]).map((n) => n.id) };
}

describe('brands: search and filters', () => {
  it('finds brands by a part of the name, slogan or summary, ignoring case and surrounding spaces', async () => {
    const unit = await makeUnit(handle.db);
    const tag = unique('Qz');
    const byName = await brand(unit, { name: `党旗${tag}引航` });
    const bySlogan = await brand(unit, { slogan: `${tag.toLowerCase()}先锋` });
    const bySummary = await brand(unit, { summary: `以${tag}为抓手` });
    await brand(unit, { name: `党旗引航${unique('x')}` });
    const found = await list({ search: `  ${tag.toUpperCase()} ` });
    expect(found.ids.sort()).toEqual([byName, bySlogan, bySummary].sort());
    expect(found.totalCount).toBe(3);
    expect((await list({ search: `旗${tag}引` })).ids).toEqual([byName]);
  });

  it('treats % and _ in the search as punctuation, not wildcards', async () => {
    const unit = await makeUnit(handle.db);
    const tag = unique('P');
    const literal = await brand(unit, { name: `${tag}满意率100%` });
    await brand(unit, { name: `${tag}满意度2000` });
    expect((await list({ search: `${tag}满意率100%` })).ids).toEqual([literal]);
    expect((await list({ search: `${tag}满意率_00` })).ids).toEqual([]);
  });

  it('filters by stage, level, category and unit, each a list of allowed values', async () => {
    const unit = await makeUnit(handle.db);
    const a = await brand(unit, { stage: 'BUILDING', category: 'SERVICE' });
    const b = await brand(unit, { stage: 'NAMED', category: 'WORK_METHOD', level: 'COUNTY' });
    const c = await brand(unit, { stage: 'PROMOTED', category: 'PROGRAM', level: 'PROVINCE' });
    const elsewhere = await brand(await makeUnit(handle.db), { stage: 'NAMED', level: 'COUNTY' });
    const sorted = (ids: string[]) => [...ids].sort();
    expect(sorted((await list({ unitId: unit.id })).ids)).toEqual(sorted([a, b, c]));
    expect(sorted((await list({ unitId: unit.id, stage: ['NAMED', 'PROMOTED'] })).ids)).toEqual(sorted([b, c]));
    expect((await list({ unitId: unit.id, stage: ['BUILDING'] })).ids).toEqual([a]);
    expect((await list({ unitId: unit.id, level: ['PROVINCE', 'NATIONAL'] })).ids).toEqual([c]);
    expect(sorted((await list({ unitId: unit.id, category: ['SERVICE', 'WORK_METHOD'] })).ids)).toEqual(sorted([a, b]));
    const countyAnywhere = await list({ level: ['COUNTY'] });
    expect(countyAnywhere.ids).toEqual(expect.arrayContaining([b, elsewhere]));
    expect(countyAnywhere.ids).not.toContain(c);
  });

  it('treats a unitId that is not an id as naming nothing', async () => {
    const page = await list({ unitId: 'not-an-id' });
    expect(page.ids).toEqual([]);
    expect(page.totalCount).toBe(0);
  });
});

describe('brands: pagination', () => {
  it('pages newest first with `after`, without gaps or duplicates', async () => {
    const world = await makeWorld(handle.db);
    const unit = await makeUnit(handle.db);
    for (let i = 0; i < 5; i += 1) {
      await brand(unit);
    }
    const all = await list({ unitId: unit.id }, {}, world.leader.viewer);
    const times = (all.nodes as { createdAt: string }[]).map((n) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    const seen: string[] = [];
    let after: string | null = null;
    for (const expectNext of [true, true, false]) {
      const page = await list({ unitId: unit.id }, { first: 2, after }, world.leader.viewer);
      expect(page.totalCount).toBe(5);
      expect(page.pageInfo.hasNextPage).toBe(expectNext);
      seen.push(...page.ids);
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.ids);
    expect(new Set(seen).size).toBe(5);
  });

  it('refuses first above 100 and cursors it did not make as BAD_USER_INPUT', async () => {
    const world = await makeWorld(handle.db);
    const viewer = world.leader.viewer;
    expect(codeOf(await gql(handle.db, viewer, LIST, { first: 101 }))).toBe('BAD_USER_INPUT');
    const cursors = ['garbage', encodeCursor(['x']), encodeCursor(['not a time', 'not an id']), encodeCursor([1, 2])];
    for (const after of cursors) {
      const result = await gql(handle.db, viewer, LIST, { after });
      expect(codeOf(result), after).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields).toHaveProperty('after');
    }
  });
});

describe('sorting by level', () => {
  it('lists the highest level first, then newest, page by page without gaps', async () => {
    const w = await makeWorld(handle.db);
    const levels = ['COUNTY', null, 'NATIONAL', 'CITY', 'PROVINCE', 'CITY'] as const;
    for (const level of levels) {
      const b = await makeBrand(handle.db, w.village, 'NAMED');
      await handle.db.update(brands).set({ level }).where(eq(brands.id, b.id));
    }
    const query = `query($u: ID, $a: String) { brands(filter: { unitId: $u }, sort: LEVEL, first: 4, after: $a) {
      pageInfo { hasNextPage endCursor } nodes { level } } }`;
    const first = await gql(handle.db, null, query, { u: w.village.id });
    const next = await gql(handle.db, null, query, { u: w.village.id, a: first.data!.brands.pageInfo.endCursor });
    const seen = [...first.data!.brands.nodes, ...next.data!.brands.nodes].map(
      (n: { level: string | null }) => n.level,
    );
    expect(seen).toEqual(['NATIONAL', 'PROVINCE', 'CITY', 'CITY', 'COUNTY', null]);
    expect(next.data!.brands.pageInfo.hasNextPage).toBe(false);
    const wrong = await gql(handle.db, null, query.replace('sort: LEVEL', 'sort: NEWEST'), {
      u: w.village.id,
      a: first.data!.brands.pageInfo.endCursor,
    });
    expect(wrong.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
