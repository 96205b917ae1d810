import { eq } from 'drizzle-orm';
import { brands, timelineEvents, type DatabaseHandle } from '@flagship/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, makeBrand, makeWorld, openTestDatabase } from '../../testing';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const PROMOTE = `mutation($id: ID!, $level: Level!, $evidence: String!, $issuer: String, $on: Date) {
  promoteBrandLevel(id: $id, level: $level, evidence: $evidence, issuer: $issuer, recognizedOn: $on) {
    id level version levelHistory { fromLevel toLevel evidence issuer recognizedOn }
  } }`;

describe('promoteBrandLevel', () => {
  it('raises the level step by step (or by several), recording each promotion with its evidence', async () => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village, 'NAMED');
    const county = await gql(
      handle.db,
      world.leader.viewer,
      PROMOTE,
      { id: brand.id, level: 'COUNTY', evidence: '县委组织部〔2025〕3号', issuer: '县委组织部', on: '2025-03-01' },
      { today: '2025-06-30' },
    );
    expect(county.errors).toBeUndefined();
    expect(county.data?.promoteBrandLevel).toMatchObject({ level: 'COUNTY', version: 2 });
    const province = await gql(handle.db, world.leader.viewer, PROMOTE, {
      id: brand.id,
      level: 'PROVINCE',
      evidence: ' 省委组织部通报 ',
    });
    expect(province.errors).toBeUndefined();
    expect(province.data?.promoteBrandLevel).toEqual({
      id: brand.id,
      level: 'PROVINCE',
      version: 3,
      levelHistory: [
        {
          fromLevel: null,
          toLevel: 'COUNTY',
          evidence: '县委组织部〔2025〕3号',
          issuer: '县委组织部',
          recognizedOn: '2025-03-01',
        },
        { fromLevel: 'COUNTY', toLevel: 'PROVINCE', evidence: '省委组织部通报', issuer: null, recognizedOn: null },
      ],
    });
    const events = await handle.db.select().from(timelineEvents).where(eq(timelineEvents.brandId, brand.id));
    expect(events.map((e) => [e.kind, e.public])).toEqual([
      ['LEVEL_PROMOTED', true],
      ['LEVEL_PROMOTED', true],
    ]);
  });

  it.each([
    ['the same level', 'CITY'],
    ['a lower level', 'COUNTY'],
  ])('refuses %s as INVALID_TRANSITION', async (_what, level) => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village, 'PROMOTED');
    await handle.db.update(brands).set({ level: 'CITY' }).where(eq(brands.id, brand.id));
    const result = await gql(handle.db, world.leader.viewer, PROMOTE, { id: brand.id, level, evidence: '文件' });
    expect(codeOf(result)).toBe('INVALID_TRANSITION');
    const [row] = await handle.db.select().from(brands).where(eq(brands.id, brand.id));
    expect(row).toMatchObject({ level: 'CITY', version: 1 });
  });

  it('refuses a withdrawn brand', async () => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village, 'WITHDRAWN');
    const result = await gql(handle.db, world.leader.viewer, PROMOTE, {
      id: brand.id,
      level: 'CITY',
      evidence: '文件',
    });
    expect(codeOf(result)).toBe('INVALID_TRANSITION');
  });

  it('needs evidence, and a recognition date not in the future', async () => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village, 'NAMED');
    for (const evidence of ['', '   ']) {
      const result = await gql(handle.db, world.leader.viewer, PROMOTE, { id: brand.id, level: 'CITY', evidence });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields).toHaveProperty('evidence');
    }
    const future = await gql(
      handle.db,
      world.leader.viewer,
      PROMOTE,
      { id: brand.id, level: 'CITY', evidence: '文件', on: '2025-07-01' },
      { today: '2025-06-30' },
    );
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    expect(future.errors?.[0].extensions.fields).toHaveProperty('recognizedOn');
    const [row] = await handle.db.select().from(brands).where(eq(brands.id, brand.id));
    expect(row.level).toBeNull();
  });

  it('is for leaders: units and inspectors are FORBIDDEN, the public UNAUTHENTICATED', async () => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village, 'NAMED');
    const vars = { id: brand.id, level: 'COUNTY', evidence: '文件' };
    expect(codeOf(await gql(handle.db, world.unit.viewer, PROMOTE, vars))).toBe('FORBIDDEN');
    expect(codeOf(await gql(handle.db, world.inspector.viewer, PROMOTE, vars))).toBe('FORBIDDEN');
    expect(codeOf(await gql(handle.db, null, PROMOTE, vars))).toBe('UNAUTHENTICATED');
  });
});
