import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@flagship/drizzle';
import { gql, makeBrand, makeUnit, makeWorld, openTestDatabase } from '../../testing';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(async () => h.close());

const LIST = `query($filter: BrandFilter) { brands(filter: $filter, first: 100) { totalCount nodes { id } } }`;

async function ids(filter: Record<string, unknown>): Promise<{ ids: string[]; total: number }> {
  const r = await gql<{ brands: { totalCount: number; nodes: { id: string }[] } }>(h.db, null, LIST, { filter });
  expect(r.errors).toBeUndefined();
  return { ids: r.data!.brands.nodes.map((n) => n.id).sort(), total: r.data!.brands.totalCount };
}

describe('brands: filter by town', () => {
  it("finds the brands of the town and of every unit below it, and nothing of another town's", async () => {
    const w = await makeWorld(h.db);
    const branch = await makeUnit(h.db, { parent: w.village, kind: 'ENTERPRISE' });
    const other = await makeUnit(h.db, { parent: w.county, kind: 'TOWN_COMMITTEE' });
    const own = await makeBrand(h.db, w.town, 'NAMED');
    const village = await makeBrand(h.db, w.village, 'BUILDING');
    const deep = await makeBrand(h.db, branch, 'PROMOTED');
    await makeBrand(h.db, w.village2, 'DECLARED'); // not shown to the public
    await makeBrand(h.db, other, 'NAMED');
    await makeBrand(h.db, w.county, 'NAMED');

    const found = await ids({ townId: w.town.id });
    expect(found.ids).toEqual([own.id, village.id, deep.id].sort());
    expect(found.total).toBe(3);
    expect((await ids({ townId: w.town.id, stage: ['BUILDING'] })).ids).toEqual([village.id]);
    expect((await ids({ townId: w.village.id })).ids).toEqual([village.id, deep.id].sort());
  });

  it('finds nothing for an unknown town or an id that is not one', async () => {
    const w = await makeWorld(h.db);
    await makeBrand(h.db, w.village, 'NAMED');
    expect(await ids({ townId: 'nope' })).toEqual({ ids: [], total: 0 });
    expect(await ids({ townId: '00000000-0000-4000-8000-000000000000' })).toEqual({ ids: [], total: 0 });
  });
});
