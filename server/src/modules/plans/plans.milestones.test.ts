import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { attachments, milestoneReports, type DatabaseHandle } from '@flagship/drizzle';
import { codeOf, gql, makeBrand, makeWorld, openTestDatabase } from '../../testing';
import {
  approvedPlan,
  BRAND_PLAN,
  createPlan,
  fieldsOf,
  ok,
  recorded,
  REPORT_MILESTONE,
  SUBMIT_PLAN,
} from './plan-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

/** Between the helper plan's milestones: the first (due 2025-03-31) is past, the second (2025-09-30) is not. */
const TODAY = '2025-06-01';

async function setup() {
  const world = await makeWorld(handle.db);
  const brand = await makeBrand(handle.db, world.village, 'BUILDING');
  return { ...world, brand };
}

async function attachmentOf(ownerId: string) {
  const [row] = await handle.db
    .insert(attachments)
    .values({ ownerId, filename: '照片.jpg', contentType: 'image/jpeg', size: 1024, sha256: '0'.repeat(64) })
    .returning();
  return row.id;
}

describe('reportMilestone', () => {
  it('moves a milestone IN_PROGRESS then DONE, setting doneAt, progress and overdue', async () => {
    const { db } = handle;
    const { unit, leader, brand } = await setup();
    const plan = await approvedPlan(db, unit.viewer, leader.viewer, brand.id);
    const [first, second] = plan.milestones;
    const view = async () => (await ok(db, leader.viewer, BRAND_PLAN, { id: brand.id }, { today: TODAY })).brand;

    const start = await view();
    expect(start.progress).toBe(0);
    expect(start.plan.milestones.map((m: any) => [m.status, m.overdue])).toEqual([
      ['PENDING', true],
      ['PENDING', false],
    ]);

    const going = await recorded(db, brand.id, () =>
      gql(
        db,
        unit.viewer,
        REPORT_MILESTONE,
        { id: first.id, version: first.version, input: { status: 'IN_PROGRESS', note: '已选址' } },
        { today: TODAY },
      ),
    );
    const inProgress = going.result.data!.reportMilestone;
    expect(inProgress).toMatchObject({
      status: 'IN_PROGRESS',
      note: '已选址',
      doneAt: null,
      overdue: true,
      version: first.version + 1,
    });
    expect([going.audit, going.timeline]).toEqual([1, ['MILESTONE_REPORTED']]);
    expect((await view()).progress).toBe(0);

    const done = await recorded(db, brand.id, () =>
      gql(
        db,
        unit.viewer,
        REPORT_MILESTONE,
        { id: first.id, version: inProgress.version, input: { status: 'DONE', note: '服务岗已挂牌' } },
        { today: TODAY },
      ),
    );
    const finished = done.result.data!.reportMilestone;
    expect(finished).toMatchObject({
      status: 'DONE',
      note: '服务岗已挂牌',
      overdue: false,
      version: inProgress.version + 1,
    });
    expect(Number.isNaN(Date.parse(finished.doneAt))).toBe(false);
    expect([done.audit, done.timeline]).toEqual([1, ['MILESTONE_REPORTED']]);

    const end = await view();
    expect(end.progress).toBe(30);
    expect(end.plan.milestones.map((m: any) => [m.id, m.status, m.overdue])).toEqual([
      [first.id, 'DONE', false],
      [second.id, 'PENDING', false],
    ]);
    const late = await ok(db, leader.viewer, BRAND_PLAN, { id: brand.id }, { today: '2025-10-01' });
    expect(late.brand.plan.milestones.map((m: any) => m.overdue)).toEqual([false, true]);
    const reports = await db.select().from(milestoneReports).where(eq(milestoneReports.milestoneId, first.id));
    expect(reports.map((r) => [r.status, r.note, r.reportedBy]).sort()).toEqual([
      ['DONE', '服务岗已挂牌', unit.row.id],
      ['IN_PROGRESS', '已选址', unit.row.id],
    ]);
  });

  it('needs a note or evidence to mark DONE, and accepts the unit’s own uploads as evidence', async () => {
    const { db } = handle;
    const { unit, leader, brand } = await setup();
    const plan = await approvedPlan(db, unit.viewer, leader.viewer, brand.id);
    const [first] = plan.milestones;

    const bare = await recorded(db, brand.id, () =>
      gql(db, unit.viewer, REPORT_MILESTONE, {
        id: first.id,
        version: first.version,
        input: { status: 'DONE', note: '  ' },
      }),
    );
    expect(codeOf(bare.result)).toBe('BAD_USER_INPUT');
    expect(Object.keys(fieldsOf(bare.result))).toEqual(['note']);
    expect([bare.audit, bare.timeline]).toEqual([0, []]);

    const fileId = await attachmentOf(unit.row.id);
    const done = await gql(db, unit.viewer, REPORT_MILESTONE, {
      id: first.id,
      version: first.version,
      input: { status: 'DONE', attachmentIds: [fileId] },
    });
    expect(done.errors).toBeUndefined();
    expect(done.data!.reportMilestone).toMatchObject({ status: 'DONE', note: null });
    const [report] = await db.select().from(milestoneReports).where(eq(milestoneReports.milestoneId, first.id));
    expect(report.attachmentIds).toEqual([fileId]);
  });

  it('refuses unknown, malformed or someone else’s attachment ids, writing nothing', async () => {
    const { db } = handle;
    const { unit, unit2, leader, brand } = await setup();
    const plan = await approvedPlan(db, unit.viewer, leader.viewer, brand.id);
    const [first] = plan.milestones;
    const othersFile = await attachmentOf(unit2.row.id);
    for (const ids of [['00000000-0000-4000-8000-000000000000'], ['not-a-uuid'], [othersFile]]) {
      const step = await recorded(db, brand.id, () =>
        gql(db, unit.viewer, REPORT_MILESTONE, {
          id: first.id,
          version: first.version,
          input: { status: 'DONE', note: '完成', attachmentIds: ids },
        }),
      );
      expect(codeOf(step.result)).toBe('BAD_USER_INPUT');
      expect(Object.keys(fieldsOf(step.result))).toEqual(['attachmentIds']);
      expect([step.audit, step.timeline]).toEqual([0, []]);
    }
    const after = await ok(db, unit.viewer, BRAND_PLAN, { id: brand.id });
    expect(after.brand.plan.milestones[0]).toMatchObject({ status: 'PENDING', version: first.version });
  });

  it('refuses a stale milestone version with CONFLICT, changing nothing', async () => {
    const { db } = handle;
    const { unit, leader, brand } = await setup();
    const plan = await approvedPlan(db, unit.viewer, leader.viewer, brand.id);
    const [first] = plan.milestones;
    await ok(db, unit.viewer, REPORT_MILESTONE, {
      id: first.id,
      version: first.version,
      input: { status: 'IN_PROGRESS' },
    });
    const stale = await recorded(db, brand.id, () =>
      gql(db, unit.viewer, REPORT_MILESTONE, {
        id: first.id,
        version: first.version,
        input: { status: 'DONE', note: '完成' },
      }),
    );
    expect(codeOf(stale.result)).toBe('CONFLICT');
    expect([stale.audit, stale.timeline]).toEqual([0, []]);
    const after = await ok(db, unit.viewer, BRAND_PLAN, { id: brand.id });
    expect(after.brand.progress).toBe(0);
    expect(after.brand.plan.milestones[0]).toMatchObject({
      status: 'IN_PROGRESS',
      doneAt: null,
      version: first.version + 1,
    });
  });

  it('refuses reports before the plan is approved (DRAFT or SUBMITTED)', async () => {
    const { db } = handle;
    const { unit, brand } = await setup();
    const draft = await createPlan(db, unit.viewer, brand.id);
    const submitted = (await ok(db, unit.viewer, SUBMIT_PLAN, { id: draft.id, version: draft.version })).submitPlan;
    for (const plan of [draft, submitted]) {
      const [first] = plan.milestones;
      const step = await recorded(db, brand.id, () =>
        gql(db, unit.viewer, REPORT_MILESTONE, {
          id: first.id,
          version: first.version,
          input: { status: 'IN_PROGRESS' },
        }),
      );
      expect(codeOf(step.result)).toBe('INVALID_TRANSITION');
      expect([step.audit, step.timeline]).toEqual([0, []]);
    }
    const after = await ok(db, unit.viewer, BRAND_PLAN, { id: brand.id });
    expect(after.brand.plan.milestones.map((m: any) => m.status)).toEqual(['PENDING', 'PENDING']);
    expect(after.brand.progress).toBe(0);
  });

  it('moves progress back when a DONE milestone is reopened, clearing doneAt', async () => {
    const { db } = handle;
    const { unit, leader, brand } = await setup();
    const plan = await approvedPlan(db, unit.viewer, leader.viewer, brand.id);
    const second = plan.milestones[1];
    const done = await ok(db, unit.viewer, REPORT_MILESTONE, {
      id: second.id,
      version: second.version,
      input: { status: 'DONE', note: '完成' },
    });
    expect((await ok(db, unit.viewer, BRAND_PLAN, { id: brand.id })).brand.progress).toBe(70);
    const reopened = await ok(db, unit.viewer, REPORT_MILESTONE, {
      id: second.id,
      version: done.reportMilestone.version,
      input: { status: 'IN_PROGRESS', note: '补充材料' },
    });
    expect(reopened.reportMilestone).toMatchObject({ status: 'IN_PROGRESS', doneAt: null });
    expect((await ok(db, unit.viewer, BRAND_PLAN, { id: brand.id })).brand.progress).toBe(0);
  });
});
