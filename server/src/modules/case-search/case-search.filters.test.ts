import type { DatabaseHandle } from '@flagship/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUnit, openTestDatabase } from '../../testing';
import { brandIn, insertCase, listCases } from './case-search-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const sorted = (ids: string[]) => [...ids].sort();

/** A county with two towns, their villages, and a case at the county itself. */
async function tree() {
  const db = handle.db;
  const county = await makeUnit(db, { kind: 'COUNTY_COMMITTEE' });
  const town = await makeUnit(db, { parent: county, kind: 'TOWN_COMMITTEE' });
  const village = await makeUnit(db, { parent: town });
  const town2 = await makeUnit(db, { parent: county, kind: 'TOWN_COMMITTEE' });
  const village2 = await makeUnit(db, { parent: town2 });
  return { county, town, village, town2, village2 };
}

describe('modelCases: filters', () => {
  it('filters by a unit and its whole subtree: a town shows its villages’ cases', async () => {
    const db = handle.db;
    const t = await tree();
    const atCounty = await insertCase(db, t.county);
    const atTown = await insertCase(db, t.town);
    const inVillage = await insertCase(db, t.village);
    const inVillage2 = await insertCase(db, t.village2);
    expect(sorted((await listCases(db, null, { unitId: t.town.id })).ids)).toEqual(sorted([atTown.id, inVillage.id]));
    expect((await listCases(db, null, { unitId: t.village.id })).ids).toEqual([inVillage.id]);
    expect((await listCases(db, null, { unitId: t.town2.id })).ids).toEqual([inVillage2.id]);
    const everything = await listCases(db, null, { unitId: t.county.id });
    expect(sorted(everything.ids)).toEqual(sorted([atCounty.id, atTown.id, inVillage.id, inVillage2.id]));
    expect(everything.totalCount).toBe(4);
  });

  it('filters by level, any of several', async () => {
    const db = handle.db;
    const t = await tree();
    const county = await insertCase(db, t.village, { level: 'COUNTY' });
    const province = await insertCase(db, t.village, { level: 'PROVINCE' });
    await insertCase(db, t.village, { level: null });
    expect((await listCases(db, null, { unitId: t.county.id, level: ['PROVINCE'] })).ids).toEqual([province.id]);
    const both = await listCases(db, null, { unitId: t.county.id, level: ['COUNTY', 'PROVINCE'] });
    expect(sorted(both.ids)).toEqual(sorted([county.id, province.id]));
  });

  it('filters by the category of the case’s brand; a case without a brand has no category', async () => {
    const db = handle.db;
    const t = await tree();
    const service = await insertCase(db, t.village, { brandId: await brandIn(db, t.village, 'SERVICE') });
    const program = await insertCase(db, t.village, { brandId: await brandIn(db, t.village, 'PROGRAM') });
    await insertCase(db, t.village, { brandId: null });
    expect((await listCases(db, null, { unitId: t.county.id, category: ['SERVICE'] })).ids).toEqual([service.id]);
    const either = await listCases(db, null, { unitId: t.county.id, category: ['SERVICE', 'PROGRAM'] });
    expect(sorted(either.ids)).toEqual(sorted([service.id, program.id]));
    expect((await listCases(db, null, { unitId: t.county.id, category: ['OTHER'] })).ids).toEqual([]);
  });

  it('filters by an exact tag, ignoring spaces around it', async () => {
    const db = handle.db;
    const t = await tree();
    const tagged = await insertCase(db, t.village, { tags: ['网格治理', '乡村振兴'] });
    await insertCase(db, t.village, { tags: ['网格治理服务'] });
    await insertCase(db, t.village, { tags: [] });
    expect((await listCases(db, null, { unitId: t.county.id, tag: ' 网格治理 ' })).ids).toEqual([tagged.id]);
    expect((await listCases(db, null, { unitId: t.county.id, tag: '网格' })).ids).toEqual([]);
  });

  it('filters by year and by featured', async () => {
    const db = handle.db;
    const t = await tree();
    const old = await insertCase(db, t.village, { year: 2022 });
    const featured = await insertCase(db, t.village, { year: 2024, featured: true });
    const plain = await insertCase(db, t.village, { year: 2024 });
    expect((await listCases(db, null, { unitId: t.county.id, year: 2022 })).ids).toEqual([old.id]);
    expect((await listCases(db, null, { unitId: t.county.id, featured: true })).ids).toEqual([featured.id]);
    const notFeatured = await listCases(db, null, { unitId: t.county.id, featured: false });
    expect(sorted(notFeatured.ids)).toEqual(sorted([old.id, plain.id]));
  });

  it('combines every filter with AND, and counts what it lists', async () => {
    const db = handle.db;
    const t = await tree();
    const brandId = await brandIn(db, t.village, 'WORK_METHOD');
    const spec = { brandId, level: 'CITY' as const, year: 2023, tags: ['红色物业'], title: '红色物业工作法' };
    const hit = await insertCase(db, t.village, spec);
    await insertCase(db, t.village2, spec);
    await insertCase(db, t.village, { ...spec, year: 2024 });
    await insertCase(db, t.village, { ...spec, level: 'COUNTY' });
    await insertCase(db, t.village, { ...spec, tags: [] });
    await insertCase(db, t.village, { ...spec, title: '红色物业办法' });
    const filter = {
      unitId: t.town.id,
      level: ['CITY'],
      category: ['WORK_METHOD'],
      year: 2023,
      tag: '红色物业',
      search: '工作法',
    };
    const page = await listCases(db, null, filter);
    expect(page.ids).toEqual([hit.id]);
    expect(page.totalCount).toBe(1);
  });
});
