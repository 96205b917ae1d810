import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries, unitTierChanges, type DatabaseHandle } from '@flagship/drizzle';
import { eq } from 'drizzle-orm';
import { codeOf, gql, makeWorld, openTestDatabase } from '../../testing';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(async () => h.close());

const CHANGE = `mutation($id: ID!, $t: UnitTier!, $r: String!, $v: Int) {
  changeUnitTier(id: $id, tier: $t, reason: $r, version: $v) { tier version tierHistory { fromTier toTier reason changedAt } } }`;

describe('changeUnitTier', () => {
  it('lets a leader change a tier with a reason and keeps the history and an audit entry', async () => {
    const w = await makeWorld(h.db);
    const r = await gql(h.db, w.leader.viewer, CHANGE, {
      id: w.village.id,
      t: 'ADVANCED',
      r: '整顿转化成效明显',
      v: 1,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.changeUnitTier).toMatchObject({ tier: 'ADVANCED', version: 2 });
    expect(r.data!.changeUnitTier.tierHistory).toEqual([
      expect.objectContaining({ fromTier: 'AVERAGE', toTier: 'ADVANCED', reason: '整顿转化成效明显' }),
    ]);
    const audit = await h.db.select().from(auditEntries).where(eq(auditEntries.entityId, w.village.id));
    expect(audit.map((a) => a.action)).toEqual(['changeUnitTier']);
  });

  it('lets an admin change it too, and refuses units, inspectors and the public', async () => {
    const w = await makeWorld(h.db);
    expect(
      (await gql(h.db, w.admin.viewer, CHANGE, { id: w.village.id, t: 'LAGGING', r: '班子软弱涣散' })).errors,
    ).toBeUndefined();
    expect(codeOf(await gql(h.db, w.unit.viewer, CHANGE, { id: w.village.id, t: 'ADVANCED', r: '自评' }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await gql(h.db, w.inspector.viewer, CHANGE, { id: w.village.id, t: 'ADVANCED', r: 'x' }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await gql(h.db, null, CHANGE, { id: w.village.id, t: 'ADVANCED', r: 'x' }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a blank reason, the same tier, a stale version and unknown units, changing nothing', async () => {
    const w = await makeWorld(h.db);
    const blank = await gql(h.db, w.leader.viewer, CHANGE, { id: w.village.id, t: 'ADVANCED', r: '  ' });
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors![0].extensions.fields).toHaveProperty('reason');
    expect(codeOf(await gql(h.db, w.leader.viewer, CHANGE, { id: w.village.id, t: 'AVERAGE', r: '不变' }))).toBe(
      'INVALID_TRANSITION',
    );
    expect(codeOf(await gql(h.db, w.leader.viewer, CHANGE, { id: w.village.id, t: 'ADVANCED', r: '过期', v: 7 }))).toBe(
      'CONFLICT',
    );
    expect(codeOf(await gql(h.db, w.leader.viewer, CHANGE, { id: 'nope', t: 'ADVANCED', r: '无' }))).toBe('NOT_FOUND');
    const rows = await h.db.select().from(unitTierChanges).where(eq(unitTierChanges.unitId, w.village.id));
    expect(rows).toHaveLength(0);
  });
});
