import { asc, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../client';
import { migrateDatabase } from '../migrate';
import { verifyPassword } from '../passwords';
import {
  BRAND_STAGES,
  attachmentBlobs,
  attachments,
  brandFiveHaves,
  brandLevelChanges,
  brandStageChanges,
  brands,
  checklistItems,
  checklistTemplates,
  findings,
  inspectionItems,
  inspections,
  milestones,
  modelCaseReviews,
  modelCases,
  planReviews,
  planRevisions,
  plans,
  publicReviews,
  rectificationEvents,
  rectifications,
  spotCheckDrawItems,
  spotCheckDraws,
  timelineEvents,
  unitTierChanges,
  units,
  users,
} from '../tables/index';
import { buildDemoRows, DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, seedDemo, type SeedSummary } from './index';

const TODAY = '2026-11-26';

async function fresh(): Promise<DatabaseHandle> {
  const handle = await openDatabase({ dataDir: 'memory://' });
  await migrateDatabase(handle);
  return handle;
}

describe('demo seed', () => {
  let handle: DatabaseHandle;
  let summary: SeedSummary;

  beforeAll(async () => {
    handle = await fresh();
    expect(await isDatabaseEmpty(handle.db)).toBe(true);
    summary = await seedDemo(handle.db, { today: TODAY });
  }, 60_000);

  afterAll(async () => {
    await handle.close();
  });

  it('fills the database and reports the counts', async () => {
    const db = handle.db;
    expect(await isDatabaseEmpty(db)).toBe(false);
    expect(summary.units).toBe((await db.select().from(units)).length);
    expect(summary.brands).toBe((await db.select().from(brands)).length);
    expect(summary.plans).toBe((await db.select().from(plans)).length);
    expect(summary.milestones).toBe((await db.select().from(milestones)).length);
    expect(summary.users).toBe((await db.select().from(users)).length);
    const counts: [number, PgTable][] = [
      [summary.checklistTemplates, checklistTemplates],
      [summary.checklistItems, checklistItems],
      [summary.inspections, inspections],
      [summary.inspectionItems, inspectionItems],
      [summary.findings, findings],
      [summary.rectifications, rectifications],
      [summary.rectificationEvents, rectificationEvents],
      [summary.publicReviews, publicReviews],
      [summary.spotCheckDraws, spotCheckDraws],
      [summary.spotCheckDrawItems, spotCheckDrawItems],
      [summary.attachments, attachments],
      [summary.modelCases, modelCases],
      [summary.modelCaseReviews, modelCaseReviews],
      [summary.timelineEvents, timelineEvents],
    ];
    for (const [n, table] of counts) {
      expect(n).toBeGreaterThan(0);
      expect(n).toBe(await db.$count(table));
    }
  });

  it('builds a unit tree of 80+ units with about 30% lagging and this year’s transformations', async () => {
    const all = await handle.db.select().from(units);
    expect(all.length).toBeGreaterThanOrEqual(80);
    const byId = new Map(all.map((u) => [u.id, u]));
    const roots = all.filter((u) => u.parentId === null);
    expect(roots).toHaveLength(1);
    expect(roots[0].kind).toBe('COUNTY_COMMITTEE');
    expect(all.filter((u) => u.kind === 'TOWN_COMMITTEE')).toHaveLength(8);
    for (const u of all) {
      const parent = u.parentId ? byId.get(u.parentId) : null;
      expect(u.path).toBe(`${parent ? parent.path : '/'}${u.id}/`);
    }
    const grassroots = all.filter((u) => byId.get(u.parentId ?? '')?.kind === 'TOWN_COMMITTEE');
    expect(grassroots.length).toBeGreaterThanOrEqual(75);
    const share = (tier: string) => grassroots.filter((u) => u.tier === tier).length / grassroots.length;
    expect(share('LAGGING')).toBeGreaterThan(0.25);
    expect(share('LAGGING')).toBeLessThan(0.35);
    expect(share('AVERAGE')).toBeGreaterThan(0.4);
    expect(share('ADVANCED')).toBeGreaterThan(0.2);
    expect(new Set(all.map((u) => u.branchForm).filter(Boolean)).size).toBe(6);

    const baselineLagging = all.filter((u) => u.baselineTier === 'LAGGING');
    const transformed = baselineLagging.filter((u) => u.tier !== 'LAGGING');
    expect(transformed.length / baselineLagging.length).toBeGreaterThan(0.25);
    const changes = await handle.db.select().from(unitTierChanges);
    const changed = all.filter((u) => u.tier !== u.baselineTier);
    expect(changes.map((c) => c.unitId).sort()).toEqual(changed.map((u) => u.id).sort());
    for (const c of changes) {
      expect(c.changedAt.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-01-01T00:00:00+08:00'));
      expect(c.changedAt.getTime()).toBeLessThan(Date.parse(`${TODAY}T00:00:00+08:00`));
    }
  });

  it('creates the five demo accounts with the right roles and password', async () => {
    const rows = await handle.db.select().from(users);
    const demo = rows.filter((u) => !u.username.startsWith('unit-'));
    const roles = Object.fromEntries(demo.map((u) => [u.username, u.role]));
    expect(roles).toEqual({ admin: 'ADMIN', leader: 'LEADER', inspector: 'INSPECTOR', unit: 'UNIT', unit2: 'UNIT' });
    expect(DEMO_ACCOUNTS.map((a) => a.username).sort()).toEqual(Object.keys(roles).sort());
    const admin = rows.find((u) => u.username === 'admin')!;
    expect(await verifyPassword(admin.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it('gives every other brand-owning unit one account of its own, so the unit records its own work', async () => {
    const db = handle.db;
    const rows = await db.select().from(users);
    const owners = new Set((await db.select().from(brands)).map((b) => b.unitId));
    const extra = rows.filter((u) => u.username.startsWith('unit-'));
    const unitAccounts = rows.filter((u) => u.role === 'UNIT');
    expect(new Set(unitAccounts.map((u) => u.unitId)).size).toBe(unitAccounts.length);
    expect(new Set(unitAccounts.map((u) => u.unitId))).toEqual(owners);
    const [one] = extra;
    const [unit] = await db.select().from(units).where(eq(units.id, one.unitId!));
    expect(one).toMatchObject({ role: 'UNIT', displayName: `${unit.name} 党建联络员`, disabled: false });
    expect(await verifyPassword(one.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it('gives the unit accounts brands to work on', async () => {
    const db = handle.db;
    const [unitUser] = await db.select().from(users).where(eq(users.username, 'unit'));
    const [village] = await db.select().from(units).where(eq(units.id, unitUser.unitId!));
    expect(village.kind).toBe('VILLAGE');
    const owned = await db.select().from(brands).where(eq(brands.unitId, village.id));
    expect(owned.length).toBeGreaterThanOrEqual(2);
    const ownedPlans = await Promise.all(
      owned.map(async (b) => (await db.select().from(plans).where(eq(plans.brandId, b.id)))[0]),
    );
    const approved = ownedPlans.find((p) => p?.status === 'APPROVED');
    expect(approved).toBeDefined();
    expect((await db.select().from(milestones).where(eq(milestones.planId, approved!.id))).length).toBeGreaterThan(3);
    expect(ownedPlans.some((p) => p?.status === 'DRAFT' || p?.status === 'RETURNED')).toBe(true);

    const [unit2] = await db.select().from(users).where(eq(users.username, 'unit2'));
    const [community] = await db.select().from(units).where(eq(units.id, unit2.unitId!));
    expect(community.kind).toBe('COMMUNITY');
    expect((await db.select().from(brands).where(eq(brands.unitId, community.id))).length).toBeGreaterThanOrEqual(1);
  });

  it('covers every stage and level, with a stage history ending at the current stage', async () => {
    const db = handle.db;
    const all = await db.select().from(brands);
    expect(all.length).toBeGreaterThanOrEqual(24);
    expect(new Set(all.map((b) => b.stage))).toEqual(new Set(BRAND_STAGES));
    expect(all.filter((b) => b.stage === 'WITHDRAWN')).toHaveLength(1);
    expect(new Set(all.map((b) => b.level).filter(Boolean))).toEqual(
      new Set(['COUNTY', 'CITY', 'PROVINCE', 'NATIONAL']),
    );
    for (const name of ['党员服务先锋', '三一', '美丽工程', '党旗引航']) {
      expect(all.some((b) => b.name.includes(name))).toBe(true);
    }
    const changes = await db.select().from(brandStageChanges).orderBy(asc(brandStageChanges.at));
    const levels = await db.select().from(brandLevelChanges).orderBy(asc(brandLevelChanges.at));
    const haves = await db.select().from(brandFiveHaves);
    for (const b of all) {
      const history = changes.filter((c) => c.brandId === b.id);
      expect(history[0].fromStage).toBeNull();
      expect(history[0].toStage).toBe('DECLARED');
      expect(history[history.length - 1].toStage).toBe(b.stage);
      const own = levels.filter((l) => l.brandId === b.id);
      expect(own.length ? own[own.length - 1].toLevel : null).toBe(b.level);
      expect(haves.filter((h) => h.brandId === b.id)).toHaveLength(5);
    }
  });

  it('keeps plans, revisions, reviews and milestones consistent', async () => {
    const db = handle.db;
    const allPlans = await db.select().from(plans);
    const revisions = await db.select().from(planRevisions);
    const reviews = await db.select().from(planReviews);
    const allMilestones = await db.select().from(milestones);
    const statuses = new Set(allPlans.map((p) => p.status));
    expect(statuses).toEqual(new Set(['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED']));
    expect(reviews.some((r) => r.decision === 'RETURN' && (r.comment ?? '').length > 0)).toBe(true);
    for (const p of allPlans) {
      const own = revisions.filter((r) => r.planId === p.id);
      expect(own).toHaveLength(p.revision);
      if (p.status === 'DRAFT') {
        expect(p.revision).toBe(0);
      }
      const ms = allMilestones.filter((m) => m.planId === p.id);
      expect(ms.length).toBeGreaterThanOrEqual(4);
      expect(ms.length).toBeLessThanOrEqual(6);
      expect(ms.reduce((sum, m) => sum + m.weight, 0)).toBe(100);
      for (const m of ms) {
        expect(m.dueDate >= p.startDate && m.dueDate <= p.endDate).toBe(true);
      }
      const last = own.sort((a, b) => a.revision - b.revision).at(-1);
      if (last) {
        expect(last.snapshot.milestones.map((m) => m.title)).toEqual(
          ms.sort((a, b) => a.position - b.position).map((m) => m.title),
        );
        expect(last.snapshot.goals).toBe(p.goals);
      }
    }
    const overdue = allMilestones.filter((m) => m.dueDate < TODAY && m.status !== 'DONE');
    expect(new Set(overdue.map((m) => m.planId)).size).toBeGreaterThanOrEqual(2);
    expect(allMilestones.some((m) => m.status === 'IN_PROGRESS' && m.dueDate >= TODAY)).toBe(true);
    expect(allMilestones.some((m) => m.status === 'PENDING' && m.dueDate > TODAY)).toBe(true);
  });

  it('puts every timeline event in the past', async () => {
    const events = await handle.db.select().from(timelineEvents);
    const now = Date.parse(`${TODAY}T00:00:00+08:00`);
    expect(events.every((e) => e.at.getTime() < now)).toBe(true);
    expect(events.some((e) => e.public)).toBe(true);
    expect(events.filter((e) => e.kind === 'PLAN_RETURNED').every((e) => !e.public)).toBe(true);
  });

  it('makes identical rows on two fresh databases', async () => {
    const other = await fresh();
    try {
      await seedDemo(other.db, { today: TODAY });
      const dump = async (db: DatabaseHandle['db'], table: PgTable) =>
        (await db.select().from(table)).map((row) => JSON.stringify(row)).sort();
      const tables = [brands, milestones, inspections, inspectionItems, rectifications, rectificationEvents];
      for (const table of [
        ...tables,
        modelCases,
        modelCaseReviews,
        brandLevelChanges,
        publicReviews,
        spotCheckDrawItems,
        attachments,
        attachmentBlobs,
        timelineEvents,
      ]) {
        expect(await dump(other.db, table)).toEqual(await dump(handle.db, table));
      }
      // Accounts too, but for the password hashes' random salts.
      const accounts = async (db: DatabaseHandle['db']) =>
        (await db.select().from(users)).map(({ passwordHash: _, ...u }) => JSON.stringify(u)).sort();
      expect(await accounts(other.db)).toEqual(await accounts(handle.db));
    } finally {
      await other.close();
    }
  }, 60_000);
});

describe('demo rows on other days', () => {
  it.each(['2026-01-01', '2026-03-01', '2027-01-05', '2028-02-29', '2030-12-31'])('stay consistent on %s', (today) => {
    const rows = buildDemoRows(today, new Map());
    const start = Date.parse(`${today}T00:00:00+08:00`);
    const stamps = [
      ...rows.timelineEvents.map((e) => e.at!),
      ...rows.brandStageChanges.map((c) => c.at!),
      ...rows.brandLevelChanges.map((c) => c.at!),
      ...rows.milestoneReports.map((r) => r.at!),
      ...rows.planRevisions.map((r) => r.submittedAt!),
      ...rows.planReviews.map((r) => r.createdAt!),
    ];
    expect(stamps.every((d) => d.getTime() < start)).toBe(true);
    for (const c of rows.unitTierChanges) {
      expect(c.changedAt!.getTime()).toBeGreaterThanOrEqual(Date.parse(`${today.slice(0, 4)}-01-01T00:00:00+08:00`));
    }
    expect(rows.milestones.every((m) => (m.status === 'DONE') === m.doneAt instanceof Date)).toBe(true);
    expect(rows.milestones.some((m) => m.dueDate < today && m.status !== 'DONE')).toBe(true);
  });

  it('refuses a malformed day', () => {
    expect(() => buildDemoRows('2026-02-30', new Map())).toThrow(/YYYY-MM-DD/);
  });
});
