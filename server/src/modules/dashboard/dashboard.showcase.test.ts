import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelCases, publicReviews, type CaseStatus, type DatabaseHandle } from '@flagship/drizzle';
import { gql, makeBrand, makeRectification, makeUnit, makeWorld, openTestDatabase, unique } from '../../testing';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(async () => h.close());

const TODAY = '2026-11-26';
const QUERY = `{ showcaseFigures { brandsByStage { stage count } showcaseBrands namedBrands publishedCases
  publicRectifications verifiedRectifications reviewCount satisfactionRate } }`;

interface Figures {
  brandsByStage: { stage: string; count: number }[];
  showcaseBrands: number;
  namedBrands: number;
  publishedCases: number;
  publicRectifications: number;
  verifiedRectifications: number;
  reviewCount: number;
  satisfactionRate: number | null;
}

/** The figures as an anonymous visitor sees them. */
async function figures(): Promise<Figures> {
  const r = await gql<{ showcaseFigures: Figures }>(h.db, null, QUERY, {}, { today: TODAY });
  expect(r.errors).toBeUndefined();
  return r.data!.showcaseFigures;
}

async function modelCase(unitId: string, status: CaseStatus) {
  await h.db.insert(modelCases).values({
    title: unique('案例'),
    summary: 's',
    background: 'b',
    practice: 'p',
    results: 'r',
    lessons: 'l',
    year: 2026,
    unitId,
    status,
    publishedAt: status === 'PUBLISHED' ? new Date() : null,
  });
}

describe('showcaseFigures', () => {
  it('answers the public with zeros and no satisfaction rate on an empty county', async () => {
    const f = await figures();
    expect(f.brandsByStage.map((s) => s.stage)).toEqual(['CULTIVATING', 'BUILDING', 'ACCEPTANCE', 'NAMED', 'PROMOTED']);
    expect(f).toMatchObject({ showcaseBrands: 0, namedBrands: 0, publishedCases: 0, reviewCount: 0 });
    expect(f.satisfactionRate).toBeNull();
  });

  it('counts showcase brands by stage, named brands, published cases and public rectifications of the county', async () => {
    const w = await makeWorld(h.db);
    const other = await makeUnit(h.db, { parent: w.county, kind: 'TOWN_COMMITTEE' });
    for (const stage of ['DECLARED', 'WITHDRAWN', 'BUILDING', 'BUILDING', 'NAMED', 'PROMOTED'] as const) {
      await makeBrand(h.db, stage === 'PROMOTED' ? other : w.village, stage);
    }
    await modelCase(w.village.id, 'PUBLISHED');
    await modelCase(other.id, 'PUBLISHED');
    await modelCase(w.village.id, 'SUBMITTED');
    await modelCase(w.village.id, 'DRAFT');
    const open = await makeRectification(h.db, w.village.id, { public: true });
    const verified = await makeRectification(h.db, other.id, { public: true, status: 'VERIFIED' });
    await makeRectification(h.db, w.village.id, { public: false, status: 'VERIFIED' });
    await makeRectification(h.db, w.village.id, { public: true, status: 'DONE' });
    await h.db.insert(publicReviews).values([
      { rectificationId: open.id, rating: 'SATISFIED', clientKey: 'a', day: TODAY },
      { rectificationId: open.id, rating: 'UNSATISFIED', clientKey: 'b', day: TODAY },
      { rectificationId: verified.id, rating: 'BASICALLY_SATISFIED', clientKey: 'c', day: TODAY },
      { rectificationId: verified.id, rating: 'SATISFIED', clientKey: 'd', day: TODAY },
    ]);

    const f = await figures();
    expect(f.brandsByStage).toEqual([
      { stage: 'CULTIVATING', count: 0 },
      { stage: 'BUILDING', count: 2 },
      { stage: 'ACCEPTANCE', count: 0 },
      { stage: 'NAMED', count: 1 },
      { stage: 'PROMOTED', count: 1 },
    ]);
    expect(f.showcaseBrands).toBe(4);
    expect(f.namedBrands).toBe(2);
    expect(f.publishedCases).toBe(2);
    expect(f.publicRectifications).toBe(3);
    expect(f.verifiedRectifications).toBe(1);
    expect(f.reviewCount).toBe(4);
    expect(f.satisfactionRate).toBeCloseTo(3 / 4);
  });
});
