import type { DatabaseHandle } from '@flagship/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUnit, openTestDatabase } from '../../testing';
import { facetsOf, insertCase, listCases } from './case-search-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

/** The titles a search finds among the cases of one new unit. */
async function library(titles: string[]) {
  const unit = await makeUnit(handle.db);
  for (const title of titles) {
    await insertCase(handle.db, unit, { title });
  }
  return async (search: string) => (await listCases(handle.db, null, { unitId: unit.id, search })).titles.sort();
}

describe('modelCases: Chinese full-text search', () => {
  it('finds 党旗引航 by two characters, by four, and by one', async () => {
    const find = await library(['“党旗引航”工程', '党员服务先锋', '美丽工程', '旗帜鲜明讲政治']);
    expect(await find('党旗')).toEqual(['“党旗引航”工程']);
    expect(await find('党旗引航')).toEqual(['“党旗引航”工程']);
    expect(await find('  党旗  ')).toEqual(['“党旗引航”工程']);
    expect(await find('旗')).toEqual(['“党旗引航”工程', '旗帜鲜明讲政治'].sort());
    expect(await find('工程')).toEqual(['“党旗引航”工程', '美丽工程'].sort());
  });

  it('finds 党员服务先锋 by 服务先锋, and not by characters that are only scattered', async () => {
    const find = await library(['党员服务先锋', '服务群众争当先进', '先锋服务']);
    expect(await find('服务先锋')).toEqual(['党员服务先锋']);
    expect(await find('先锋')).toEqual(['党员服务先锋', '先锋服务'].sort());
    expect(await find('引航')).toEqual([]);
  });

  it('searches the summary, the sections (as text, not markup) and the tags too', async () => {
    const unit = await makeUnit(handle.db);
    const db = handle.db;
    const bySummary = await insertCase(db, unit, { summary: '推行网格化治理' });
    const bySection = await insertCase(db, unit, { practice: '<p>开展<strong>红色</strong>物业</p>' });
    const byTag = await insertCase(db, unit, { tags: ['乡村振兴'] });
    const find = async (search: string) => (await listCases(db, null, { unitId: unit.id, search })).ids;
    expect(await find('网格')).toEqual([bySummary.id]);
    expect(await find('红色物业')).toEqual([bySection.id]);
    expect(await find('strong')).toEqual([]);
    expect(await find('振兴')).toEqual([byTag.id]);
  });

  it('matches Latin words and numbers as case-insensitive prefixes', async () => {
    const find = await library(['E家园服务站', '2024年度案例']);
    expect(await find('e家')).toEqual(['E家园服务站']);
    expect(await find('202')).toEqual(['2024年度案例']);
  });

  it('answers a search with nothing searchable with no results, not an error; a blank one is no search', async () => {
    const unit = await makeUnit(handle.db);
    await insertCase(handle.db, unit, { title: '！？党旗', tags: ['标签'] });
    for (const search of ['！？…', '---', '《》']) {
      const page = await listCases(handle.db, null, { unitId: unit.id, search });
      expect(page.ids, search).toEqual([]);
      expect(page.totalCount).toBe(0);
    }
    const facets = await facetsOf(handle.db, null, { unitId: unit.id, search: '！？' });
    expect(Object.values(facets).every((list) => list.length === 0)).toBe(true);
    const blank = await listCases(handle.db, null, { unitId: unit.id, search: '　' });
    expect(blank.totalCount).toBe(1);
    expect(blank.nodes[0].highlight).toBeNull();
  });
});

describe('modelCases: highlights', () => {
  it('marks the match in the title and in a snippet of the body, and is null without a search', async () => {
    const unit = await makeUnit(handle.db);
    const summary = `${'甲'.repeat(60)}在党旗引领下开展工作${'乙'.repeat(60)}`;
    await insertCase(handle.db, unit, { title: '“党旗引航”工程', summary });
    const [hit] = (await listCases(handle.db, null, { unitId: unit.id, search: '党旗' })).nodes;
    expect(hit.highlight!.title).toBe('“<mark>党旗</mark>引航”工程');
    expect(hit.highlight!.snippet).toMatch(/^…甲+在<mark>党旗<\/mark>引领下开展工作乙+…$/);
    const [plain] = (await listCases(handle.db, null, { unitId: unit.id })).nodes;
    expect(plain.highlight).toBeNull();
  });

  it('shows <script> in a title and HTML in the body escaped, never as markup', async () => {
    const unit = await makeUnit(handle.db);
    await insertCase(handle.db, unit, {
      title: '<script>alert(1)</script>党旗<img src=x onerror=alert(2)>',
      summary: '',
      background: '<p>&lt;b onclick="x()"&gt;党旗&lt;/b&gt; &amp; 群众</p>',
    });
    const [hit] = (await listCases(handle.db, null, { unitId: unit.id, search: '党旗' })).nodes;
    expect(hit.highlight!.title).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;<mark>党旗</mark>&lt;img src=x onerror=alert(2)&gt;',
    );
    expect(hit.highlight!.snippet).toMatch(
      /^&lt;b onclick=&quot;x\(\)&quot;&gt;<mark>党旗<\/mark>&lt;\/b&gt; &amp; 群众 /,
    );
    const markup = [hit.highlight!.title, hit.highlight!.snippet].join('').replace(/<\/?mark>/g, '');
    expect(markup).not.toMatch(/[<>]/);
  });

  it('marks each bigram a four-character search matched when the words are apart', async () => {
    const unit = await makeUnit(handle.db);
    await insertCase(handle.db, unit, { title: '服务先锋', summary: '党员先锋岗服务群众' });
    const [hit] = (await listCases(handle.db, null, { unitId: unit.id, search: '服务先锋' })).nodes;
    expect(hit.highlight!.title).toBe('<mark>服务先锋</mark>');
    expect(hit.highlight!.snippet).toMatch(/^党员<mark>先锋<\/mark>岗<mark>服务<\/mark>群众 背景/);
  });
});
