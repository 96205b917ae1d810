import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@flagship/drizzle';
import type { Viewer } from '../../core/context';
import { codeOf, gql, makeBrand, makeWorld, openTestDatabase, type GqlResult } from '../../testing';
import {
  approvedPlan,
  BRAND_PLAN,
  createPlan,
  fieldsOf,
  ok,
  PLAN_BY_ID,
  planInput,
  recorded,
  REPORT_MILESTONE,
  REVIEW_PLAN,
  SAVE_PLAN,
  SUBMIT_PLAN,
} from './plan-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

async function setup(stage: 'DECLARED' | 'BUILDING' = 'BUILDING') {
  const world = await makeWorld(handle.db);
  const brand = await makeBrand(handle.db, world.village, stage);
  return { ...world, brand };
}

/**
 * Runs plan writes (all four unless `only` names some) as `viewer` on a brand with a SUBMITTED plan and one with
 * an APPROVED plan; checks that none wrote anything and returns each one's error code.
 */
async function attempts(
  viewer: Viewer | null,
  w: Awaited<ReturnType<typeof setup>>,
  only: ('save' | 'submit' | 'review' | 'report')[] = ['save', 'submit', 'review', 'report'],
) {
  const { db } = handle;
  const other = await makeBrand(db, w.village, 'BUILDING');
  const draft = await createPlan(db, w.unit.viewer, other.id);
  const submitted = (await ok(db, w.unit.viewer, SUBMIT_PLAN, { id: draft.id, version: draft.version })).submitPlan;
  const approved = await approvedPlan(db, w.unit.viewer, w.leader.viewer, w.brand.id);
  const milestone = approved.milestones[0];
  const before = [
    await ok(db, w.leader.viewer, PLAN_BY_ID, { id: submitted.id }),
    await ok(db, w.leader.viewer, PLAN_BY_ID, { id: approved.id }),
  ];
  const ops = {
    save: () => gql(db, viewer, SAVE_PLAN, { brandId: other.id, version: submitted.version, input: planInput() }),
    submit: () => gql(db, viewer, SUBMIT_PLAN, { id: submitted.id, version: submitted.version }),
    review: () =>
      gql(db, viewer, REVIEW_PLAN, {
        id: submitted.id,
        version: submitted.version,
        decision: 'RETURN',
        comment: '理由',
      }),
    report: () =>
      gql(db, viewer, REPORT_MILESTONE, {
        id: milestone.id,
        version: milestone.version,
        input: { status: 'DONE', note: '完成' },
      }),
  };
  const outer = await recorded(db, w.brand.id, () =>
    recorded(db, other.id, async () => {
      const results: Record<string, GqlResult> = {};
      for (const op of only) {
        results[op] = await ops[op]();
      }
      return results;
    }),
  );
  const step = outer.result;
  expect(outer.timeline).toEqual([]);
  const codes = Object.fromEntries(Object.entries(step.result).map(([k, r]) => [k, codeOf(r)]));
  // Nothing was written: no audit entry anywhere, no timeline event, both plans as they were.
  expect(step.audit).toBe(0);
  expect(step.timeline).toEqual([]);
  expect(await ok(db, w.leader.viewer, PLAN_BY_ID, { id: submitted.id })).toEqual(before[0]);
  expect(await ok(db, w.leader.viewer, PLAN_BY_ID, { id: approved.id })).toEqual(before[1]);
  for (const r of Object.values(step.result)) {
    expect(r.data).toBeNull();
  }
  return codes;
}

describe('who may write plans', () => {
  it('refuses the public with UNAUTHENTICATED', async () => {
    const w = await setup();
    expect(await attempts(null, w)).toEqual({
      save: 'UNAUTHENTICATED',
      submit: 'UNAUTHENTICATED',
      review: 'UNAUTHENTICATED',
      report: 'UNAUTHENTICATED',
    });
  });

  it('refuses another unit with FORBIDDEN', async () => {
    const w = await setup();
    const codes = await attempts(w.unit2.viewer, w);
    expect(codes).toEqual({ save: 'FORBIDDEN', submit: 'FORBIDDEN', review: 'FORBIDDEN', report: 'FORBIDDEN' });
  });

  it('refuses leaders and inspectors the unit’s writes, and inspectors and units the review', async () => {
    const w = await setup();
    expect(await attempts(w.inspector.viewer, w)).toEqual({
      save: 'FORBIDDEN',
      submit: 'FORBIDDEN',
      review: 'FORBIDDEN',
      report: 'FORBIDDEN',
    });
    const leader = await attempts(w.leader.viewer, await setup(), ['save', 'submit', 'report']);
    expect(leader).toEqual({ save: 'FORBIDDEN', submit: 'FORBIDDEN', report: 'FORBIDDEN' });
    const own = await setup();
    expect(await attempts(own.unit.viewer, own, ['review'])).toEqual({ review: 'FORBIDDEN' });
  });

  it('refuses another unit a plan on a hidden (DECLARED) brand of the unit, creating nothing', async () => {
    const { db } = handle;
    const w = await setup('DECLARED');
    const step = await recorded(db, w.brand.id, () =>
      gql(db, w.unit2.viewer, SAVE_PLAN, { brandId: w.brand.id, input: planInput() }),
    );
    expect(codeOf(step.result)).toBe('FORBIDDEN');
    expect([step.audit, step.timeline]).toEqual([0, []]);
    expect((await ok(db, w.leader.viewer, BRAND_PLAN, { id: w.brand.id })).brand.plan).toBeNull();
  });

  it.each(['not-a-uuid', '00000000-0000-4000-8000-000000000000'])('answers NOT_FOUND for the id %j', async (id) => {
    const { db } = handle;
    const { unit, leader } = await setup();
    const results = [
      await gql(db, unit.viewer, SAVE_PLAN, { brandId: id, input: planInput() }),
      await gql(db, unit.viewer, SUBMIT_PLAN, { id, version: 1 }),
      await gql(db, leader.viewer, REVIEW_PLAN, { id, version: 1, decision: 'APPROVE' }),
      await gql(db, unit.viewer, REPORT_MILESTONE, { id, version: 1, input: { status: 'IN_PROGRESS' } }),
    ];
    expect(results.map(codeOf)).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
    expect((await gql(db, leader.viewer, PLAN_BY_ID, { id })).data).toEqual({ plan: null });
  });

  it('refuses goals of 5001 characters with extensions.fields.goals, saving nothing', async () => {
    const { db } = handle;
    const { unit, brand } = await setup();
    const step = await recorded(db, brand.id, () =>
      gql(db, unit.viewer, SAVE_PLAN, { brandId: brand.id, input: planInput({ goals: '标'.repeat(5001) }) }),
    );
    expect(codeOf(step.result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(step.result).goals).toBe('创建目标应为 1 到 5000 个字');
    expect([step.audit, step.timeline]).toEqual([0, []]);
    expect((await ok(db, unit.viewer, BRAND_PLAN, { id: brand.id })).brand.plan).toBeNull();
    const exact = await gql(db, unit.viewer, SAVE_PLAN, {
      brandId: brand.id,
      input: planInput({ goals: '标'.repeat(5000) }),
    });
    expect(exact.errors).toBeUndefined();
  });
});

describe('who may see plans', () => {
  /** A showcase brand whose plan was returned once, then resubmitted (and, if asked, approved). */
  async function reviewedPlan(approve: boolean) {
    const { db } = handle;
    const w = await setup();
    const draft = await createPlan(db, w.unit.viewer, w.brand.id);
    const s1 = (await ok(db, w.unit.viewer, SUBMIT_PLAN, { id: draft.id, version: draft.version })).submitPlan;
    const back = { id: s1.id, version: s1.version, decision: 'RETURN', comment: '请细化措施' };
    const r1 = (await ok(db, w.leader.viewer, REVIEW_PLAN, back)).reviewPlan;
    const input = planInput({ measures: '细化后的措施' });
    const saved = (await ok(db, w.unit.viewer, SAVE_PLAN, { brandId: w.brand.id, version: r1.version, input }))
      .savePlan;
    let plan = (await ok(db, w.unit.viewer, SUBMIT_PLAN, { id: saved.id, version: saved.version })).submitPlan;
    if (approve) {
      const yes = { id: plan.id, version: plan.version, decision: 'APPROVE' };
      plan = (await ok(db, w.leader.viewer, REVIEW_PLAN, yes)).reviewPlan;
    }
    return { ...w, plan };
  }

  const seen = async (viewer: Viewer | null, brandId: string, planId: string) => ({
    viaBrand: (await ok(handle.db, viewer, BRAND_PLAN, { id: brandId })).brand.plan,
    byId: (await ok(handle.db, viewer, PLAN_BY_ID, { id: planId })).plan,
  });

  it('hides a plan that is not APPROVED from the public and other units', async () => {
    const { db } = handle;
    const w = await reviewedPlan(false);
    for (const viewer of [null, w.unit2.viewer]) {
      expect(await seen(viewer, w.brand.id, w.plan.id)).toEqual({ viaBrand: null, byId: null });
      const milestones = await ok(db, viewer, `query ($id: ID!) { brand(id: $id) { milestones { id } } }`, {
        id: w.brand.id,
      });
      expect(milestones.brand.milestones).toEqual([]);
    }
    const draft = await setup();
    const saved = await createPlan(db, draft.unit.viewer, draft.brand.id);
    for (const viewer of [null, draft.unit2.viewer]) {
      expect(await seen(viewer, draft.brand.id, saved.id)).toEqual({ viaBrand: null, byId: null });
    }
  });

  it('shows the APPROVED plan to the public and other units without phones, reviews or revisions', async () => {
    const w = await reviewedPlan(true);
    for (const viewer of [null, w.unit2.viewer]) {
      const { viaBrand, byId } = await seen(viewer, w.brand.id, w.plan.id);
      expect(byId).toEqual(viaBrand);
      expect(viaBrand).toMatchObject({ id: w.plan.id, status: 'APPROVED', measures: '细化后的措施' });
      expect(viaBrand.responsiblePerson).toEqual({ name: '张三', title: '支部书记', phone: null });
      expect(viaBrand.liaisonLeader).toEqual({ name: '李四', title: '镇党委副书记', phone: null });
      expect(viaBrand.milestones).toHaveLength(2);
      expect([viaBrand.reviews, viaBrand.revisions, viaBrand.changes]).toEqual([[], [], []]);
    }
  });

  it('shows the owner unit, leaders and inspectors phones, reviews and revisions', async () => {
    for (const approve of [false, true]) {
      const w = await reviewedPlan(approve);
      for (const viewer of [w.unit.viewer, w.leader.viewer, w.inspector.viewer]) {
        const { viaBrand, byId } = await seen(viewer, w.brand.id, w.plan.id);
        expect(byId).toEqual(viaBrand);
        expect(viaBrand.responsiblePerson.phone).toBe('13800000001');
        expect(viaBrand.liaisonLeader.phone).toBe('0571-1234567');
        expect(viaBrand.reviews.map((r: any) => [r.decision, r.comment, r.reviewer?.id])).toEqual([
          ['RETURN', '请细化措施', w.leader.row.id],
          ...(approve ? [['APPROVE', null, w.leader.row.id]] : []),
        ]);
        expect(viaBrand.revisions.map((r: any) => r.revision)).toEqual([1, 2]);
        expect(viaBrand.changes.map((c: any) => c.field)).toEqual(['measures']);
      }
    }
  });

  it('hides even an APPROVED plan of a hidden (DECLARED) brand from the public and other units', async () => {
    const { db } = handle;
    const w = await setup('DECLARED');
    const plan = await approvedPlan(db, w.unit.viewer, w.leader.viewer, w.brand.id);
    for (const viewer of [null, w.unit2.viewer]) {
      expect((await gql(db, viewer, PLAN_BY_ID, { id: plan.id })).data).toEqual({ plan: null });
      expect((await gql(db, viewer, BRAND_PLAN, { id: w.brand.id })).data).toEqual({ brand: null });
    }
    expect((await ok(db, w.unit.viewer, PLAN_BY_ID, { id: plan.id })).plan.status).toBe('APPROVED');
  });
});
