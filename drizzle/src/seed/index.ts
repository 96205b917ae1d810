import { count, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { hashPassword } from '../passwords';
import {
  attachmentBlobs,
  attachments,
  brandCoUnits,
  brandFiveHaves,
  brandLevelChanges,
  brandStageChanges,
  brands,
  checklistItems,
  checklistTemplates,
  findings,
  inspectionAttachments,
  inspectionItems,
  inspections,
  milestoneReports,
  milestones,
  modelCaseReviews,
  modelCases,
  planReviews,
  planRevisions,
  planSupports,
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
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
import { accountId, buildAccounts } from './build-accounts';
import { buildBrand } from './build-brands';
import { buildCases } from './build-cases';
import { buildSupervision } from './build-supervision';
import { buildUnits, UNITS_CREATED_DAYS_AGO } from './build-units';
import { SeedContext, type SeedRows } from './context';
import { BRANDS } from './data/people';
import { Clock, DAY, shanghaiToday } from './dates';
import { seedId } from './ids';

export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './accounts';
export { seedId } from './ids';

export interface SeedOptions {
  /** The day the demo is built around, YYYY-MM-DD; default today in Asia/Shanghai. */
  today?: string;
}

/** How many rows the demo seed inserted. */
export interface SeedSummary {
  units: number;
  users: number;
  brands: number;
  plans: number;
  milestones: number;
  checklistTemplates: number;
  checklistItems: number;
  inspections: number;
  inspectionItems: number;
  findings: number;
  rectifications: number;
  rectificationEvents: number;
  publicReviews: number;
  spotCheckDraws: number;
  spotCheckDrawItems: number;
  attachments: number;
  modelCases: number;
  modelCaseReviews: number;
  timelineEvents: number;
}

/** True when the `units` table has no rows, i.e. the database has never been seeded or used. */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(units);
  return Number(row?.n ?? 0) === 0;
}

/** True when the demo accounts are there (so the start-up banner may list them). */
export async function hasDemoAccounts(db: Database): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(eq(users.id, seedId('user:leader')));
  return Number(row?.n ?? 0) > 0;
}

/** Builds every row of the demo county for a given day, without touching the database. */
export function buildDemoRows(today: string, passwordHashes: Map<string, string>): SeedRows {
  const clock = new Clock(today);
  const ctx = new SeedContext(clock, {
    admin: accountId('admin'),
    leader: accountId('leader'),
    inspector: accountId('inspector'),
    unit: accountId('unit'),
    unit2: accountId('unit2'),
  });
  buildUnits(ctx);
  buildAccounts(ctx, passwordHashes, clock.at(-UNITS_CREATED_DAYS_AGO * DAY + 30));
  BRANDS.forEach((brand, i) => buildBrand(ctx, brand, i));
  buildSupervision(ctx);
  buildCases(ctx);
  // Timeline events go in in the order they happened (a stable sort keeps same-moment events in build order),
  // so the table's insertion order agrees with time as it would in real use.
  ctx.rows.timelineEvents.sort((a, b) => (a.at as Date).getTime() - (b.at as Date).getTime());
  return ctx.rows;
}

/** Inserts rows in chunks of at most `size` (500; fewer for rows carrying file bytes). */
async function insertAll<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await insert(rows.slice(i, i + size));
  }
}

/**
 * Seeds the demo county 青山县 (units, the five demo accounts and an account for each brand-owning unit, brands with their plans, milestones and
 * timeline; checklists, inspections, findings, rectifications, public reviews, a spot-check draw and photos;
 * model cases with their reviews and covers)
 * in one transaction. Ids come from `seedId`, dates are relative to `today`, so two fresh databases
 * seeded on the same day hold identical rows.
 */
export async function seedDemo(db: Database, options: SeedOptions = {}): Promise<SeedSummary> {
  const today = options.today ?? shanghaiToday();
  const hashes = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    hashes.set(account.username, await hashPassword(DEMO_PASSWORD));
  }
  const rows = buildDemoRows(today, hashes);
  await db.transaction(async (tx) => {
    await insertAll(rows.units, (c) => tx.insert(units).values(c));
    await insertAll(rows.users, (c) => tx.insert(users).values(c));
    await insertAll(rows.unitTierChanges, (c) => tx.insert(unitTierChanges).values(c));
    await insertAll(rows.brands, (c) => tx.insert(brands).values(c));
    await insertAll(rows.brandCoUnits, (c) => tx.insert(brandCoUnits).values(c));
    await insertAll(rows.brandStageChanges, (c) => tx.insert(brandStageChanges).values(c));
    await insertAll(rows.brandFiveHaves, (c) => tx.insert(brandFiveHaves).values(c));
    await insertAll(rows.plans, (c) => tx.insert(plans).values(c));
    await insertAll(rows.planSupports, (c) => tx.insert(planSupports).values(c));
    await insertAll(rows.planRevisions, (c) => tx.insert(planRevisions).values(c));
    await insertAll(rows.planReviews, (c) => tx.insert(planReviews).values(c));
    await insertAll(rows.milestones, (c) => tx.insert(milestones).values(c));
    await insertAll(rows.milestoneReports, (c) => tx.insert(milestoneReports).values(c));
    await insertAll(rows.checklistTemplates, (c) => tx.insert(checklistTemplates).values(c));
    await insertAll(rows.checklistItems, (c) => tx.insert(checklistItems).values(c));
    await insertAll(rows.attachments, (c) => tx.insert(attachments).values(c));
    await insertAll(rows.attachmentBlobs, (c) => tx.insert(attachmentBlobs).values(c), 4);
    // Cases refer to brands, units and their cover attachments; a level change may cite a case.
    await insertAll(rows.modelCases, (c) => tx.insert(modelCases).values(c));
    await insertAll(rows.modelCaseReviews, (c) => tx.insert(modelCaseReviews).values(c));
    await insertAll(rows.brandLevelChanges, (c) => tx.insert(brandLevelChanges).values(c));
    await insertAll(rows.inspections, (c) => tx.insert(inspections).values(c));
    await insertAll(rows.inspectionItems, (c) => tx.insert(inspectionItems).values(c));
    await insertAll(rows.inspectionAttachments, (c) => tx.insert(inspectionAttachments).values(c));
    await insertAll(rows.findings, (c) => tx.insert(findings).values(c));
    await insertAll(rows.spotCheckDraws, (c) => tx.insert(spotCheckDraws).values(c));
    await insertAll(rows.spotCheckDrawItems, (c) => tx.insert(spotCheckDrawItems).values(c));
    await insertAll(rows.rectifications, (c) => tx.insert(rectifications).values(c));
    await insertAll(rows.rectificationEvents, (c) => tx.insert(rectificationEvents).values(c));
    await insertAll(rows.publicReviews, (c) => tx.insert(publicReviews).values(c));
    await insertAll(rows.timelineEvents, (c) => tx.insert(timelineEvents).values(c));
  });
  return {
    units: rows.units.length,
    users: rows.users.length,
    brands: rows.brands.length,
    plans: rows.plans.length,
    milestones: rows.milestones.length,
    checklistTemplates: rows.checklistTemplates.length,
    checklistItems: rows.checklistItems.length,
    inspections: rows.inspections.length,
    inspectionItems: rows.inspectionItems.length,
    findings: rows.findings.length,
    rectifications: rows.rectifications.length,
    rectificationEvents: rows.rectificationEvents.length,
    publicReviews: rows.publicReviews.length,
    spotCheckDraws: rows.spotCheckDraws.length,
    spotCheckDrawItems: rows.spotCheckDrawItems.length,
    attachments: rows.attachments.length,
    modelCases: rows.modelCases.length,
    modelCaseReviews: rows.modelCaseReviews.length,
    timelineEvents: rows.timelineEvents.length,
  };
}
