import type { DatabaseHandle } from '@flagship/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, makeWorld, openTestDatabase } from '../../testing';
import { insertCase, LIST_CASES, listCases } from './case-search-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

/** A county whose village has a case in every status, and whose second village has one draft. */
async function county() {
  const world = await makeWorld(handle.db);
  const db = handle.db;
  const cases = {
    published: await insertCase(db, world.village, { status: 'PUBLISHED', title: '已发布的党旗引航案例' }),
    draft: await insertCase(db, world.village, { status: 'DRAFT', title: '草稿党旗引航案例' }),
    submitted: await insertCase(db, world.village, { status: 'SUBMITTED', title: '待审党旗引航案例' }),
    returned: await insertCase(db, world.village, { status: 'RETURNED', title: '退回党旗引航案例' }),
    otherDraft: await insertCase(db, world.village2, { status: 'DRAFT', title: '邻村草稿党旗引航案例' }),
    otherPublished: await insertCase(db, world.village2, { status: 'PUBLISHED', title: '邻村已发布党旗引航案例' }),
  };
  return { world, cases };
}

const sorted = (ids: string[]) => [...ids].sort();

describe('modelCases: who sees what', () => {
  it('shows anonymous clients only published cases, with or without a search', async () => {
    const { world, cases } = await county();
    const expected = sorted([cases.published.id, cases.otherPublished.id]);
    for (const search of [null, '党旗引航', '草稿']) {
      const page = await listCases(handle.db, null, { unitId: world.county.id, search });
      expect(sorted(page.ids), String(search)).toEqual(search === '草稿' ? [] : expected);
      expect(page.totalCount).toBe(search === '草稿' ? 0 : 2);
    }
  });

  it('shows a unit all of its own cases but only the published cases of another unit', async () => {
    const { world, cases } = await county();
    const mine = [cases.published, cases.draft, cases.submitted, cases.returned].map((c) => c.id);
    const asUnit = await listCases(handle.db, world.unit.viewer, { unitId: world.county.id });
    expect(sorted(asUnit.ids)).toEqual(sorted([...mine, cases.otherPublished.id]));
    const asUnit2 = await listCases(handle.db, world.unit2.viewer, { unitId: world.county.id });
    expect(sorted(asUnit2.ids)).toEqual(sorted([cases.published.id, cases.otherDraft.id, cases.otherPublished.id]));
    const searched = await listCases(handle.db, world.unit2.viewer, { unitId: world.village.id, search: '退回' });
    expect(searched.ids).toEqual([]);
  });

  it('shows leaders, inspectors and admins every case', async () => {
    const { world, cases } = await county();
    for (const who of [world.leader, world.inspector, world.admin]) {
      const page = await listCases(handle.db, who.viewer, { unitId: world.county.id });
      expect(sorted(page.ids)).toEqual(sorted(Object.values(cases).map((c) => c.id)));
    }
  });

  it('lets the status filter build a review queue, but never beyond what the viewer may see', async () => {
    const { world, cases } = await county();
    const queue = await listCases(handle.db, world.leader.viewer, { unitId: world.county.id, status: ['SUBMITTED'] });
    expect(queue.ids).toEqual([cases.submitted.id]);
    const drafts = { unitId: world.county.id, status: ['DRAFT', 'RETURNED'] };
    expect((await listCases(handle.db, null, drafts)).ids).toEqual([]);
    expect(sorted((await listCases(handle.db, world.unit2.viewer, drafts)).ids)).toEqual([cases.otherDraft.id]);
    expect(sorted((await listCases(handle.db, world.unit.viewer, drafts)).ids)).toEqual(
      sorted([cases.draft.id, cases.returned.id]),
    );
  });

  it('keeps hidden cases out of facet counts as well', async () => {
    const { world } = await county();
    const facets = await gql(
      handle.db,
      null,
      `query($f: ModelCaseFilter) { modelCaseFacets(filter: $f) { year { value count } } }`,
      { f: { unitId: world.county.id } },
    );
    expect(facets.data?.modelCaseFacets.year).toEqual([{ value: '2024', count: 2 }]);
  });
});

describe('modelCases: refusals', () => {
  it('refuses first above 100 and a search over 50 characters as BAD_USER_INPUT, changing nothing', async () => {
    expect(codeOf(await gql(handle.db, null, LIST_CASES, { first: 101 }))).toBe('BAD_USER_INPUT');
    const long = await gql(handle.db, null, LIST_CASES, { filter: { search: '党'.repeat(51) } });
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0].extensions.fields).toHaveProperty('search');
    const padded = await gql(handle.db, null, LIST_CASES, { filter: { search: `  ${'党'.repeat(50)}  ` } });
    expect(padded.errors).toBeUndefined();
  });

  it('treats a unitId that names no unit as matching nothing', async () => {
    for (const unitId of ['not-an-id', '00000000-0000-4000-8000-000000000000']) {
      const page = await listCases(handle.db, null, { unitId });
      expect(page.ids).toEqual([]);
      expect(page.totalCount).toBe(0);
    }
  });
});
