import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { units, type DatabaseHandle } from '@flagship/drizzle';
import { codeOf, gql, makeUnit, makeWorld, openTestDatabase } from '../../testing';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(async () => h.close());

const CREATE = `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id name kind tier baselineTier branchForm parent { id } version } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: UpdateUnitInput!) { updateUnit(id: $id, version: $v, input: $i) { id name parent { id } version } }`;

async function pathOf(id: string): Promise<string> {
  const [row] = await h.db.select({ path: units.path }).from(units).where(eq(units.id, id));
  return row.path;
}

describe('unit administration', () => {
  it('creates a unit under a parent with its path', async () => {
    const w = await makeWorld(h.db);
    const r = await gql(h.db, w.admin.viewer, CREATE, {
      i: { name: '新建村党支部', kind: 'VILLAGE', parentId: w.town.id, branchForm: 'INDUSTRY', tier: 'LAGGING' },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createUnit).toMatchObject({
      kind: 'VILLAGE',
      tier: 'LAGGING',
      baselineTier: 'LAGGING',
      branchForm: 'INDUSTRY',
      parent: { id: w.town.id },
    });
    expect(await pathOf(r.data!.createUnit.id)).toBe(`${w.town.path}${r.data!.createUnit.id}/`);
  });

  it('moves a unit with its whole subtree', async () => {
    const w = await makeWorld(h.db);
    const otherTown = await makeUnit(h.db, { parent: w.county, kind: 'TOWN_COMMITTEE' });
    const child = await makeUnit(h.db, { parent: w.village });
    const r = await gql(h.db, w.admin.viewer, UPDATE, { id: w.village.id, v: 1, i: { parentId: otherTown.id } });
    expect(r.data!.updateUnit.parent.id).toBe(otherTown.id);
    expect(await pathOf(w.village.id)).toBe(`${otherTown.path}${w.village.id}/`);
    expect(await pathOf(child.id)).toBe(`${otherTown.path}${w.village.id}/${child.id}/`);
  });

  it('refuses a move into its own subtree, moving the root, unknown parents and stale versions', async () => {
    const w = await makeWorld(h.db);
    const into = await gql(h.db, w.admin.viewer, UPDATE, { id: w.town.id, v: 1, i: { parentId: w.village.id } });
    expect(into.errors![0].extensions.fields).toHaveProperty('parentId');
    const root = await gql(h.db, w.admin.viewer, UPDATE, { id: w.county.id, v: 1, i: { parentId: w.town.id } });
    expect(codeOf(root)).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await gql(h.db, w.admin.viewer, CREATE, { i: { name: 'x', kind: 'VILLAGE', parentId: 'nope' } })),
    ).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(h.db, w.admin.viewer, UPDATE, { id: w.village.id, v: 5, i: { name: '改名' } }))).toBe(
      'CONFLICT',
    );
    expect(await pathOf(w.town.id)).toBe(w.town.path);
  });

  it('is for admins only', async () => {
    const w = await makeWorld(h.db);
    expect(codeOf(await gql(h.db, w.leader.viewer, UPDATE, { id: w.village.id, v: 1, i: { name: '改名' } }))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(await gql(h.db, w.unit.viewer, CREATE, { i: { name: 'x', kind: 'VILLAGE', parentId: w.town.id } })),
    ).toBe('FORBIDDEN');
    expect(codeOf(await gql(h.db, null, CREATE, { i: { name: 'x', kind: 'VILLAGE', parentId: w.town.id } }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});
