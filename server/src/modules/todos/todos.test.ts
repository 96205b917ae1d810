import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  milestones,
  planReviews,
  plans,
  rectifications,
  spotCheckDrawItems,
  spotCheckDraws,
  type DatabaseHandle,
} from '@flagship/drizzle';
import { codeOf, gql, makeBrand, makeWorld, openTestDatabase } from '../../testing';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(async () => h.close());

const TODOS = `{ myTodos { kind targetId brandId title detail due overdue } }`;
const TODAY = '2026-11-26';

async function plan(brandId: string, status: 'RETURNED' | 'SUBMITTED' | 'APPROVED') {
  const [row] = await h.db
    .insert(plans)
    .values({
      brandId,
      status,
      revision: 1,
      goals: 'g',
      measures: 'm',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      responsiblePerson: { name: '王' },
    })
    .returning();
  return row;
}

it('lists what waits for each role, the most urgent first', async () => {
  const w = await makeWorld(h.db);
  const returned = await makeBrand(h.db, w.village, 'CULTIVATING');
  const building = await makeBrand(h.db, w.village, 'BUILDING');
  const p1 = await plan(returned.id, 'RETURNED');
  await h.db.insert(planReviews).values({ planId: p1.id, revision: 1, decision: 'RETURN', comment: '请量化目标' });
  const p2 = await plan(building.id, 'APPROVED');
  await h.db.insert(milestones).values([
    { planId: p2.id, brandId: building.id, title: '逾期节点', dueDate: '2026-10-01', weight: 50, position: 0 },
    { planId: p2.id, brandId: building.id, title: '未到期节点', dueDate: '2026-12-20', weight: 50, position: 1 },
  ]);
  const person = { name: '王书记' };
  await h.db.insert(rectifications).values([
    {
      unitId: w.village.id,
      brandId: building.id,
      problem: '墙牌不规范',
      measure: '更换',
      deadline: '2026-11-30',
      responsiblePerson: person,
    },
    {
      unitId: w.village.id,
      problem: '已整改',
      measure: '补齐',
      deadline: '2026-11-01',
      responsiblePerson: person,
      status: 'DONE',
    },
  ]);
  const other = await makeBrand(h.db, w.village2, 'CULTIVATING');
  await plan(other.id, 'SUBMITTED');

  const unit = (await gql(h.db, w.unit.viewer, TODOS, {}, { today: TODAY })).data!.myTodos;
  expect(unit.map((t: any) => t.kind)).toEqual(['OVERDUE_MILESTONE', 'OPEN_RECTIFICATION', 'RETURNED_PLAN']);
  expect(unit[0]).toMatchObject({ title: '逾期节点', due: '2026-10-01', overdue: true, brandId: building.id });
  expect(unit[1]).toMatchObject({ title: '墙牌不规范', overdue: false });
  expect(unit[2]).toMatchObject({ targetId: p1.id, detail: '请量化目标' });

  const leader = (await gql(h.db, w.leader.viewer, TODOS, {}, { today: TODAY })).data!.myTodos;
  expect(leader.filter((t: any) => t.brandId === other.id).map((t: any) => t.kind)).toEqual(['PLAN_TO_REVIEW']);
  // Who submitted it and which submission, as the review queue says it.
  expect(leader.find((t: any) => t.brandId === other.id).detail).toBe(`${w.village2.name} · 第 1 次提交`);

  const inspector = (await gql(h.db, w.inspector.viewer, TODOS, {}, { today: TODAY })).data!.myTodos;
  expect(inspector.some((t: any) => t.kind === 'RECTIFICATION_TO_VERIFY' && t.title === '已整改')).toBe(true);

  expect((await gql(h.db, w.unit2.viewer, TODOS, {}, { today: TODAY })).data!.myTodos).toEqual([]);
  expect(codeOf(await gql(h.db, null, TODOS))).toBe('UNAUTHENTICATED');
});

it('says which unit a pending spot check is for and why it weighed what it did', async () => {
  const w = await makeWorld(h.db);
  const brand = await makeBrand(h.db, w.village, 'BUILDING');
  const [draw] = await h.db
    .insert(spotCheckDraws)
    .values({ seed: 7, count: 1, rule: '规则', candidates: 1, drawnBy: w.inspector.viewer.id })
    .returning();
  await h.db.insert(spotCheckDrawItems).values({
    drawId: draw.id,
    brandId: brand.id,
    unitId: w.village.id,
    weight: 2,
    reasons: ['基础权重 1', '所属单位为一般等次 +1'],
    position: 0,
  });
  const inspector = (await gql(h.db, w.inspector.viewer, TODOS, {}, { today: TODAY })).data!.myTodos;
  const pending = inspector.filter((t: any) => t.kind === 'PENDING_SPOT_CHECK' && t.brandId === brand.id);
  expect(pending).toHaveLength(1);
  expect(pending[0].detail).toBe(`${w.village.name} · 抽签权重 2（基础权重 1；所属单位为一般等次 +1）`);
});

it('asks the unit to write the plan of a brand it declared and has no plan yet, but not of a withdrawn one', async () => {
  const w = await makeWorld(h.db);
  const declared = await makeBrand(h.db, w.village, 'DECLARED');
  const withdrawn = await makeBrand(h.db, w.village, 'WITHDRAWN');
  const planned = await makeBrand(h.db, w.village, 'CULTIVATING');
  await plan(planned.id, 'SUBMITTED');
  await makeBrand(h.db, w.village2, 'DECLARED');

  const unit = (await gql(h.db, w.unit.viewer, TODOS, {}, { today: TODAY })).data!.myTodos;
  const drafts = unit.filter((t: any) => t.kind === 'DRAFT_PLAN');
  expect(drafts).toEqual([
    {
      kind: 'DRAFT_PLAN',
      targetId: declared.id,
      brandId: declared.id,
      title: declared.name,
      detail: '已申报，还没有编写创建方案',
      due: null,
      overdue: false,
    },
  ]);
  expect(unit.some((t: any) => t.brandId === withdrawn.id || t.brandId === planned.id)).toBe(false);
});
