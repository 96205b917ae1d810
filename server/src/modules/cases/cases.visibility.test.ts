import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@flagship/drizzle';
import { gql, makeBrand, makeModelCase, makeWorld, openTestDatabase } from '../../testing';
import { CASE_BY_ID, draftCase, ok, publishedCase, returnedCase, submittedCase } from './case-test-helpers';

let handle: DatabaseHandle;
/** SQL statements sent so far, to show that nested lists do not fan out into N+1 queries. */
let statements = 0;
beforeAll(async () => {
  handle = await openTestDatabase({ logger: { logQuery: () => void (statements += 1) } });
});
afterAll(async () => {
  await handle?.close();
});

async function setup() {
  const world = await makeWorld(handle.db);
  const brand = await makeBrand(handle.db, world.village, 'BUILDING');
  return { ...world, brand };
}

const BRAND_CASES = `query ($id: ID!) { brand(id: $id) { modelCases { id status } } }`;

async function seenBy(who: { viewer: any } | null, id: string): Promise<boolean> {
  const result = await gql(handle.db, who?.viewer ?? null, CASE_BY_ID, { id });
  expect(result.errors).toBeUndefined();
  return result.data!.modelCase !== null;
}

describe('modelCase(id)', () => {
  it('shows unpublished cases only to their unit and the readers of everything', async () => {
    const { db } = handle;
    const { unit, unit2, leader, inspector, admin, brand } = await setup();
    const cases = [
      await draftCase(db, unit.viewer, { brandId: brand.id }),
      await submittedCase(db, unit.viewer, { brandId: brand.id }),
      await returnedCase(db, unit.viewer, leader.viewer, { brandId: brand.id }),
    ];
    for (const c of cases) {
      expect(await seenBy(null, c.id)).toBe(false);
      expect(await seenBy(unit2, c.id)).toBe(false);
      for (const who of [unit, leader, inspector, admin]) {
        expect(await seenBy(who, c.id)).toBe(true);
      }
    }
  });

  it('shows a published case to everyone, its reviews only to its unit and the readers of everything', async () => {
    const { db } = handle;
    const { unit, unit2, leader, inspector } = await setup();
    const published = await publishedCase(db, unit.viewer, leader.viewer);
    for (const who of [null, unit2]) {
      const read = (await ok(db, who?.viewer ?? null, CASE_BY_ID, { id: published.id })).modelCase;
      expect(read).toMatchObject({ id: published.id, status: 'PUBLISHED', reviews: [] });
    }
    for (const who of [unit, inspector]) {
      const read = (await ok(db, who.viewer, CASE_BY_ID, { id: published.id })).modelCase;
      expect(read.reviews).toEqual([
        { decision: 'PUBLISH', comment: null, reviewer: { id: leader.row.id }, createdAt: expect.any(String) },
      ]);
    }
  });

  it('answers null for unknown and malformed ids', async () => {
    const { leader } = await setup();
    expect(await seenBy(leader, '00000000-0000-4000-8000-000000000000')).toBe(false);
    expect(await seenBy(leader, 'x')).toBe(false);
  });

  it('shows the brand only to those who may see it', async () => {
    const { db } = handle;
    const { unit, unit2, leader, village } = await setup();
    const declared = await makeBrand(db, village, 'DECLARED');
    const c = await makeModelCase(db, village.id, { brandId: declared.id });
    const brandSeenBy = async (who: { viewer: any } | null) =>
      (await ok(db, who?.viewer ?? null, CASE_BY_ID, { id: c.id })).modelCase.brand;
    expect(await brandSeenBy(null)).toBeNull();
    expect(await brandSeenBy(unit2)).toBeNull();
    expect(await brandSeenBy(unit)).toEqual({ id: declared.id });
    expect(await brandSeenBy(leader)).toEqual({ id: declared.id });
  });
});

describe('Brand.modelCases', () => {
  it('lists published cases for everyone and drafts only for the unit and leaders, newest first', async () => {
    const { db } = handle;
    const { unit, unit2, leader, inspector, brand, village } = await setup();
    const older = await publishedCase(db, unit.viewer, leader.viewer, { brandId: brand.id });
    const draft = await draftCase(db, unit.viewer, { brandId: brand.id });
    const submitted = await submittedCase(db, unit.viewer, { brandId: brand.id });
    const returned = await returnedCase(db, unit.viewer, leader.viewer, { brandId: brand.id });
    const newer = await publishedCase(db, unit.viewer, leader.viewer, { brandId: brand.id });
    await makeModelCase(db, village.id);
    const listFor = async (who: { viewer: any } | null) =>
      (await ok(db, who?.viewer ?? null, BRAND_CASES, { id: brand.id })).brand.modelCases.map((c: any) => c.id);
    const everything = [newer, returned, submitted, draft, older].map((c) => c.id);
    expect(await listFor(null)).toEqual([newer.id, older.id]);
    expect(await listFor(unit2)).toEqual([newer.id, older.id]);
    expect(await listFor(unit)).toEqual(everything);
    expect(await listFor(leader)).toEqual(everything);
    expect(await listFor(inspector)).toEqual(everything);
  });

  it('loads the cases of a list of brands, with their relations, in a fixed number of queries', async () => {
    const { db } = handle;
    const { leader } = await setup();
    const query = `query ($unitId: ID!) { brands(filter: { unitId: $unitId }, first: 20) { nodes { id
      modelCases { id brand { id } unit { id } photos { id } cover { id } levelHistory { id case { id } }
        reviews { reviewer { id } } } } } }`;
    const statementsFor = async (brandCount: number) => {
      const village = (await makeWorld(db)).village;
      const cases: string[] = [];
      for (let i = 0; i < brandCount; i += 1) {
        const brand = await makeBrand(db, village, 'NAMED');
        cases.push((await makeModelCase(db, village.id, { brandId: brand.id })).id);
      }
      statements = 0;
      const nodes = (await ok(db, leader.viewer, query, { unitId: village.id })).brands.nodes;
      expect(nodes.flatMap((n: any) => n.modelCases.map((c: any) => c.id)).sort()).toEqual(cases.sort());
      return statements;
    };
    expect(await statementsFor(6)).toBe(await statementsFor(2));
  });
});
