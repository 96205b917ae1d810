import type { DatabaseHandle } from '@flagship/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, makeUnit, makeWorld, openTestDatabase } from '../../testing';
import { at, brandIn, insertCase } from './case-search-test-helpers';

/** Statements run since the last reset, to show that `similar` is batched. */
let statements: string[] = [];
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase({ logger: { logQuery: (query) => void statements.push(query) } });
});
afterAll(async () => {
  await handle?.close();
});

const SIMILAR = `query($filter: ModelCaseFilter, $n: Int) {
  modelCases(filter: $filter, first: 50) { nodes { id similar(first: $n) { id } } } }`;

/** Ids of the similar cases of each listed case, as `viewer`. */
async function similarOf(filter: Record<string, unknown>, n: number | undefined, viewer = null as never) {
  const result = await gql(handle.db, viewer, SIMILAR, { filter, n });
  expect(result.errors).toBeUndefined();
  const nodes = result.data!.modelCases.nodes as { id: string; similar: { id: string }[] }[];
  return new Map(nodes.map((n) => [n.id, n.similar.map((s) => s.id)]));
}

describe('ModelCase.similar', () => {
  it('ranks by shared tags, category, brand, level and title words; ties newest; never itself or unpublished', async () => {
    const db = handle.db;
    const unit = await makeUnit(db);
    const other = await makeUnit(db);
    const brand = await brandIn(db, unit, 'SERVICE');
    const sameCategory = await brandIn(db, other, 'SERVICE');
    const source = await insertCase(db, unit, {
      title: '党旗引航聚民心',
      brandId: brand,
      level: 'NATIONAL',
      tags: ['甲标签', '乙标签'],
    });
    const c1 = await insertCase(db, other, { tags: ['甲标签', '乙标签'], brandId: brand, level: 'NATIONAL' });
    const c2 = await insertCase(db, other, { tags: ['甲标签'], brandId: sameCategory, level: 'CITY' });
    const c3 = await insertCase(db, other, { brandId: brand });
    const c4 = await insertCase(db, other, { tags: ['乙标签'], publishedAt: at(1) });
    const c7 = await insertCase(db, other, { tags: ['乙标签'], publishedAt: at(2) });
    const c5 = await insertCase(db, other, { title: '党旗飘扬在村头' });
    await insertCase(db, other, { title: '毫不相干' });
    await insertCase(db, other, { status: 'DRAFT', tags: ['甲标签', '乙标签'], brandId: brand, level: 'NATIONAL' });
    await insertCase(db, other, { status: 'SUBMITTED', title: '党旗引航聚民心' });
    const filter = { unitId: unit.id };
    expect((await similarOf(filter, 10)).get(source.id)).toEqual([c1, c2, c3, c7, c4, c5].map((c) => c.id));
    expect((await similarOf(filter, undefined)).get(source.id)).toEqual([c1, c2, c3, c7, c4].map((c) => c.id));
    expect((await similarOf(filter, 2)).get(source.id)).toEqual([c1.id, c2.id]);
    expect((await similarOf(filter, 0)).get(source.id)).toEqual([]);
  });

  it('works for a draft its readers can see, and shows only published cases to anyone', async () => {
    const db = handle.db;
    const world = await makeWorld(db);
    const draft = await insertCase(db, world.village, { status: 'DRAFT', title: '丙一', tags: ['丙标签'] });
    const published = await insertCase(db, world.village2, { title: '丙二', tags: ['丙标签'] });
    await insertCase(db, world.village2, { status: 'RETURNED', title: '丙三', tags: ['丙标签'] });
    const asLeader = await similarOf({ unitId: world.village.id }, 5, world.leader.viewer as never);
    expect(asLeader.get(draft.id)).toEqual([published.id]);
    const asPublic = await similarOf({ unitId: world.village2.id }, 5);
    expect(asPublic.get(published.id)).toEqual([]);
  });

  it('refuses more than 20 or fewer than 0 as BAD_USER_INPUT', async () => {
    const unit = await makeUnit(handle.db);
    await insertCase(handle.db, unit);
    for (const n of [21, -1]) {
      const result = await gql(handle.db, null, SIMILAR, { filter: { unitId: unit.id }, n });
      expect(codeOf(result), String(n)).toBe('BAD_USER_INPUT');
    }
  });

  it('answers a whole list in one statement per page size, not one per case', async () => {
    const db = handle.db;
    const unit = await makeUnit(db);
    for (let i = 0; i < 6; i += 1) {
      await insertCase(db, unit, { tags: ['丁标签', `戊${i}`] });
    }
    statements = [];
    const similar = await similarOf({ unitId: unit.id }, 3);
    expect(similar.size).toBe(6);
    for (const ids of similar.values()) {
      expect(ids).toHaveLength(3);
    }
    expect(statements.filter((q) => q.includes('cross join lateral'))).toHaveLength(1);
    statements = [];
    const twoSizes = await gql(
      db,
      null,
      `query($f: ModelCaseFilter) { modelCases(filter: $f) { nodes { a: similar(first: 1) { id } b: similar { id } } } }`,
      { f: { unitId: unit.id } },
    );
    expect(twoSizes.errors).toBeUndefined();
    expect(statements.filter((q) => q.includes('cross join lateral'))).toHaveLength(2);
  });
});
