import { milestones, plans, type DatabaseHandle, type MilestoneStatus, type PlanStatus } from '@flagship/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, makeBrand, makeUnit, makeWorld, openTestDatabase } from '../../testing';
import { HEALTH_RULE, PROGRESS_FORMULA } from './brand-rules';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

type Unit = Parameters<typeof makeBrand>[1];
const brand = async (unit: Unit, stage: 'CULTIVATING' | 'BUILDING' = 'BUILDING') =>
  (await makeBrand(handle.db, unit, stage)).id;

describe('brands: progress and health', () => {
  const FIGURES = `query($id: ID!) { brand(id: $id) {
    progress
    progressDetail { percent doneWeight totalWeight milestoneCount formula }
    health { status reasons rule }
  } }`;

  interface MilestoneSpec {
    due: string;
    weight: number;
    status?: MilestoneStatus;
  }

  /** A plan in `status` with these milestones, inserted directly. */
  async function givePlan(brandId: string, status: PlanStatus, specs: MilestoneSpec[]) {
    const [plan] = await handle.db
      .insert(plans)
      .values({
        brandId,
        status,
        revision: 1,
        goals: '目标',
        measures: '措施',
        startDate: '2025-01-01',
        endDate: '2025-12-31',
        responsiblePerson: { name: '李主任' },
      })
      .returning();
    await handle.db.insert(milestones).values(
      specs.map((m, position) => ({
        planId: plan.id,
        brandId,
        title: `节点${position + 1}`,
        dueDate: m.due,
        weight: m.weight,
        status: m.status ?? 'PENDING',
        doneAt: m.status === 'DONE' ? new Date(`${m.due}T08:00:00Z`) : null,
        position,
      })),
    );
  }

  const figures = async (id: string, today: string, viewer: Parameters<typeof gql>[1] = null) => {
    const result = await gql(handle.db, viewer, FIGURES, { id }, { today });
    expect(result.errors).toBeUndefined();
    return result.data?.brand;
  };

  it('computes progress from the approved plan’s done milestones, and health from overdue ones as of today', async () => {
    const unit = await makeUnit(handle.db);
    const id = await brand(unit);
    await givePlan(id, 'APPROVED', [
      { due: '2025-03-31', weight: 30, status: 'DONE' },
      { due: '2025-05-31', weight: 20, status: 'DONE' },
      { due: '2025-06-20', weight: 25 },
      { due: '2025-06-30', weight: 25, status: 'IN_PROGRESS' },
    ]);
    const early = await figures(id, '2025-06-15');
    expect(early).toEqual({
      progress: 50,
      progressDetail: { percent: 50, doneWeight: 50, totalWeight: 100, milestoneCount: 4, formula: PROGRESS_FORMULA },
      health: { status: 'GREEN', reasons: [], rule: HEALTH_RULE },
    });
    // due today is not yet overdue
    expect((await figures(id, '2025-06-30')).health).toMatchObject({
      status: 'AMBER',
      reasons: ['1 个创建计划节点逾期'],
    });
    expect((await figures(id, '2025-07-01')).health).toMatchObject({
      status: 'RED',
      reasons: ['2 个创建计划节点逾期'],
    });
  });

  it('turns RED when a single milestone is more than 30 days overdue', async () => {
    const unit = await makeUnit(handle.db);
    const id = await brand(unit);
    await givePlan(id, 'APPROVED', [
      { due: '2025-05-01', weight: 40 },
      { due: '2025-12-01', weight: 60 },
    ]);
    expect((await figures(id, '2025-05-31')).health.status).toBe('AMBER');
    const late = await figures(id, '2025-06-30');
    expect(late.progress).toBe(0);
    expect(late.health).toMatchObject({ status: 'RED', reasons: ['1 个创建计划节点逾期，最长逾期 60 天'] });
  });

  it.each(['DRAFT', 'SUBMITTED', 'RETURNED'] as PlanStatus[])(
    'ignores a plan that is %s: progress 0, GREEN',
    async (status) => {
      const world = await makeWorld(handle.db);
      const id = await brand(world.village, 'CULTIVATING');
      await givePlan(id, status, [
        { due: '2025-01-31', weight: 50, status: 'DONE' },
        { due: '2025-02-28', weight: 50 },
      ]);
      const result = await figures(id, '2025-06-30', world.unit.viewer);
      expect(result.progress).toBe(0);
      expect(result.progressDetail).toMatchObject({ percent: 0, milestoneCount: 0, totalWeight: 0 });
      expect(result.health).toMatchObject({ status: 'GREEN', reasons: [] });
    },
  );

  it('gives each brand of a list its own figures', async () => {
    const unit = await makeUnit(handle.db);
    const half = await brand(unit);
    await givePlan(half, 'APPROVED', [
      { due: '2025-02-01', weight: 10, status: 'DONE' },
      { due: '2025-03-01', weight: 10 },
    ]);
    const done = await brand(unit);
    await givePlan(done, 'APPROVED', [{ due: '2025-02-01', weight: 3, status: 'DONE' }]);
    const none = await brand(unit);
    const result = await gql(
      handle.db,
      null,
      `query($id: ID!) { brands(filter: { unitId: $id }) { nodes { id progress health { status } } } }`,
      { id: unit.id },
      { today: '2025-03-10' },
    );
    const byId = new Map((result.data?.brands.nodes as { id: string }[]).map((n) => [n.id, n]));
    expect(byId.get(half)).toMatchObject({ progress: 50, health: { status: 'AMBER' } });
    expect(byId.get(done)).toMatchObject({ progress: 100, health: { status: 'GREEN' } });
    expect(byId.get(none)).toMatchObject({ progress: 0, health: { status: 'GREEN' } });
  });
});
