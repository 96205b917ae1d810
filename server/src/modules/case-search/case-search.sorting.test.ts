import type { DatabaseHandle, Level } from '@flagship/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../core/pagination';
import { codeOf, gql, makeUnit, makeWorld, openTestDatabase } from '../../testing';
import type { CaseRow } from '../cases/cases.types';
import { allPages, at, insertCase, LIST_CASES, listCases, type CaseSpec } from './case-search-test-helpers';
import { LEVEL_RANK } from './case-sorts';

let handle: DatabaseHandle;
let leader: Awaited<ReturnType<typeof makeWorld>>['leader']['viewer'];
beforeAll(async () => {
  handle = await openTestDatabase();
  leader = (await makeWorld(handle.db)).leader.viewer;
});
afterAll(async () => {
  await handle?.close();
});

/**
 * Eleven cases of one new unit with ties on every key: equal publish times, equal creation times, equal view
 * counts, equal levels, and two drafts (no publish time), each titled 党旗 + its index so a search finds all.
 */
async function cases(): Promise<{ unitId: string; rows: CaseRow[] }> {
  const unit = await makeUnit(handle.db);
  const levels: (Level | null)[] = ['COUNTY', 'NATIONAL', null, 'CITY', 'PROVINCE', 'COUNTY', null, 'CITY'];
  const specs: CaseSpec[] = [
    ...levels.map((level, i) => ({
      level,
      publishedAt: at(10 + (i % 3)),
      createdAt: at(i % 2),
      viewCount: (i * 7) % 4,
    })),
    { status: 'DRAFT' as const, createdAt: at(5), level: 'NATIONAL' as const, viewCount: 9 },
    { status: 'SUBMITTED' as const, createdAt: at(5), viewCount: 1 },
    { level: 'CITY' as const, publishedAt: at(11), createdAt: at(1), viewCount: 1 },
  ];
  const rows: CaseRow[] = [];
  for (const [i, spec] of specs.entries()) {
    rows.push(await insertCase(handle.db, unit, { ...spec, title: `党旗案例${i}` }));
  }
  return { unitId: unit.id, rows };
}

type Compare = (a: CaseRow, b: CaseRow) => number;
const desc =
  (key: (r: CaseRow) => number | string): Compare =>
  (a, b) => {
    const [x, y] = [key(a), key(b)];
    return x < y ? 1 : x > y ? -1 : 0;
  };
const then =
  (...compares: Compare[]): Compare =>
  (a, b) =>
    compares.reduce((result, compare) => result || compare(a, b), 0);
const newest = then(
  desc((r) => r.publishedAt?.getTime() ?? -Infinity),
  desc((r) => r.createdAt.getTime()),
  desc((r) => r.id),
);
const EXPECTED: Record<string, Compare> = {
  NEWEST: newest,
  MOST_VIEWED: then(
    desc((r) => r.viewCount),
    desc((r) => r.id),
  ),
  LEVEL: then(
    desc((r) => (r.level ? LEVEL_RANK[r.level] : 0)),
    newest,
  ),
};

describe('modelCases: sorting and pagination', () => {
  for (const [sort, compare] of Object.entries(EXPECTED)) {
    it(`sorts by ${sort} and pages through it without gaps or duplicates`, async () => {
      const { unitId, rows } = await cases();
      const expected = [...rows].sort(compare).map((r) => r.id);
      const whole = await listCases(handle.db, leader, { unitId }, { sort });
      expect(whole.ids).toEqual(expected);
      for (const size of [1, 2, 3]) {
        expect(await allPages(handle.db, leader, { unitId }, sort, size)).toEqual(expected);
      }
    });
  }

  it('sorts newest first by default, unpublished cases last', async () => {
    const { unitId, rows } = await cases();
    const page = await listCases(handle.db, leader, { unitId });
    expect(page.ids).toEqual([...rows].sort(newest).map((r) => r.id));
    expect(page.nodes.slice(-2).map((n) => n.status)).toEqual(expect.arrayContaining(['SUBMITTED', 'DRAFT']));
  });

  it('sorts a search by relevance by default, title matches first, ties newest, across pages', async () => {
    const unit = await makeUnit(handle.db);
    const inBody = await insertCase(handle.db, unit, { title: '乡村振兴', summary: '党旗飘扬', publishedAt: at(9) });
    const titles: CaseRow[] = [];
    for (const minutes of [1, 3, 2, 3]) {
      titles.push(await insertCase(handle.db, unit, { title: '党旗引航', summary: '摘要', publishedAt: at(minutes) }));
    }
    const expected = [...titles.sort(newest), inBody].map((r) => r.id);
    expect((await listCases(handle.db, null, { unitId: unit.id, search: '党旗' })).ids).toEqual(expected);
    for (const size of [1, 2]) {
      expect(await allPages(handle.db, null, { unitId: unit.id, search: '党旗' }, null, size)).toEqual(expected);
      expect(await allPages(handle.db, null, { unitId: unit.id, search: '党旗' }, 'RELEVANCE', size)).toEqual(expected);
    }
    const byNewest = await listCases(handle.db, null, { unitId: unit.id, search: '党旗' }, { sort: 'NEWEST' });
    expect(byNewest.ids[0]).toBe(inBody.id);
  });

  it('falls back to NEWEST when RELEVANCE is asked for without a search', async () => {
    const { unitId, rows } = await cases();
    const expected = [...rows].sort(newest).map((r) => r.id);
    expect(await allPages(handle.db, leader, { unitId }, 'RELEVANCE', 4)).toEqual(expected);
  });

  it('refuses a cursor of another sort, and cursors it did not make, as BAD_USER_INPUT', async () => {
    const { unitId } = await cases();
    const first = await listCases(handle.db, leader, { unitId }, { sort: 'NEWEST', first: 2 });
    const byViews = await gql(handle.db, leader, LIST_CASES, {
      filter: { unitId },
      sort: 'MOST_VIEWED',
      after: first.endCursor,
    });
    expect(codeOf(byViews)).toBe('BAD_USER_INPUT');
    expect(byViews.errors?.[0].extensions.fields).toHaveProperty('after');
    const id = '00000000-0000-4000-8000-000000000000';
    const forged: [string, string][] = [
      ['NEWEST', 'garbage'],
      ['MOST_VIEWED', encodeCursor(['MOST_VIEWED', 'x', id])],
      ['NEWEST', encodeCursor(['NEWEST', 1, 2, 3])],
      ['NEWEST', encodeCursor(['NEWEST', '2024-01-01', '2024-01-01T00:00:00.000Z', id])],
      ['LEVEL', encodeCursor(['LEVEL', 1.5, '-infinity', '2024-01-01T00:00:00.000Z', id])],
    ];
    for (const [sort, after] of forged) {
      expect(codeOf(await gql(handle.db, leader, LIST_CASES, { sort, after })), after).toBe('BAD_USER_INPUT');
    }
    const valid = encodeCursor(['LEVEL', 1, '-infinity', '2024-01-01T00:00:00.000Z', id]);
    expect((await gql(handle.db, leader, LIST_CASES, { sort: 'LEVEL', after: valid })).errors).toBeUndefined();
  });
});
