import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle, RectificationStatus } from '@flagship/drizzle';
import type { Viewer } from '../../core/context';
import { codeOf, gql, makeRectification, makeWorld, openTestDatabase } from '../../testing';
import { footprint, ok, UPDATE, VERIFY } from './rectification-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

async function setup(status: RectificationStatus = 'OPEN') {
  const world = await makeWorld(handle.db);
  const item = await makeRectification(handle.db, world.village.id, { status, public: true });
  return { ...world, item };
}

const START = { status: 'IN_PROGRESS', note: '开始整改' };

/** Runs `query` as `viewer` and returns its error code, asserting that nothing about the item changed. */
async function refused(item: { id: string }, viewer: Viewer | null, query: string, vars: Record<string, unknown>) {
  const before = await footprint(handle.db, item.id);
  const result = await gql(handle.db, viewer, query, { id: item.id, ...vars });
  expect(await footprint(handle.db, item.id)).toEqual(before);
  expect(result.data).toBeNull();
  return codeOf(result);
}

describe('who may move a rectification', () => {
  it('asks the public to log in for updates and verification', async () => {
    const { item } = await setup('DONE');
    expect(await refused(item, null, UPDATE, { version: 1, input: START })).toBe('UNAUTHENTICATED');
    expect(await refused(item, null, VERIFY, { version: 1, accepted: true })).toBe('UNAUTHENTICATED');
  });

  it('lets only the responsible unit update: another unit, an inspector, a leader and an admin are FORBIDDEN', async () => {
    const { item, unit2, inspector, leader, admin } = await setup();
    for (const who of [unit2, inspector, leader, admin]) {
      expect(await refused(item, who.viewer, UPDATE, { version: 1, input: START })).toBe('FORBIDDEN');
    }
  });

  it('forbids another unit to act on a non-public item it cannot even see', async () => {
    const world = await makeWorld(handle.db);
    const hidden = await makeRectification(handle.db, world.village.id, { public: false });
    expect(await refused(hidden, world.unit2.viewer, UPDATE, { version: 1, input: START })).toBe('FORBIDDEN');
  });

  it('lets only an inspector verify: units (even the responsible one), leaders and admins are FORBIDDEN', async () => {
    const { item, unit, unit2, leader, admin } = await setup('DONE');
    for (const who of [unit, unit2, leader, admin]) {
      expect(await refused(item, who.viewer, VERIFY, { version: 1, accepted: true })).toBe('FORBIDDEN');
    }
  });

  it('answers NOT_FOUND for ids that name nothing', async () => {
    const { unit, inspector } = await setup();
    for (const id of [randomUUID(), 'not-an-id']) {
      expect(codeOf(await gql(handle.db, unit.viewer, UPDATE, { id, version: 1, input: START }))).toBe('NOT_FOUND');
      expect(codeOf(await gql(handle.db, inspector.viewer, VERIFY, { id, version: 1, accepted: true }))).toBe(
        'NOT_FOUND',
      );
    }
  });
});

describe('allowed transitions only', () => {
  const cases: [RectificationStatus, RectificationStatus][] = [
    ['OPEN', 'OPEN'],
    ['OPEN', 'VERIFIED'],
    ['IN_PROGRESS', 'OPEN'],
    ['IN_PROGRESS', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'VERIFIED'],
    ['DONE', 'OPEN'],
    ['DONE', 'IN_PROGRESS'],
    ['DONE', 'DONE'],
    ['DONE', 'VERIFIED'],
    ['VERIFIED', 'OPEN'],
    ['VERIFIED', 'IN_PROGRESS'],
    ['VERIFIED', 'DONE'],
  ];
  it.each(cases)('refuses a unit moving %s → %s', async (from, to) => {
    const { item, unit } = await setup(from);
    const input = { status: to, note: '这是一条足够长的整改说明文字' };
    expect(await refused(item, unit.viewer, UPDATE, { version: 1, input })).toBe('INVALID_TRANSITION');
  });

  it.each(['OPEN', 'IN_PROGRESS', 'VERIFIED'] as RectificationStatus[])(
    'refuses to verify an item that is %s',
    async (status) => {
      const { item, inspector } = await setup(status);
      for (const accepted of [true, false]) {
        const vars = { version: 1, accepted, comment: '核验意见' };
        expect(await refused(item, inspector.viewer, VERIFY, vars)).toBe('INVALID_TRANSITION');
      }
    },
  );

  it('allows OPEN → DONE directly', async () => {
    const { item, unit } = await setup();
    const input = { status: 'DONE', note: '当天即整改完毕并拍照存档' };
    const data = await ok(handle.db, unit.viewer, UPDATE, { id: item.id, version: 1, input });
    expect(data.updateRectification.status).toBe('DONE');
  });
});

describe('optimistic locking', () => {
  it('answers CONFLICT for a stale version on update and on verify, changing nothing', async () => {
    const { item, unit, inspector } = await setup();
    await ok(handle.db, unit.viewer, UPDATE, { id: item.id, version: 1, input: START });
    const input = { status: 'DONE', note: '整改完毕，资料已归档' };
    expect(await refused(item, unit.viewer, UPDATE, { version: 1, input })).toBe('CONFLICT');

    await ok(handle.db, unit.viewer, UPDATE, { id: item.id, version: 2, input });
    expect(await refused(item, inspector.viewer, VERIFY, { version: 2, accepted: true })).toBe('CONFLICT');
    expect(await refused(item, inspector.viewer, VERIFY, { version: 4, accepted: false, comment: '不行' })).toBe(
      'CONFLICT',
    );
    const { row } = await footprint(handle.db, item.id);
    expect([row.status, row.version, row.verifiedAt]).toEqual(['DONE', 3, null]);
  });
});
