import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { auditEntries, modelCases, timelineEvents, type DatabaseHandle } from '@flagship/drizzle';
import { codeOf, gql, makeBrand, makeWorld, openTestDatabase } from '../../testing';
import {
  caseInput,
  draftCase,
  FEATURE_CASE,
  fieldsOf,
  ok,
  PUBLISH_CASE,
  publishedCase,
  recorded,
  RETURN_CASE,
  returnedCase,
  SAVE_CASE,
  SUBMIT_CASE,
  submittedCase,
} from './case-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

async function setup() {
  const world = await makeWorld(handle.db);
  const brand = await makeBrand(handle.db, world.village, 'BUILDING');
  return { ...world, brand };
}

async function statusOf(id: string) {
  const [row] = await handle.db.select().from(modelCases).where(eq(modelCases.id, id));
  return { status: row.status, version: row.version, featured: row.featured };
}

describe('the review workflow with its timeline and audit', () => {
  it('submits, returns with a reason, resubmits, publishes and features', async () => {
    const { db } = handle;
    const { unit, leader, brand } = await setup();
    const draft = await draftCase(db, unit.viewer, { brandId: brand.id });
    const ids = { caseId: draft.id, brandId: brand.id };
    const run = (who: typeof unit, query: string, vars: Record<string, unknown>) =>
      recorded(db, ids, () => ok(db, who.viewer, query, { id: draft.id, ...vars }));

    const submitted = await run(unit, SUBMIT_CASE, { version: 1 });
    expect(submitted.result.submitModelCase).toMatchObject({ status: 'SUBMITTED', version: 2 });
    expect([submitted.audit, submitted.timeline]).toEqual([['submitModelCase'], ['CASE_SUBMITTED (private)']]);

    const returned = await run(leader, RETURN_CASE, { version: 2, comment: '  请补充成效数据  ' });
    expect(returned.result.returnModelCase).toMatchObject({
      status: 'RETURNED',
      version: 3,
      reviews: [{ decision: 'RETURN', comment: '请补充成效数据', reviewer: { id: leader.row.id } }],
    });
    expect([returned.audit, returned.timeline]).toEqual([['returnModelCase'], ['CASE_RETURNED (private)']]);

    await ok(db, unit.viewer, SAVE_CASE, { id: draft.id, version: 3, input: caseInput({ brandId: brand.id }) });
    const resubmitted = await run(unit, SUBMIT_CASE, { version: 4 });
    expect(resubmitted.result.submitModelCase).toMatchObject({ status: 'SUBMITTED', version: 5 });

    const published = await run(leader, PUBLISH_CASE, { version: 5 });
    const row = published.result.publishModelCase;
    expect(row).toMatchObject({ status: 'PUBLISHED', version: 6, featured: false });
    expect(new Date(row.publishedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(row.reviews.map((r: any) => r.decision)).toEqual(['RETURN', 'PUBLISH']);
    expect([published.audit, published.timeline]).toEqual([['publishModelCase'], ['CASE_PUBLISHED']]);

    const featured = await run(leader, FEATURE_CASE, { featured: true });
    expect(featured.result.setModelCaseFeatured).toMatchObject({ featured: true, version: 7 });
    expect(featured.result.setModelCaseFeatured.featuredAt).not.toBeNull();
    expect([featured.audit, featured.timeline]).toEqual([['setModelCaseFeatured'], ['CASE_FEATURED']]);

    const unfeatured = await run(leader, FEATURE_CASE, { featured: false, version: 7 });
    expect(unfeatured.result.setModelCaseFeatured).toMatchObject({ featured: false, featuredAt: null, version: 8 });
    expect([unfeatured.audit, unfeatured.timeline]).toEqual([['setModelCaseFeatured'], []]);
    const again = await run(leader, FEATURE_CASE, { featured: false });
    expect([again.result.setModelCaseFeatured.version, again.audit]).toEqual([8, []]);
  });

  it('records no timeline event for a case without a brand', async () => {
    const { db } = handle;
    const { unit, leader } = await setup();
    const events = async () => Number((await db.select({ n: count() }).from(timelineEvents))[0].n);
    const before = await events();
    const published = await publishedCase(db, unit.viewer, leader.viewer);
    expect(published.status).toBe('PUBLISHED');
    expect(await events()).toBe(before);
    const audit = await db.select().from(auditEntries).where(eq(auditEntries.entityId, published.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['publishModelCase', 'saveModelCase', 'submitModelCase']);
  });

  it("lets a leader submit a unit's draft, and publish their own draft directly", async () => {
    const { db } = handle;
    const { unit, leader, village } = await setup();
    const unitDraft = await draftCase(db, unit.viewer);
    expect(codeOf(await gql(db, leader.viewer, PUBLISH_CASE, { id: unitDraft.id, version: 1 }))).toBe(
      'INVALID_TRANSITION',
    );
    expect((await ok(db, leader.viewer, SUBMIT_CASE, { id: unitDraft.id, version: 1 })).submitModelCase.status).toBe(
      'SUBMITTED',
    );
    const own = await draftCase(db, leader.viewer, { unitId: village.id });
    const published = (await ok(db, leader.viewer, PUBLISH_CASE, { id: own.id, version: own.version }))
      .publishModelCase;
    expect(published).toMatchObject({ status: 'PUBLISHED', reviews: [{ decision: 'PUBLISH', comment: null }] });
  });
});

describe('admins', () => {
  it('may do what a leader does: return, publish, feature, and write a case for a unit', async () => {
    const { db } = handle;
    const { unit, admin, village, brand } = await setup();
    const first = await submittedCase(db, unit.viewer);
    const returned = (
      await ok(db, admin.viewer, RETURN_CASE, { id: first.id, version: first.version, comment: '补充照片' })
    ).returnModelCase;
    expect(returned).toMatchObject({
      status: 'RETURNED',
      reviews: [{ decision: 'RETURN', reviewer: { id: admin.row.id } }],
    });
    const second = await submittedCase(db, unit.viewer);
    const published = (await ok(db, admin.viewer, PUBLISH_CASE, { id: second.id, version: second.version }))
      .publishModelCase;
    expect(published.status).toBe('PUBLISHED');
    const featured = await ok(db, admin.viewer, FEATURE_CASE, { id: second.id, featured: true });
    expect(featured.setModelCaseFeatured.featured).toBe(true);
    expect(await statusOf(second.id)).toMatchObject({ status: 'PUBLISHED', featured: true });

    const own = await draftCase(db, admin.viewer, { brandId: brand.id });
    expect(own).toMatchObject({ status: 'DRAFT', unit: { id: village.id }, brand: { id: brand.id } });
    const [audit] = await db.select({ n: count() }).from(auditEntries).where(eq(auditEntries.actorId, admin.row.id));
    expect(audit.n).toBe(4);
  });
});

describe('refusals', () => {
  it('refuses the wrong people at every step', async () => {
    const { db } = handle;
    const { unit, unit2, leader, inspector } = await setup();
    const draft = await draftCase(db, unit.viewer);
    for (const [who, code] of [
      [null, 'UNAUTHENTICATED'],
      [unit2, 'FORBIDDEN'],
      [inspector, 'FORBIDDEN'],
    ] as const) {
      expect(codeOf(await gql(db, who?.viewer ?? null, SUBMIT_CASE, { id: draft.id, version: 1 }))).toBe(code);
    }
    const submitted = await submittedCase(db, unit.viewer);
    const vars = { id: submitted.id, version: submitted.version };
    for (const [who, code] of [
      [null, 'UNAUTHENTICATED'],
      [unit, 'FORBIDDEN'],
      [unit2, 'FORBIDDEN'],
      [inspector, 'FORBIDDEN'],
    ] as const) {
      const viewer = who?.viewer ?? null;
      expect(codeOf(await gql(db, viewer, PUBLISH_CASE, vars))).toBe(code);
      expect(codeOf(await gql(db, viewer, RETURN_CASE, { ...vars, comment: '理由' }))).toBe(code);
    }
    const published = await publishedCase(db, unit.viewer, leader.viewer);
    for (const [who, code] of [
      [null, 'UNAUTHENTICATED'],
      [unit, 'FORBIDDEN'],
      [inspector, 'FORBIDDEN'],
    ] as const) {
      expect(codeOf(await gql(db, who?.viewer ?? null, FEATURE_CASE, { id: published.id, featured: true }))).toBe(code);
    }
    expect(await statusOf(draft.id)).toEqual({ status: 'DRAFT', version: 1, featured: false });
    expect((await statusOf(submitted.id)).status).toBe('SUBMITTED');
    expect((await statusOf(published.id)).featured).toBe(false);
  });

  it('refuses every step from the wrong status', async () => {
    const { db } = handle;
    const { unit, leader } = await setup();
    const draft = await draftCase(db, unit.viewer);
    const submitted = await submittedCase(db, unit.viewer);
    const returned = await returnedCase(db, unit.viewer, leader.viewer);
    const published = await publishedCase(db, unit.viewer, leader.viewer);
    const step = (who: typeof unit, query: string, c: Record<string, any>, extra: Record<string, unknown> = {}) =>
      gql(db, who.viewer, query, { id: c.id, version: c.version, ...extra }).then(codeOf);
    expect(await step(unit, SUBMIT_CASE, submitted)).toBe('INVALID_TRANSITION');
    expect(await step(unit, SUBMIT_CASE, published)).toBe('INVALID_TRANSITION');
    expect(await step(leader, PUBLISH_CASE, returned)).toBe('INVALID_TRANSITION');
    expect(await step(leader, PUBLISH_CASE, published)).toBe('INVALID_TRANSITION');
    for (const c of [draft, returned, published]) {
      expect(await step(leader, RETURN_CASE, c, { comment: '理由' })).toBe('INVALID_TRANSITION');
    }
    for (const c of [draft, submitted, returned]) {
      expect(await step(leader, FEATURE_CASE, c, { featured: true })).toBe('INVALID_TRANSITION');
    }
    for (const c of [submitted, published]) {
      expect(await step(unit, SAVE_CASE, c, { input: caseInput() })).toBe('INVALID_TRANSITION');
      expect(await step(leader, SAVE_CASE, c, { input: caseInput() })).toBe('INVALID_TRANSITION');
    }
    expect((await statusOf(published.id)).version).toBe(published.version);
  });

  it('refuses stale versions at every step', async () => {
    const { db } = handle;
    const { unit, leader } = await setup();
    const draft = await draftCase(db, unit.viewer);
    const submitted = await submittedCase(db, unit.viewer);
    const published = await publishedCase(db, unit.viewer, leader.viewer);
    const stale = (who: typeof unit, query: string, c: Record<string, any>, extra: Record<string, unknown> = {}) =>
      gql(db, who.viewer, query, { id: c.id, version: c.version - 1, ...extra }).then(codeOf);
    expect(await stale(unit, SUBMIT_CASE, draft)).toBe('CONFLICT');
    expect(await stale(leader, PUBLISH_CASE, submitted)).toBe('CONFLICT');
    expect(await stale(leader, RETURN_CASE, submitted, { comment: '理由' })).toBe('CONFLICT');
    expect(await stale(leader, FEATURE_CASE, published, { featured: true })).toBe('CONFLICT');
    expect(await statusOf(submitted.id)).toEqual({ status: 'SUBMITTED', version: submitted.version, featured: false });
    expect((await statusOf(published.id)).featured).toBe(false);
  });

  it('requires a reason to return a case', async () => {
    const { db } = handle;
    const { unit, leader } = await setup();
    const submitted = await submittedCase(db, unit.viewer);
    for (const comment of ['', '   ']) {
      const result = await gql(db, leader.viewer, RETURN_CASE, { id: submitted.id, version: 2, comment });
      expect(fieldsOf(result)).toEqual({ comment: '退回案例须说明理由' });
    }
    const long = await gql(db, leader.viewer, RETURN_CASE, {
      id: submitted.id,
      version: 2,
      comment: '字'.repeat(2001),
    });
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    expect((await statusOf(submitted.id)).status).toBe('SUBMITTED');
  });
});
