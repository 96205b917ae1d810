import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { planRevisions, type DatabaseHandle } from '@flagship/drizzle';
import { codeOf, gql, makeBrand, makeWorld, openTestDatabase } from '../../testing';
import {
  createPlan,
  fieldsOf,
  ok,
  PLAN_BY_ID,
  planInput,
  recorded,
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

/** A fresh world and a brand of `unit`'s village, for one test. */
async function setup() {
  const world = await makeWorld(handle.db);
  const brand = await makeBrand(handle.db, world.village, 'CULTIVATING');
  return { ...world, brand };
}

describe('savePlan', () => {
  it('creates a DRAFT at revision 0 with its milestones in input order, recording the step', async () => {
    const { db } = handle;
    const { unit, brand } = await setup();
    const input = planInput({
      milestones: [
        { title: '丙', dueDate: '2025-11-30', weight: 20 },
        { title: '甲', deliverable: '名单', dueDate: '2025-02-28', weight: 50 },
        { title: '乙', dueDate: '2025-06-30', weight: 30 },
      ],
    });
    const step = await recorded(db, brand.id, () => gql(db, unit.viewer, SAVE_PLAN, { brandId: brand.id, input }));
    expect(step.result.errors).toBeUndefined();
    const plan = step.result.data!.savePlan;
    expect(plan).toMatchObject({ status: 'DRAFT', revision: 0, version: 1, goals: input.goals, endDate: '2025-12-31' });
    expect(plan.milestones.map((m: any) => [m.title, m.dueDate, m.weight, m.status, m.doneAt])).toEqual([
      ['丙', '2025-11-30', 20, 'PENDING', null],
      ['甲', '2025-02-28', 50, 'PENDING', null],
      ['乙', '2025-06-30', 30, 'PENDING', null],
    ]);
    expect(plan.supportModes).toEqual([{ mode: 'LEADER_LIAISON', detail: '镇领导每季度联系一次' }]);
    expect(plan.responsiblePerson).toEqual({ name: '张三', title: '支部书记', phone: '13800000001' });
    expect(plan.reviews).toEqual([]);
    expect(plan.revisions).toEqual([]);
    expect(step.audit).toBe(1);
    expect(step.timeline).toEqual(['PLAN_SAVED']);
  });

  it('edits a draft with the version it read, replacing the milestones', async () => {
    const { db } = handle;
    const { unit, brand } = await setup();
    const saved = await createPlan(db, unit.viewer, brand.id);
    const input = planInput({
      goals: '新的创建目标',
      milestones: [{ title: '唯一节点', dueDate: '2025-05-01', weight: 100 }],
    });
    const step = await recorded(db, brand.id, () =>
      gql(db, unit.viewer, SAVE_PLAN, { brandId: brand.id, version: saved.version, input }),
    );
    expect(step.result.errors).toBeUndefined();
    const plan = step.result.data!.savePlan;
    expect(plan).toMatchObject({
      id: saved.id,
      status: 'DRAFT',
      revision: 0,
      version: saved.version + 1,
      goals: '新的创建目标',
    });
    expect(plan.milestones.map((m: any) => m.title)).toEqual(['唯一节点']);
    expect(step.audit).toBe(1);
    expect(step.timeline).toEqual(['PLAN_SAVED']);
  });

  it('refuses a stale version with CONFLICT and a missing version with BAD_USER_INPUT, changing nothing', async () => {
    const { db } = handle;
    const { unit, brand } = await setup();
    const saved = await createPlan(db, unit.viewer, brand.id);
    await ok(db, unit.viewer, SAVE_PLAN, { brandId: brand.id, version: saved.version, input: planInput() });
    const before = await ok(db, unit.viewer, PLAN_BY_ID, { id: saved.id });
    const changed = planInput({ goals: '不应保存的目标' });

    const stale = await recorded(db, brand.id, () =>
      gql(db, unit.viewer, SAVE_PLAN, { brandId: brand.id, version: saved.version, input: changed }),
    );
    expect(codeOf(stale.result)).toBe('CONFLICT');
    const missing = await recorded(db, brand.id, () =>
      gql(db, unit.viewer, SAVE_PLAN, { brandId: brand.id, input: changed }),
    );
    expect(codeOf(missing.result)).toBe('BAD_USER_INPUT');
    expect(Object.keys(fieldsOf(missing.result))).toEqual(['version']);

    for (const step of [stale, missing]) {
      expect(step.result.data).toBeNull();
      expect(step.audit).toBe(0);
      expect(step.timeline).toEqual([]);
    }
    expect(await ok(db, unit.viewer, PLAN_BY_ID, { id: saved.id })).toEqual(before);
  });
});

describe('submit and review', () => {
  it('runs DRAFT → SUBMITTED → RETURNED → SUBMITTED → APPROVED, keeping revisions, reviews and changes', async () => {
    const { db } = handle;
    const { unit, leader, brand } = await setup();
    const draft = await createPlan(db, unit.viewer, brand.id);

    const submit1 = await recorded(db, brand.id, () =>
      gql(db, unit.viewer, SUBMIT_PLAN, { id: draft.id, version: draft.version }),
    );
    const first = submit1.result.data!.submitPlan;
    expect(first).toMatchObject({ status: 'SUBMITTED', revision: 1, version: draft.version + 1, changes: [] });
    expect(first.revisions).toEqual([{ revision: 1, submittedAt: expect.any(String), changes: [] }]);
    expect([submit1.audit, submit1.timeline]).toEqual([1, ['PLAN_SUBMITTED']]);
    const stored = await db.select().from(planRevisions).where(eq(planRevisions.planId, draft.id));
    expect(stored.map((r) => [r.revision, r.submittedBy, r.snapshot.goals])).toEqual([
      [1, unit.row.id, planInput().goals],
    ]);

    const noReason = await recorded(db, brand.id, () =>
      gql(db, leader.viewer, REVIEW_PLAN, { id: first.id, version: first.version, decision: 'RETURN', comment: '  ' }),
    );
    expect(codeOf(noReason.result)).toBe('BAD_USER_INPUT');
    expect(Object.keys(fieldsOf(noReason.result))).toEqual(['comment']);
    expect([noReason.audit, noReason.timeline]).toEqual([0, []]);

    const returned = await recorded(db, brand.id, () =>
      gql(db, leader.viewer, REVIEW_PLAN, {
        id: first.id,
        version: first.version,
        decision: 'RETURN',
        comment: '目标不够具体',
      }),
    );
    const afterReturn = returned.result.data!.reviewPlan;
    expect(afterReturn).toMatchObject({ status: 'RETURNED', revision: 1, version: first.version + 1 });
    expect(afterReturn.reviews).toEqual([
      {
        revision: 1,
        decision: 'RETURN',
        comment: '目标不够具体',
        reviewer: { id: leader.row.id, username: leader.row.username },
        createdAt: expect.any(String),
      },
    ]);
    expect([returned.audit, returned.timeline]).toEqual([1, ['PLAN_RETURNED']]);

    const edited = planInput({
      goals: '服务群众全覆盖，群众满意率达到 95%',
      milestones: [...planInput().milestones, { title: '总结验收', dueDate: '2025-12-15', weight: 10 }],
    });
    const saved = await recorded(db, brand.id, () =>
      gql(db, unit.viewer, SAVE_PLAN, { brandId: brand.id, version: afterReturn.version, input: edited }),
    );
    expect(saved.result.data!.savePlan).toMatchObject({ status: 'RETURNED', revision: 1 });
    expect([saved.audit, saved.timeline]).toEqual([1, ['PLAN_SAVED']]);

    const resaved = saved.result.data!.savePlan;
    const submit2 = await recorded(db, brand.id, () =>
      gql(db, unit.viewer, SUBMIT_PLAN, { id: resaved.id, version: resaved.version }),
    );
    const second = submit2.result.data!.submitPlan;
    expect(second).toMatchObject({ status: 'SUBMITTED', revision: 2 });
    expect([submit2.audit, submit2.timeline]).toEqual([1, ['PLAN_SUBMITTED']]);
    expect(second.changes.map((c: any) => c.field)).toEqual(['goals', 'milestones']);
    expect(second.changes[0]).toEqual({
      field: 'goals',
      label: '创建目标',
      before: planInput().goals,
      after: '服务群众全覆盖，群众满意率达到 95%',
    });
    expect(second.changes[1].after).toContain('总结验收');
    expect(second.changes[1].before).not.toContain('总结验收');
    expect(second.revisions.map((r: any) => r.revision)).toEqual([1, 2]);
    expect(second.revisions[0].changes).toEqual([]);
    expect(second.revisions[1].changes).toEqual(second.changes);

    const approved = await recorded(db, brand.id, () =>
      gql(db, leader.viewer, REVIEW_PLAN, { id: second.id, version: second.version, decision: 'APPROVE' }),
    );
    const final = approved.result.data!.reviewPlan;
    expect(final).toMatchObject({ status: 'APPROVED', revision: 2, version: second.version + 1 });
    expect(final.reviews.map((r: any) => [r.revision, r.decision, r.comment])).toEqual([
      [1, 'RETURN', '目标不够具体'],
      [2, 'APPROVE', null],
    ]);
    expect([approved.audit, approved.timeline]).toEqual([1, ['PLAN_APPROVED']]);
  });

  it('compares each revision with the one before it, not with the first', async () => {
    const { db } = handle;
    const { unit, leader, brand } = await setup();
    let plan = await createPlan(db, unit.viewer, brand.id);
    for (const goals of ['第二版目标', '第三版目标']) {
      plan = (await ok(db, unit.viewer, SUBMIT_PLAN, { id: plan.id, version: plan.version })).submitPlan;
      const back = { id: plan.id, version: plan.version, decision: 'RETURN', comment: '请再修改' };
      plan = (await ok(db, leader.viewer, REVIEW_PLAN, back)).reviewPlan;
      const input = planInput({ goals });
      plan = (await ok(db, unit.viewer, SAVE_PLAN, { brandId: brand.id, version: plan.version, input })).savePlan;
    }
    plan = (await ok(db, unit.viewer, SUBMIT_PLAN, { id: plan.id, version: plan.version })).submitPlan;
    expect(plan).toMatchObject({ status: 'SUBMITTED', revision: 3 });
    expect(plan.revisions.map((r: any) => r.changes.map((c: any) => [c.field, c.before, c.after]))).toEqual([
      [],
      [['goals', planInput().goals, '第二版目标']],
      [['goals', '第二版目标', '第三版目标']],
    ]);
    expect(plan.changes).toEqual(plan.revisions[2].changes);
    expect(plan.reviews.map((r: any) => [r.revision, r.decision])).toEqual([
      [1, 'RETURN'],
      [2, 'RETURN'],
    ]);
  });
});
