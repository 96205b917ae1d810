import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { sessions, type DatabaseHandle } from '@flagship/drizzle';
import { codeOf, gql, makeWorld, openTestDatabase, testContext, unique } from '../../testing';
import { login, viewerFromToken } from '../auth/auth.service';

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(async () => h.close());

const CREATE = `mutation($i: CreateUserInput!) { createUser(input: $i) { id username role version disabled unit { id } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: UpdateUserInput!) { updateUser(id: $id, version: $v, input: $i) { role disabled version } }`;

/** Logs in through the service and returns the session token the cookie would carry. */
async function sessionOf(username: string, password: string): Promise<string> {
  const ctx = testContext(h.db, null);
  let token = '';
  ctx.cookies.set = (_name, value) => void (token = value);
  await login(ctx, username, password);
  return token;
}

describe('user administration', () => {
  it('lets an admin create a unit user who can then log in', async () => {
    const w = await makeWorld(h.db);
    const username = unique('u');
    const r = await gql(h.db, w.admin.viewer, CREATE, {
      i: { username, displayName: '新村书记', role: 'UNIT', unitId: w.village.id, password: 'secret-123' },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createUser).toMatchObject({ username, role: 'UNIT', disabled: false, unit: { id: w.village.id } });
    const token = await sessionOf(username, 'secret-123');
    expect((await viewerFromToken(h.db, token, new Date()))?.username).toBe(username);
  });

  it('refuses non-admins, duplicates, bad usernames and a unit user without a unit', async () => {
    const w = await makeWorld(h.db);
    const input = { username: unique('x'), displayName: '某人', role: 'LEADER', password: 'secret-123' };
    expect(codeOf(await gql(h.db, w.leader.viewer, CREATE, { i: input }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(h.db, null, CREATE, { i: input }))).toBe('UNAUTHENTICATED');
    const dup = await gql(h.db, w.admin.viewer, CREATE, { i: { ...input, username: w.leader.row.username } });
    expect(dup.errors![0].extensions.fields).toHaveProperty('username');
    const bad = await gql(h.db, w.admin.viewer, CREATE, { i: { ...input, username: '中文名' } });
    expect(bad.errors![0].extensions.fields).toHaveProperty('username');
    const noUnit = await gql(h.db, w.admin.viewer, CREATE, { i: { ...input, role: 'UNIT' } });
    expect(noUnit.errors![0].extensions.fields).toHaveProperty('unitId');
    const short = await gql(h.db, w.admin.viewer, CREATE, { i: { ...input, password: 'short' } });
    expect(short.errors![0].extensions.fields).toHaveProperty('password');
  });

  it('disabling a user ends their sessions; a stale version changes nothing', async () => {
    const w = await makeWorld(h.db);
    const token = await sessionOf(w.unit.row.username, 'test-password-1');
    expect(await viewerFromToken(h.db, token, new Date())).not.toBeNull();
    expect(codeOf(await gql(h.db, w.admin.viewer, UPDATE, { id: w.unit.row.id, v: 9, i: { disabled: true } }))).toBe(
      'CONFLICT',
    );
    const r = await gql(h.db, w.admin.viewer, UPDATE, { id: w.unit.row.id, v: 1, i: { disabled: true } });
    expect(r.data!.updateUser).toEqual({ role: 'UNIT', disabled: true, version: 2 });
    expect(await viewerFromToken(h.db, token, new Date())).toBeNull();
    expect(await h.db.select().from(sessions).where(eq(sessions.userId, w.unit.row.id))).toHaveLength(0);
  });

  it('moves a user to another role and takes them out of their unit only when unitId is sent as null', async () => {
    const w = await makeWorld(h.db);
    const Q = `mutation($id: ID!, $v: Int!, $i: UpdateUserInput!) {
      updateUser(id: $id, version: $v, input: $i) { role version unit { id } } }`;
    const kept = await gql(h.db, w.admin.viewer, Q, { id: w.unit.row.id, v: 1, i: { displayName: '改名' } });
    expect(kept.data!.updateUser).toEqual({ role: 'UNIT', version: 2, unit: { id: w.village.id } });
    const unitless = await gql(h.db, w.admin.viewer, Q, { id: w.unit.row.id, v: 2, i: { unitId: null } });
    expect(unitless.errors![0].extensions.fields).toEqual({ unitId: '创建单位用户须选择所属单位' });
    const moved = await gql(h.db, w.admin.viewer, Q, { id: w.unit.row.id, v: 2, i: { role: 'LEADER', unitId: null } });
    expect(moved.data!.updateUser).toEqual({ role: 'LEADER', version: 3, unit: null });
  });

  it('an admin cannot disable or demote themself', async () => {
    const w = await makeWorld(h.db);
    const r = await gql(h.db, w.admin.viewer, UPDATE, { id: w.admin.row.id, v: 1, i: { role: 'LEADER' } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });

  it('resets a password (old sessions end) and lets a user change their own', async () => {
    const w = await makeWorld(h.db);
    const token = await sessionOf(w.leader.row.username, 'test-password-1');
    const reset = `mutation($id: ID!, $p: String!) { resetPassword(id: $id, password: $p) { id } }`;
    expect((await gql(h.db, w.admin.viewer, reset, { id: w.leader.row.id, p: 'new-secret-1' })).errors).toBeUndefined();
    expect(await viewerFromToken(h.db, token, new Date())).toBeNull();
    await expect(sessionOf(w.leader.row.username, 'test-password-1')).rejects.toThrow('用户名或密码错误');
    const change = `mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }`;
    expect(codeOf(await gql(h.db, w.leader.viewer, change, { c: 'wrong-one-1', n: 'another-1' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await gql(h.db, w.leader.viewer, change, { c: 'new-secret-1', n: 'another-1' })).data!.changeMyPassword,
    ).toBe(true);
    expect(await sessionOf(w.leader.row.username, 'another-1')).toHaveLength(43);
  });

  it('lists users for admins only, with filters and pagination', async () => {
    const w = await makeWorld(h.db);
    const list = `query($f: UserFilter, $a: String) { users(filter: $f, first: 1, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { username } } }`;
    expect(codeOf(await gql(h.db, w.leader.viewer, list, {}))).toBe('FORBIDDEN');
    const first = await gql(h.db, w.admin.viewer, list, { f: { unitId: w.county.id } });
    expect(first.data!.users.totalCount).toBe(3);
    const second = await gql(h.db, w.admin.viewer, list, {
      f: { unitId: w.county.id },
      a: first.data!.users.pageInfo.endCursor,
    });
    expect(second.data!.users.nodes[0].username).not.toBe(first.data!.users.nodes[0].username);
  });
});
