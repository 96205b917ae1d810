import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  brands,
  checklistTemplates,
  inspections,
  milestones,
  plans,
  publicReviews,
  rectifications,
  units,
  type DatabaseHandle,
} from '@flagship/drizzle';
import { eq } from 'drizzle-orm';
import { codeOf, gql, makeBrand, makeUnit, makeWorld, openTestDatabase } from '../../testing';
import { lastTwelveMonths } from './dashboard.service';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(async () => h.close());

const TODAY = '2026-11-26';
const QUERY = `query($u: ID) { dashboard(unitId: $u) {
  brandsByStage { stage count } brandsByLevel { level count } progressDistribution { from to count }
  overdueMilestones openRectifications overdueRectifications totalRectifications rectificationClosureRate
  averageInspectionScore inspectionsByMonth { month count regular spot self averageScore }
  publicSatisfaction { total satisfied basicallySatisfied unsatisfied rate }
  tierTransformation { baselineLagging transformedLagging baselineAverage liftedAverage baselineAdvanced keptAdvanced } } }`;

/** A town of its own with known figures, so the subtree scope can be checked exactly. */
async function town() {
  const w = await makeWorld(h.db);
  const a = await makeBrand(h.db, w.village, 'BUILDING');
  const b = await makeBrand(h.db, w.village2, 'NAMED');
  await h.db.update(units).set({ baselineTier: 'LAGGING', tier: 'AVERAGE' }).where(eq(units.id, w.village.id));
  await h.db.update(units).set({ baselineTier: 'LAGGING', tier: 'LAGGING' }).where(eq(units.id, w.village2.id));
  await h.db.update(brands).set({ level: 'CITY' }).where(eq(brands.id, b.id));
  const [plan] = await h.db
    .insert(plans)
    .values({
      brandId: a.id,
      status: 'APPROVED',
      goals: 'g',
      measures: 'm',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      responsiblePerson: { name: '王' },
    })
    .returning();
  await h.db.insert(milestones).values([
    {
      planId: plan.id,
      brandId: a.id,
      title: '一',
      dueDate: '2026-03-01',
      weight: 50,
      position: 0,
      status: 'DONE',
      doneAt: new Date(),
    },
    { planId: plan.id, brandId: a.id, title: '二', dueDate: '2026-10-01', weight: 50, position: 1 },
  ]);
  const [tpl] = await h.db.insert(checklistTemplates).values({ name: '检查表' }).returning();
  await h.db.insert(inspections).values([
    {
      kind: 'REGULAR',
      unitId: w.village.id,
      brandId: a.id,
      date: '2026-11-02',
      templateId: tpl.id,
      templateVersion: 1,
      score: 80,
      maxScore: 100,
    },
    {
      kind: 'SPOT',
      unitId: w.village.id,
      brandId: a.id,
      date: '2026-10-15',
      templateId: tpl.id,
      templateVersion: 1,
      score: 30,
      maxScore: 50,
    },
    {
      kind: 'SELF',
      unitId: w.village.id,
      brandId: a.id,
      date: '2026-11-01',
      templateId: tpl.id,
      templateVersion: 1,
      score: 100,
      maxScore: 100,
    },
  ]);
  const person = { name: '王书记' };
  const rect = await h.db
    .insert(rectifications)
    .values([
      {
        unitId: w.village.id,
        brandId: a.id,
        problem: 'p',
        measure: 'm',
        deadline: '2026-11-01',
        responsiblePerson: person,
        public: true,
      },
      {
        unitId: w.village.id,
        brandId: a.id,
        problem: 'p',
        measure: 'm',
        deadline: '2026-12-01',
        responsiblePerson: person,
        status: 'IN_PROGRESS',
      },
      {
        unitId: w.village2.id,
        problem: 'p',
        measure: 'm',
        deadline: '2026-09-01',
        responsiblePerson: person,
        status: 'VERIFIED',
        verifiedAt: new Date(),
      },
    ])
    .returning();
  await h.db.insert(publicReviews).values([
    { rectificationId: rect[0].id, rating: 'SATISFIED', clientKey: 'a', day: TODAY },
    { rectificationId: rect[0].id, rating: 'UNSATISFIED', clientKey: 'b', day: TODAY },
    { rectificationId: rect[0].id, rating: 'BASICALLY_SATISFIED', clientKey: 'c', day: TODAY },
  ]);
  return w;
}

describe('dashboard', () => {
  it('computes every figure for a unit subtree with aggregate queries', async () => {
    const w = await town();
    const r = await gql(h.db, w.leader.viewer, QUERY, { u: w.town.id }, { today: TODAY });
    expect(r.errors).toBeUndefined();
    const d = r.data!.dashboard;
    expect(d.brandsByStage.find((s: any) => s.stage === 'BUILDING').count).toBe(1);
    expect(d.brandsByStage.find((s: any) => s.stage === 'NAMED').count).toBe(1);
    expect(d.brandsByStage).toHaveLength(7);
    expect(d.brandsByLevel.find((l: any) => l.level === 'CITY').count).toBe(1);
    expect(d.progressDistribution).toContainEqual({ from: 40, to: 60, count: 1 });
    expect(d.overdueMilestones).toBe(1);
    expect(d.totalRectifications).toBe(3);
    expect(d.openRectifications).toBe(2);
    expect(d.overdueRectifications).toBe(1);
    expect(d.rectificationClosureRate).toBeCloseTo(1 / 3);
    expect(d.averageInspectionScore).toBe(70);
    const nov = d.inspectionsByMonth.find((m: any) => m.month === '2026-11');
    expect(nov).toEqual({ month: '2026-11', count: 2, regular: 1, spot: 0, self: 1, averageScore: 80 });
    expect(d.inspectionsByMonth).toHaveLength(12);
    expect(d.publicSatisfaction).toEqual({
      total: 3,
      satisfied: 1,
      basicallySatisfied: 1,
      unsatisfied: 1,
      rate: 2 / 3,
    });
    expect(d.tierTransformation).toMatchObject({ baselineLagging: 2, transformedLagging: 1 });
  });

  it('scopes to the subtree: another town does not count', async () => {
    const w = await town();
    const other = await makeUnit(h.db, { parent: w.county, kind: 'TOWN_COMMITTEE' });
    const r = await gql(h.db, w.leader.viewer, QUERY, { u: other.id }, { today: TODAY });
    expect(r.data!.dashboard.totalRectifications).toBe(0);
    expect(r.data!.dashboard.rectificationClosureRate).toBe(1);
    expect(r.data!.dashboard.averageInspectionScore).toBeNull();
  });

  it('lets a unit see its own unit only, and nobody anonymous', async () => {
    const w = await town();
    expect(codeOf(await gql(h.db, null, QUERY, {}, { today: TODAY }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(h.db, w.unit.viewer, QUERY, { u: w.village2.id }, { today: TODAY }))).toBe('FORBIDDEN');
    const own = await gql(h.db, w.unit.viewer, QUERY, {}, { today: TODAY });
    expect(own.data!.dashboard.totalRectifications).toBe(2);
    expect(codeOf(await gql(h.db, w.leader.viewer, QUERY, { u: 'nope' }, { today: TODAY }))).toBe('NOT_FOUND');
  });

  it('lists the twelve months ending this month', () => {
    expect(lastTwelveMonths('2026-02-10')).toEqual([
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });
});
