import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { brands, planRevisions, plans, type DatabaseHandle } from '@flagship/drizzle';
import { codeOf, gql, makeBrand, makeWorld, openTestDatabase } from '../../testing';
import {
  approvedPlan,
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

/** Conflicts, invalid input, closed plan states and withdrawn brands: each refusal writes nothing. */

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

async function setup() {
  const world = await makeWorld(handle.db);
  const brand = await makeBrand(handle.db, world.village, 'CULTIVATING');
  return { ...world, brand };
}

describe('input and versions', () => {
  it('refuses an invalid plan with its field paths and writes nothing', async () => {
    const { db } = handle;
    const { unit, brand } = await setup();
    const input = planInput({
      milestones: [
        { title: '一', dueDate: '2025-03-01', weight: 50 },
        { title: '二', dueDate: '2026-03-01', weight: 50 },
      ],
    });
    const step = await recorded(db, brand.id, () => gql(db, unit.viewer, SAVE_PLAN, { brandId: brand.id, input }));
    expect(codeOf(step.result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(step.result)).toEqual({ 'milestones.1.dueDate': '节点完成日期应在方案起止日期之内' });
    expect([step.audit, step.timeline]).toEqual([0, []]);
    const again = await gql(db, unit.viewer, SAVE_PLAN, { brandId: brand.id, input: planInput() });
    expect(again.data?.savePlan.version).toBe(1);
  });

  it('refuses a stale version on submit and review, and a submission without milestones', async () => {
    const { db } = handle;
    const { unit, leader, brand } = await setup();
    const draft = await createPlan(db, unit.viewer, brand.id, planInput({ milestones: [] }));
    const empty = await recorded(db, brand.id, () =>
      gql(db, unit.viewer, SUBMIT_PLAN, { id: draft.id, version: draft.version }),
    );
    expect(codeOf(empty.result)).toBe('BAD_USER_INPUT');
    expect(Object.keys(fieldsOf(empty.result))).toEqual(['milestones']);
    expect([empty.audit, empty.timeline]).toEqual([0, []]);
    expect(await db.select().from(planRevisions).where(eq(planRevisions.planId, draft.id))).toEqual([]);

    const filled = await ok(db, unit.viewer, SAVE_PLAN, {
      brandId: brand.id,
      version: draft.version,
      input: planInput(),
    });
    const staleSubmit = await recorded(db, brand.id, () =>
      gql(db, unit.viewer, SUBMIT_PLAN, { id: draft.id, version: draft.version }),
    );
    expect(codeOf(staleSubmit.result)).toBe('CONFLICT');
    expect([staleSubmit.audit, staleSubmit.timeline]).toEqual([0, []]);
    const submitted = await ok(db, unit.viewer, SUBMIT_PLAN, { id: draft.id, version: filled.savePlan.version });
    const staleReview = await recorded(db, brand.id, () =>
      gql(db, leader.viewer, REVIEW_PLAN, { id: draft.id, version: filled.savePlan.version, decision: 'APPROVE' }),
    );
    expect(codeOf(staleReview.result)).toBe('CONFLICT');
    expect([staleReview.audit, staleReview.timeline]).toEqual([0, []]);
    const now = await ok(db, leader.viewer, PLAN_BY_ID, { id: draft.id });
    expect(now.plan).toMatchObject({
      status: 'SUBMITTED',
      revision: 1,
      version: submitted.submitPlan.version,
      reviews: [],
    });
  });

  it('checks the responsible unit exists, and shows it once saved', async () => {
    const { db } = handle;
    const { unit, town, brand } = await setup();
    const unknown = planInput({ responsibleUnitId: '00000000-0000-4000-8000-000000000000' });
    const step = await recorded(db, brand.id, () =>
      gql(db, unit.viewer, SAVE_PLAN, { brandId: brand.id, input: unknown }),
    );
    expect(codeOf(step.result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(step.result)).toEqual({ responsibleUnitId: '责任部门不存在' });
    expect([step.audit, step.timeline]).toEqual([0, []]);
    const saved = await ok(
      db,
      unit.viewer,
      `mutation ($brandId: ID!, $input: PlanInput!) { savePlan(brandId: $brandId, input: $input) { responsibleUnit { id name } } }`,
      { brandId: brand.id, input: planInput({ responsibleUnitId: town.id }) },
    );
    expect(saved.savePlan.responsibleUnit).toEqual({ id: town.id, name: town.name });
  });

  it('creates one plan when the same brand’s first save arrives several times at once', async () => {
    const { db } = handle;
    const { unit, brand } = await setup();
    const step = await recorded(db, brand.id, () =>
      Promise.all([1, 2, 3].map(() => gql(db, unit.viewer, SAVE_PLAN, { brandId: brand.id, input: planInput() }))),
    );
    const codes = step.result.map((r) => codeOf(r) ?? 'OK').sort();
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    // The others lose the race: CONFLICT, or (if they looked after the winner committed) the missing version.
    for (const code of codes.filter((c) => c !== 'OK')) {
      expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(code);
    }
    expect(await db.select().from(plans).where(eq(plans.brandId, brand.id))).toHaveLength(1);
    expect([step.audit, step.timeline]).toEqual([1, ['PLAN_SAVED']]);
  });
});

describe('a withdrawn brand', () => {
  const withdraw = (id: string) => handle.db.update(brands).set({ stage: 'WITHDRAWN' }).where(eq(brands.id, id));

  it('refuses saving and submitting its plan', async () => {
    const { db } = handle;
    const { unit, brand } = await setup();
    const draft = await createPlan(db, unit.viewer, brand.id);
    await withdraw(brand.id);
    const step = await recorded(db, brand.id, () =>
      Promise.all([
        gql(db, unit.viewer, SAVE_PLAN, { brandId: brand.id, version: draft.version, input: planInput() }),
        gql(db, unit.viewer, SUBMIT_PLAN, { id: draft.id, version: draft.version }),
      ]),
    );
    expect(step.result.map(codeOf)).toEqual(['INVALID_TRANSITION', 'INVALID_TRANSITION']);
    expect([step.audit, step.timeline]).toEqual([0, []]);
    expect((await ok(db, unit.viewer, PLAN_BY_ID, { id: draft.id })).plan).toMatchObject({
      status: 'DRAFT',
      revision: 0,
    });
  });

  it('refuses reviewing its submitted plan and reporting on its milestones', async () => {
    const { db } = handle;
    const { unit, leader, village, brand } = await setup();
    const draft = await createPlan(db, unit.viewer, brand.id);
    const submitted = (await ok(db, unit.viewer, SUBMIT_PLAN, { id: draft.id, version: draft.version })).submitPlan;
    const brand2 = await makeBrand(db, village, 'BUILDING');
    const approved = await approvedPlan(db, unit.viewer, leader.viewer, brand2.id);
    const [milestone] = approved.milestones;
    await withdraw(brand.id);
    await withdraw(brand2.id);

    const review = await recorded(db, brand.id, () =>
      gql(db, leader.viewer, REVIEW_PLAN, { id: submitted.id, version: submitted.version, decision: 'APPROVE' }),
    );
    expect(codeOf(review.result)).toBe('INVALID_TRANSITION');
    expect([review.audit, review.timeline]).toEqual([0, []]);
    const report = await recorded(db, brand2.id, () =>
      gql(db, unit.viewer, REPORT_MILESTONE, {
        id: milestone.id,
        version: milestone.version,
        input: { status: 'DONE', note: '完成' },
      }),
    );
    expect(codeOf(report.result)).toBe('INVALID_TRANSITION');
    expect([report.audit, report.timeline]).toEqual([0, []]);
    expect((await ok(db, leader.viewer, PLAN_BY_ID, { id: submitted.id })).plan.status).toBe('SUBMITTED');
    const after = (await ok(db, leader.viewer, PLAN_BY_ID, { id: approved.id })).plan;
    expect(after.milestones[0]).toMatchObject({ status: 'PENDING', version: milestone.version });
  });
});

describe('plan states', () => {
  it('refuses to save or submit a SUBMITTED or APPROVED plan, and to review one not SUBMITTED', async () => {
    const { db } = handle;
    const { unit, leader, brand } = await setup();
    const draft = await createPlan(db, unit.viewer, brand.id);
    const review = (p: any) => ({ id: p.id, version: p.version, decision: 'APPROVE' });

    const draftReview = await recorded(db, brand.id, () => gql(db, leader.viewer, REVIEW_PLAN, review(draft)));
    expect(codeOf(draftReview.result)).toBe('INVALID_TRANSITION');
    expect([draftReview.audit, draftReview.timeline]).toEqual([0, []]);

    /** Every write the plan's state forbids fails with INVALID_TRANSITION, leaving plan and records as they were. */
    const expectRefused = async (plan: any, reviewToo: boolean) => {
      const before = await ok(db, unit.viewer, PLAN_BY_ID, { id: plan.id });
      const steps = await recorded(db, brand.id, () =>
        Promise.all([
          gql(db, unit.viewer, SAVE_PLAN, {
            brandId: brand.id,
            version: plan.version,
            input: planInput({ goals: '改' }),
          }),
          gql(db, unit.viewer, SUBMIT_PLAN, { id: plan.id, version: plan.version }),
          ...(reviewToo ? [gql(db, leader.viewer, REVIEW_PLAN, review(plan))] : []),
        ]),
      );
      expect(steps.result.map(codeOf)).toEqual(steps.result.map(() => 'INVALID_TRANSITION'));
      expect(steps.result).toHaveLength(reviewToo ? 3 : 2);
      expect([steps.audit, steps.timeline]).toEqual([0, []]);
      expect(await ok(db, unit.viewer, PLAN_BY_ID, { id: plan.id })).toEqual(before);
    };
    const submitted = (await ok(db, unit.viewer, SUBMIT_PLAN, { id: draft.id, version: draft.version })).submitPlan;
    await expectRefused(submitted, false);
    const approved = (await ok(db, leader.viewer, REVIEW_PLAN, review(submitted))).reviewPlan;
    expect(approved.status).toBe('APPROVED');
    await expectRefused(approved, true);
  });
});
