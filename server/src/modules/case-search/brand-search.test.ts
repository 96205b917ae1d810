import { eq } from 'drizzle-orm';
import { brands, searchTokens, type BrandStage, type DatabaseHandle } from '@flagship/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../core/pagination';
import { codeOf, gql, makeBrand, makeUnit, makeWorld, openTestDatabase } from '../../testing';
import { at } from './case-search-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

type Unit = Parameters<typeof makeBrand>[1];

/** A brand of `unit` with these texts and creation time, its search columns written as the service writes them. */
async function brand(unit: Unit, name: string, summary: string, opts: { stage?: BrandStage; minute?: number } = {}) {
  const row = await makeBrand(handle.db, unit, opts.stage ?? 'BUILDING');
  await handle.db
    .update(brands)
    .set({
      name,
      summary,
      createdAt: at(opts.minute ?? 0),
      searchTitle: searchTokens(name),
      searchBody: searchTokens(row.slogan, summary),
    })
    .where(eq(brands.id, row.id));
  return row.id;
}

const BRANDS = `query($filter: BrandFilter, $first: Int, $after: String) {
  brands(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id name highlight { name snippet } }
  } }`;

async function search(unitId: string, text: string, extra: Record<string, unknown> = {}) {
  const result = await gql(handle.db, null, BRANDS, { filter: { unitId, search: text }, first: 100, ...extra });
  expect(result.errors).toBeUndefined();
  const page = result.data!.brands;
  return { ...page, ids: (page.nodes as { id: string }[]).map((n) => n.id) };
}

describe('brands: full-text search', () => {
  it('finds 党旗引航 by 党旗, 党员服务先锋 by 服务先锋, and works with one character', async () => {
    const unit = await makeUnit(handle.db);
    const flag = await brand(unit, '“党旗引航”工程', '以党建引领乡村振兴');
    const vanguard = await brand(unit, '党员服务先锋', '党员带头服务群众');
    await brand(unit, '美丽工程', '整治人居环境');
    expect((await search(unit.id, '党旗')).ids).toEqual([flag]);
    expect((await search(unit.id, '服务先锋')).ids).toEqual([vanguard]);
    expect((await search(unit.id, '党')).ids.sort()).toEqual([flag, vanguard].sort());
    expect((await search(unit.id, '人居')).totalCount).toBe(1);
  });

  it('ranks name matches above summary matches, ties newest, and pages through them by keyset', async () => {
    const unit = await makeUnit(handle.db);
    const inSummary = await brand(unit, '美丽乡村', '党旗飘扬在村头', { minute: 9 });
    const named = [];
    for (const minute of [1, 4, 2, 3]) {
      named.push({ id: await brand(unit, `党旗${minute}号`, '简介', { minute }), minute });
    }
    const expected = [...named.sort((a, b) => b.minute - a.minute).map((b) => b.id), inSummary];
    expect((await search(unit.id, '党旗')).ids).toEqual(expected);
    for (const first of [1, 2, 3]) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page = await search(unit.id, '党旗', { first, after });
        expect(page.totalCount).toBe(5);
        seen.push(...page.ids);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(expected);
    }
  });

  it('refuses a cursor of the unsearched list, or a forged one, when searching', async () => {
    const world = await makeWorld(handle.db);
    const plain = await gql(handle.db, world.leader.viewer, BRANDS, { first: 1 });
    const after = plain.data!.brands.pageInfo.endCursor as string;
    const searching = await gql(handle.db, null, BRANDS, { filter: { search: '党旗' }, after });
    expect(codeOf(searching)).toBe('BAD_USER_INPUT');
    const forged = encodeCursor(['x', '2024-01-01T00:00:00.000Z', '00000000-0000-4000-8000-000000000000']);
    expect(codeOf(await gql(handle.db, null, BRANDS, { filter: { search: '党旗' }, after: forged }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('answers a search with nothing searchable with no brands, and keeps hidden brands hidden', async () => {
    const unit = await makeUnit(handle.db);
    await brand(unit, '党旗引航', '简介');
    await brand(unit, '党旗申报中', '简介', { stage: 'DECLARED' });
    const none = await search(unit.id, '！？');
    expect(none.ids).toEqual([]);
    expect(none.totalCount).toBe(0);
    expect((await search(unit.id, '党旗')).nodes.map((n: { name: string }) => n.name)).toEqual(['党旗引航']);
  });

  it('highlights the name and the summary, escaped, and only when searching', async () => {
    const unit = await makeUnit(handle.db);
    await brand(unit, '<b>党旗</b>引航', '在<i>党旗</i>下宣誓 & 服务');
    const [hit] = (await search(unit.id, '党旗')).nodes;
    expect(hit.highlight).toEqual({
      name: '&lt;b&gt;<mark>党旗</mark>&lt;/b&gt;引航',
      snippet: '在&lt;i&gt;<mark>党旗</mark>&lt;/i&gt;下宣誓 &amp; 服务',
    });
    const listed = await gql(handle.db, null, BRANDS, { filter: { unitId: unit.id } });
    expect(listed.data!.brands.nodes[0].highlight).toBeNull();
  });
});
