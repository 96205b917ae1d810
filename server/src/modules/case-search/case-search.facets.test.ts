import type { DatabaseHandle } from '@flagship/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUnit, makeWorld, openTestDatabase, unique } from '../../testing';
import { brandIn, facetsOf, insertCase, listCases, type CaseSpec, type Facets } from './case-search-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

/**
 * A county with two towns and a case at the county itself; every case carries a unique marker word in its
 * summary, so a search for it keeps other tests' cases out (the town facet leaves the unit filter out).
 */
async function county() {
  const db = handle.db;
  const marker = unique('mk');
  const county = await makeUnit(db, { kind: 'COUNTY_COMMITTEE' });
  const town = await makeUnit(db, { parent: county, kind: 'TOWN_COMMITTEE', name: unique('青山镇') });
  const village = await makeUnit(db, { parent: town });
  const town2 = await makeUnit(db, { parent: county, kind: 'TOWN_COMMITTEE', name: unique('绿水镇') });
  const village2 = await makeUnit(db, { parent: town2 });
  const service = await brandIn(db, village, 'SERVICE');
  const program = await brandIn(db, village2, 'PROGRAM');
  const add = (unit: { id: string }, spec: CaseSpec) => insertCase(db, unit, { ...spec, summary: `摘要 ${marker}` });
  await add(village, { level: 'PROVINCE', year: 2024, brandId: service, tags: ['网格治理', '乡村振兴'] });
  await add(village, { level: 'PROVINCE', year: 2023, brandId: service, tags: ['网格治理'] });
  await add(village, { level: 'COUNTY', year: 2024, brandId: null, tags: ['乡村振兴'] });
  await add(village2, { level: 'CITY', year: 2024, brandId: program, tags: ['网格治理'] });
  await add(town2, { level: null, year: 2022, brandId: program, tags: [] });
  await add(county, { level: 'NATIONAL', year: 2024, brandId: service, tags: ['红色物业'] });
  await add(village2, { status: 'DRAFT', level: 'NATIONAL', year: 2021, brandId: program, tags: ['草稿标签'] });
  return { marker, county, town, town2, village };
}

/** The list filter that selects one facet value. */
function selecting(dimension: keyof Facets, value: string): Record<string, unknown> {
  switch (dimension) {
    case 'level':
      return { level: [value] };
    case 'category':
      return { category: [value] };
    case 'year':
      return { year: Number(value) };
    case 'tag':
      return { tag: value };
    case 'town':
      return { unitId: value };
  }
}

const counts = (list: { value: string; count: number }[]) => list.map((f) => `${f.value}:${f.count}`);

describe('modelCaseFacets', () => {
  it('counts published cases by level, category, year, tag and town, with Chinese labels', async () => {
    const c = await county();
    const facets = await facetsOf(handle.db, null, { search: c.marker });
    expect(counts(facets.level)).toEqual(['NATIONAL:1', 'PROVINCE:2', 'CITY:1', 'COUNTY:1']);
    expect(facets.level.map((f) => f.label)).toEqual(['全国', '省级', '市级', '县级']);
    expect(facets.category).toEqual([
      { value: 'SERVICE', label: '服务', count: 3 },
      { value: 'PROGRAM', label: '工程', count: 2 },
    ]);
    expect(facets.year).toEqual([
      { value: '2024', label: '2024年', count: 4 },
      { value: '2023', label: '2023年', count: 1 },
      { value: '2022', label: '2022年', count: 1 },
    ]);
    expect(counts(facets.tag)).toEqual(['网格治理:3', '乡村振兴:2', '红色物业:1']);
    expect(facets.tag[0].label).toBe('网格治理');
    expect(facets.town).toEqual([
      { value: c.town.id, label: c.town.name, count: 3 },
      { value: c.town2.id, label: c.town2.name, count: 2 },
    ]);
  });

  it('leaves each facet’s own filter out, so the other choices of that facet still show', async () => {
    const c = await county();
    const facets = await facetsOf(handle.db, null, { search: c.marker, level: ['PROVINCE'], unitId: c.town.id });
    expect(counts(facets.level)).toEqual(['PROVINCE:2', 'COUNTY:1']);
    expect(counts(facets.year)).toEqual(['2024:1', '2023:1']);
    expect(counts(facets.town)).toEqual([`${c.town.id}:2`]);
    const byTag = await facetsOf(handle.db, null, { search: c.marker, tag: '乡村振兴' });
    expect(counts(byTag.tag)).toEqual(['网格治理:3', '乡村振兴:2', '红色物业:1']);
    expect(counts(byTag.level)).toEqual(['PROVINCE:1', 'COUNTY:1']);
  });

  it('gives, for every value, the count the list shows when that value is chosen', async () => {
    const c = await county();
    const base = { search: c.marker, year: 2024 };
    const facets = await facetsOf(handle.db, null, base);
    for (const dimension of ['level', 'category', 'tag', 'town'] as const) {
      expect(facets[dimension].length, dimension).toBeGreaterThan(0);
      for (const f of facets[dimension]) {
        const page = await listCases(handle.db, null, { ...base, ...selecting(dimension, f.value) });
        expect(page.totalCount, `${dimension} ${f.value}`).toBe(f.count);
      }
    }
    for (const f of (await facetsOf(handle.db, null, { search: c.marker })).year) {
      const page = await listCases(handle.db, null, { search: c.marker, year: Number(f.value) });
      expect(page.totalCount, `year ${f.value}`).toBe(f.count);
    }
  });

  it('counts the drafts only for those who may see them', async () => {
    const c = await county();
    const world = await makeWorld(handle.db);
    const leaderFacets = await facetsOf(handle.db, world.leader.viewer, { search: c.marker });
    expect(counts(leaderFacets.year)).toContain('2021:1');
    expect(counts(leaderFacets.tag)).toContain('草稿标签:1');
    const publicFacets = await facetsOf(handle.db, world.unit.viewer, { search: c.marker });
    expect(counts(publicFacets.year)).not.toContain('2021:1');
  });

  it('lists the 30 most used tags, most used first, then by name', async () => {
    const db = handle.db;
    const marker = unique('tg');
    const unit = await makeUnit(db);
    const tags = Array.from({ length: 32 }, (_, i) => `标签${String(i).padStart(2, '0')}`);
    await insertCase(db, unit, { summary: marker, tags: tags.slice(0, 10) });
    await insertCase(db, unit, { summary: marker, tags: tags.slice(5) });
    const facet = (await facetsOf(db, null, { search: marker })).tag;
    expect(facet).toHaveLength(30);
    const twice = tags.slice(5, 10).map((t) => `${t}:2`);
    const once = [...tags.slice(0, 5), ...tags.slice(10)].map((t) => `${t}:1`);
    expect(counts(facet)).toEqual([...twice, ...once].slice(0, 30));
  });
});
