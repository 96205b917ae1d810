import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@flagship/drizzle';
import type { Viewer } from '../../core/context';
import { codeOf, gql, makeBrand, makeTemplate, makeUnit, makeWorld, openTestDatabase } from '../../testing';
import { finding, inspectionInput, ok, RECORD, LIST, TODAY } from './inspection-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const BRAND_INSPECTIONS = `query ($id: ID!, $first: Int, $after: String) { brand(id: $id) {
  inspections(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id date } } } }`;

/** A world with two brands (one per village) and inspections of each on several days. */
async function setup() {
  const { db } = handle;
  const world = await makeWorld(db);
  const brand = await makeBrand(db, world.village, 'BUILDING');
  const brand2 = await makeBrand(db, world.village2, 'NAMED');
  const { template, items } = await makeTemplate(db);
  const rec = async (viewer: Viewer, kind: string, unitId: string, brandId: string, date: string) =>
    (
      await ok(db, viewer, RECORD, {
        input: inspectionInput(items, { kind, unitId, brandId, templateId: template.id }, { date }),
      })
    ).recordInspection.id as string;
  const ids = {
    r1: await rec(world.inspector.viewer, 'REGULAR', world.village.id, brand.id, '2025-03-01'),
    s1: await rec(world.unit.viewer, 'SELF', world.village.id, brand.id, '2025-03-05'),
    p1: await rec(world.inspector.viewer, 'SPOT', world.village.id, brand.id, '2025-04-10'),
    r2: await rec(world.inspector.viewer, 'REGULAR', world.village2.id, brand2.id, '2025-04-01'),
  };
  return { ...world, brand, brand2, template, items, ids };
}

const list = (viewer: Viewer | null, variables: Record<string, unknown>) =>
  gql(handle.db, viewer, LIST, variables, { today: TODAY });

describe('inspections query', () => {
  it('is for logged-in users; a unit sees only its own unit, others see every unit', async () => {
    const { unit, unit2, leader, village, village2, ids } = await setup();
    expect(codeOf(await list(null, {}))).toBe('UNAUTHENTICATED');
    const mine = (await list(unit.viewer, { first: 100 })).data!.inspections;
    expect(mine.nodes.every((n: any) => n.unit.id === village.id)).toBe(true);
    expect(mine.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining([ids.r1, ids.s1, ids.p1]));
    expect(mine.nodes.map((n: any) => n.id)).not.toContain(ids.r2);
    const theirs = (await list(unit.viewer, { filter: { unitId: village2.id } })).data!.inspections;
    expect([theirs.totalCount, theirs.nodes]).toEqual([0, []]);
    expect((await list(unit2.viewer, { filter: { unitId: village2.id } })).data!.inspections.nodes).toEqual([
      expect.objectContaining({ id: ids.r2 }),
    ]);
    const all = (await list(leader.viewer, { first: 100 })).data!.inspections.nodes.map((n: any) => n.id);
    expect(all).toEqual(expect.arrayContaining(Object.values(ids)));
  });

  it('filters by kind, brand, unit and inclusive dates, newest first', async () => {
    const { inspector, brand, village, ids } = await setup();
    const nodes = async (filter: Record<string, unknown>) =>
      (await list(inspector.viewer, { filter })).data!.inspections.nodes.map((n: any) => n.id);
    expect(await nodes({ brandId: brand.id })).toEqual([ids.p1, ids.s1, ids.r1]);
    expect(await nodes({ brandId: brand.id, kind: ['REGULAR', 'SPOT'] })).toEqual([ids.p1, ids.r1]);
    expect(await nodes({ unitId: village.id, kind: ['SELF'] })).toEqual([ids.s1]);
    expect(await nodes({ brandId: brand.id, from: '2025-03-01', to: '2025-03-05' })).toEqual([ids.s1, ids.r1]);
    expect(await nodes({ brandId: brand.id, from: '2025-03-02' })).toEqual([ids.p1, ids.s1]);
    expect(await nodes({ brandId: 'not-an-id' })).toEqual([]);
    expect(await nodes({ townId: 'not-an-id' })).toEqual([]);
    expect(await nodes({ townId: '00000000-0000-4000-8000-000000000000' })).toEqual([]);
    expect(codeOf(await list(inspector.viewer, { filter: { from: '2025-05-01', to: '2025-04-01' } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('filters by a town: its own units and everything below them, nothing from a sibling town', async () => {
    const { inspector, unit, county, town, village, ids } = await setup();
    const otherTown = await makeUnit(handle.db, { parent: county, kind: 'TOWN_COMMITTEE' });
    const nodes = async (viewer: Viewer, filter: Record<string, unknown>) =>
      (await list(viewer, { filter, first: 100 })).data!.inspections.nodes.map((n: any) => n.id);
    expect(await nodes(inspector.viewer, { townId: town.id })).toEqual(
      expect.arrayContaining([ids.r1, ids.s1, ids.p1, ids.r2]),
    );
    expect(await nodes(inspector.viewer, { townId: village.id, kind: ['REGULAR', 'SPOT'] })).toEqual([ids.p1, ids.r1]);
    expect(await nodes(inspector.viewer, { townId: otherTown.id })).toEqual([]);
    // A unit stays limited to its own unit whatever town it names.
    const own = await nodes(unit.viewer, { townId: town.id });
    expect(own).toEqual(expect.arrayContaining([ids.r1, ids.s1, ids.p1]));
    expect(own).not.toContain(ids.r2);
  });

  it('pages with keyset cursors and refuses bad cursors and page sizes', async () => {
    const { inspector, brand, ids } = await setup();
    const page = async (after?: string) =>
      (await list(inspector.viewer, { filter: { brandId: brand.id }, first: 2, after })).data!.inspections;
    const one = await page();
    expect([one.totalCount, one.pageInfo.hasNextPage, one.nodes.map((n: any) => n.id)]).toEqual([
      3,
      true,
      [ids.p1, ids.s1],
    ]);
    const two = await page(one.pageInfo.endCursor);
    expect([two.pageInfo.hasNextPage, two.nodes.map((n: any) => n.id)]).toEqual([false, [ids.r1]]);
    expect(codeOf(await list(inspector.viewer, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await list(inspector.viewer, { first: 101 }))).toBe('BAD_USER_INPUT');
  });

  it('gives one inspection with the list’s visibility: null for another unit’s, a missing or a malformed id', async () => {
    const { unit, unit2, leader, inspector, admin, ids } = await setup();
    const ONE = `query ($id: ID!) { inspection(id: $id) { id kind unit { id } findings { id } } }`;
    const one = async (viewer: Viewer | null, id: string) => gql(handle.db, viewer, ONE, { id }, { today: TODAY });
    expect(codeOf(await one(null, ids.r1))).toBe('UNAUTHENTICATED');
    for (const viewer of [leader.viewer, inspector.viewer, admin.viewer]) {
      expect((await one(viewer, ids.r2)).data!.inspection).toMatchObject({ id: ids.r2, kind: 'REGULAR' });
    }
    expect((await one(unit.viewer, ids.s1)).data!.inspection).toMatchObject({ id: ids.s1, kind: 'SELF' });
    expect((await one(unit.viewer, ids.r2)).data).toEqual({ inspection: null });
    expect((await one(unit2.viewer, ids.r2)).data!.inspection).toMatchObject({ id: ids.r2 });
    const missing = await one(leader.viewer, '00000000-0000-4000-8000-000000000000');
    expect([missing.errors, missing.data]).toEqual([undefined, { inspection: null }]);
    expect((await one(leader.viewer, 'not-an-id')).data).toEqual({ inspection: null });
  });

  it('shows a brand’s inspections to its unit and readers of everything, nobody else', async () => {
    const { unit, unit2, leader, brand, ids } = await setup();
    const of = async (viewer: Viewer | null) =>
      (await gql(handle.db, viewer, BRAND_INSPECTIONS, { id: brand.id }, { today: TODAY })).data!.brand.inspections;
    expect((await of(unit.viewer)).nodes.map((n: any) => n.id)).toEqual([ids.p1, ids.s1, ids.r1]);
    expect((await of(leader.viewer)).totalCount).toBe(3);
    expect(await of(null)).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] });
    expect((await of(unit2.viewer)).nodes).toEqual([]);
  });

  it('keeps showing the titles and maxima of the version an inspection used after the template changes', async () => {
    const { db } = handle;
    const { admin, inspector, village, brand } = await setup();
    const created = await ok(
      db,
      admin.viewer,
      `mutation ($input: ChecklistTemplateInput!) { createChecklistTemplate(input: $input) { id items { id maxScore } } }`,
      { input: { name: '版本检查表', items: [{ title: '旧名称', maxScore: 10 }] } },
    );
    const t = created.createChecklistTemplate;
    const input = inspectionInput(t.items, {
      kind: 'REGULAR',
      unitId: village.id,
      brandId: brand.id,
      templateId: t.id,
    });
    const old = (await ok(db, inspector.viewer, RECORD, { input: { ...input, findings: [finding()] } }))
      .recordInspection;
    await ok(
      db,
      admin.viewer,
      `mutation ($id: ID!, $input: ChecklistTemplateInput!) { updateChecklistTemplate(id: $id, version: 1, input: $input) { id } }`,
      { id: t.id, input: { name: '版本检查表', items: [{ title: '新名称', maxScore: 40 }] } },
    );
    const stale = await gql(db, inspector.viewer, RECORD, { input }, { today: TODAY });
    expect(stale.errors?.[0].extensions.fields).toMatchObject({ 'items.0.itemId': expect.any(String) });
    const again = await ok(
      db,
      inspector.viewer,
      `query ($f: InspectionFilter) { inspections(filter: $f) { nodes {
      id score maxScore templateVersion items { item { title maxScore } score } } } }`,
      { f: { brandId: brand.id } },
    );
    const shown = again.inspections.nodes.find((n: any) => n.id === old.id);
    expect(shown).toMatchObject({
      score: 9,
      maxScore: 10,
      templateVersion: 1,
      items: [{ item: { title: '旧名称', maxScore: 10 }, score: 9 }],
    });
  });
});
