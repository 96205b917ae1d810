import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditEntries, publicReviews, rateCounters, type DatabaseHandle } from '@flagship/drizzle';
import { AppError } from '../../core/errors';
import { codeOf, gql, makeRectification, makeWorld, openTestDatabase, testContext } from '../../testing';
import { clientKeyOf, reviewRectification, REVIEWS_PER_CLIENT } from './public-reviews.service';
import { footprint, LIST, ok, REVIEW } from './rectification-test-helpers';

const statements: string[] = [];
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase({ logger: { logQuery: (query) => void statements.push(query) } });
});
afterAll(async () => {
  await handle?.close();
});

let ipCounter = 0;
/** A client address no other test uses, so per-client limits do not leak between tests. */
function freshIp(): string {
  ipCounter += 1;
  return `203.0.113.${ipCounter}`;
}

async function setup() {
  const world = await makeWorld(handle.db);
  const item = await makeRectification(handle.db, world.village.id, { public: true });
  return { ...world, item };
}

/** Rates as an anonymous client at `clientIp` on `today`; returns the review or the error code. */
async function rate(id: string, clientIp: string, today = '2025-05-01', comment: string | null = null) {
  const ctx = testContext(handle.db, null, { clientIp, today });
  try {
    return await reviewRectification(ctx, id, 'SATISFIED', comment);
  } catch (e) {
    if (e instanceof AppError) {
      return e.code;
    }
    throw e;
  }
}

describe('reviewRectification', () => {
  it('lets the public rate a public item, storing a keyed hash of the address and an audit entry without either', async () => {
    const { db } = handle;
    const { item } = await setup();
    const result = await ok(db, null, REVIEW, { id: item.id, rating: 'BASICALLY_SATISFIED', comment: ' 整改及时 ' });
    expect(result.reviewRectification).toMatchObject({ rating: 'BASICALLY_SATISFIED', comment: '整改及时' });
    const [stored] = await db.select().from(publicReviews).where(eq(publicReviews.rectificationId, item.id));
    expect(stored.clientKey).toBe(clientKeyOf('127.0.0.1'));
    expect(stored.clientKey).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain('127.0.0.1');
    const [audit] = await db.select().from(auditEntries).where(eq(auditEntries.entityId, item.id));
    expect(audit).toMatchObject({ action: 'reviewRectification', actorId: null, ip: null });
  });

  it('allows one rating per item, client and day: the second is RATE_LIMITED and writes nothing', async () => {
    const { item } = await setup();
    const ip = freshIp();
    expect(await rate(item.id, ip)).toMatchObject({ rating: 'SATISFIED' });
    const before = await footprint(handle.db, item.id);
    const ctx = testContext(handle.db, null, { clientIp: ip, today: '2025-05-01' });
    const second = reviewRectification(ctx, item.id, 'UNSATISFIED', '再评一次');
    await expect(second).rejects.toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('明天') });
    expect(await footprint(handle.db, item.id)).toEqual(before);

    expect(await rate(item.id, freshIp())).toMatchObject({ rating: 'SATISFIED' });
    expect(await rate(item.id, ip, '2025-05-02')).toMatchObject({ rating: 'SATISFIED' });
    expect((await footprint(handle.db, item.id)).reviews).toBe(3);
  });

  it(`blocks a client after ${REVIEWS_PER_CLIENT.limit} ratings within the window, across items`, async () => {
    const world = await makeWorld(handle.db);
    const items = [];
    for (let i = 0; i <= REVIEWS_PER_CLIENT.limit; i += 1) {
      items.push(await makeRectification(handle.db, world.village.id, { public: true }));
    }
    const ip = freshIp();
    for (const item of items.slice(0, -1)) {
      expect(await rate(item.id, ip)).toMatchObject({ rating: 'SATISFIED' });
    }
    const last = items.at(-1)!;
    expect(await rate(last.id, ip)).toBe('RATE_LIMITED');
    expect((await footprint(handle.db, last.id)).reviews).toBe(0);
    const [counter] = await handle.db
      .select({ n: count() })
      .from(rateCounters)
      .where(eq(rateCounters.key, `review:client:${clientKeyOf(ip)}`));
    expect(counter.n).toBe(1);
    expect(await rate(last.id, freshIp())).toMatchObject({ rating: 'SATISFIED' });
  });

  it('answers NOT_FOUND for a non-public item and for ids that name nothing', async () => {
    const world = await makeWorld(handle.db);
    const hidden = await makeRectification(handle.db, world.village.id, { public: false });
    for (const id of [hidden.id, '00000000-0000-4000-8000-000000000000', 'nope']) {
      expect(codeOf(await gql(handle.db, null, REVIEW, { id, rating: 'SATISFIED' }))).toBe('NOT_FOUND');
    }
    expect((await footprint(handle.db, hidden.id)).reviews).toBe(0);
  });

  it('keeps comments as plain text: control characters stripped, trimmed, at most 500 characters', async () => {
    const { item } = await setup();
    const long = await gql(handle.db, null, REVIEW, { id: item.id, rating: 'UNSATISFIED', comment: '差'.repeat(501) });
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0].extensions.fields).toHaveProperty('comment');
    expect((await footprint(handle.db, item.id)).reviews).toBe(0);

    const html = await rate(item.id, freshIp(), '2025-05-01', '\u0000 <b>好</b>\u0007\r\n下次\u202e再来 ');
    expect(html).toMatchObject({ comment: '<b>好</b>\n下次再来' });
    expect(await rate(item.id, freshIp(), '2025-05-01', '满'.repeat(500))).toMatchObject({ rating: 'SATISFIED' });
    expect(await rate(item.id, freshIp(), '2025-05-01', ' \u0001 ')).toMatchObject({ comment: null });
  });
});

describe('summaries', () => {
  it('summarises each item with one grouped query, and each unit subtree with one aggregate', async () => {
    const w = await makeWorld(handle.db);
    const a = await makeRectification(handle.db, w.village.id, { public: true, deadline: '2025-01-01' });
    const b = await makeRectification(handle.db, w.village.id, { public: true, deadline: '2025-02-01' });
    const c = await makeRectification(handle.db, w.village2.id, { public: true, deadline: '2025-03-01' });
    const ratings: [string, 'SATISFIED' | 'BASICALLY_SATISFIED' | 'UNSATISFIED'][] = [
      [a.id, 'SATISFIED'],
      [a.id, 'SATISFIED'],
      [a.id, 'UNSATISFIED'],
      [b.id, 'BASICALLY_SATISFIED'],
      [c.id, 'UNSATISFIED'],
    ];
    for (const [id, rating] of ratings) {
      await reviewRectification(testContext(handle.db, null, { clientIp: freshIp() }), id, rating, null);
    }
    // The unsatisfied rating of `a` is the latest, whatever the clock's resolution.
    await handle.db
      .update(publicReviews)
      .set({ createdAt: new Date(Date.now() + 60_000) })
      .where(and(eq(publicReviews.rectificationId, a.id), eq(publicReviews.rating, 'UNSATISFIED')));
    const query = LIST.replace(
      'status overdue',
      'status overdue reviewSummary { total satisfied basicallySatisfied unsatisfied satisfactionRate } reviews(first: 2) { rating }',
    );
    statements.length = 0;
    const data = await ok(handle.db, null, query, { filter: { townId: w.town.id } });
    expect(statements.filter((s) => /group by "public_reviews"/i.test(s))).toHaveLength(1);
    expect(statements.filter((s) => /row_number\(\)/i.test(s))).toHaveLength(1);
    const nodes = data.rectifications.nodes;
    expect(nodes.map((n: any) => n.reviewSummary)).toEqual([
      { total: 3, satisfied: 2, basicallySatisfied: 0, unsatisfied: 1, satisfactionRate: 66.7 },
      { total: 1, satisfied: 0, basicallySatisfied: 1, unsatisfied: 0, satisfactionRate: 100 },
      { total: 1, satisfied: 0, basicallySatisfied: 0, unsatisfied: 1, satisfactionRate: 0 },
    ]);
    expect(nodes[0].reviews.map((r: any) => r.rating)).toEqual(['UNSATISFIED', 'SATISFIED']);

    const summary = `query ($unitId: ID) { publicReviewSummary(unitId: $unitId) { total satisfied basicallySatisfied unsatisfied } }`;
    const of = async (unitId?: string) => (await ok(handle.db, null, summary, { unitId })).publicReviewSummary;
    expect(await of(w.town.id)).toEqual({ total: 5, satisfied: 2, basicallySatisfied: 1, unsatisfied: 2 });
    expect(await of(w.village.id)).toEqual({ total: 4, satisfied: 2, basicallySatisfied: 1, unsatisfied: 1 });
    expect(await of(w.village2.id)).toEqual({ total: 1, satisfied: 0, basicallySatisfied: 0, unsatisfied: 1 });
    const county = await of();
    const [all] = await handle.db.select({ n: count() }).from(publicReviews);
    expect(county.total).toBe(all.n);
    expect(codeOf(await gql(handle.db, null, summary, { unitId: 'nope' }))).toBe('NOT_FOUND');
  });

  it('shows an item without reviews as zeros, and refuses more than 50 reviews at once', async () => {
    const { item } = await setup();
    const query = `query ($id: ID!, $n: Int) { rectification(id: $id) { reviewSummary { total satisfactionRate } reviews(first: $n) { id } } }`;
    const data = await ok(handle.db, null, query, { id: item.id });
    expect(data.rectification).toEqual({ reviewSummary: { total: 0, satisfactionRate: null }, reviews: [] });
    expect(codeOf(await gql(handle.db, null, query, { id: item.id, n: 51 }))).toBe('BAD_USER_INPUT');
  });
});
