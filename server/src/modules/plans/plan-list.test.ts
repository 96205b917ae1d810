import { afterAll, beforeAll, expect, it } from 'vitest';
import { plans, type DatabaseHandle } from '@flagship/drizzle';
import { codeOf, gql, makeBrand, makeWorld, openTestDatabase } from '../../testing';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(async () => h.close());

const LIST = `query($f: PlanFilter, $a: String) { plans(filter: $f, first: 1, after: $a) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id status brand { id } } } }`;

async function plan(brandId: string, status: 'SUBMITTED' | 'DRAFT') {
  await h.db.insert(plans).values({
    brandId,
    status,
    goals: '目标',
    measures: '措施',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    responsiblePerson: { name: '王' },
  });
}

it('gives leaders a review queue of submitted plans, page by page, and units only their own', async () => {
  const w = await makeWorld(h.db);
  const a = await makeBrand(h.db, w.village);
  const b = await makeBrand(h.db, w.village2);
  const c = await makeBrand(h.db, w.village);
  await plan(a.id, 'SUBMITTED');
  await plan(b.id, 'SUBMITTED');
  await plan(c.id, 'DRAFT');

  const first = await gql(h.db, w.leader.viewer, LIST, { f: { status: ['SUBMITTED'], unitId: w.village.id } });
  expect(first.data!.plans.totalCount).toBe(1);
  expect(first.data!.plans.nodes[0].brand.id).toBe(a.id);

  const mine = await gql(h.db, w.unit2.viewer, LIST, { f: { unitId: w.village.id } });
  expect(mine.data!.plans.totalCount).toBe(1);
  expect(mine.data!.plans.nodes[0].brand.id).toBe(b.id);

  const all = await gql(h.db, w.unit.viewer, LIST, {});
  const next = await gql(h.db, w.unit.viewer, LIST, { a: all.data!.plans.pageInfo.endCursor });
  expect(all.data!.plans.totalCount).toBe(2);
  expect(next.data!.plans.nodes[0].id).not.toBe(all.data!.plans.nodes[0].id);
  expect(next.data!.plans.pageInfo.hasNextPage).toBe(false);

  expect(codeOf(await gql(h.db, null, LIST, {}))).toBe('UNAUTHENTICATED');
});
