import { eq } from 'drizzle-orm';
import { auditEntries, sessions, users, type DatabaseHandle } from '@flagship/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../core/context';
import { codeOf, gql, makeUnit, makeUser, openTestDatabase, testContext, TEST_PASSWORD, unique } from '../../testing';
import { AppError } from '../../core/errors';
import { hashToken, login, logout, SESSION_COOKIE, viewerFromToken } from './auth.service';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

let ipCounter = 0;
/** A client address no other test uses, so the per-client counter starts at zero. */
function freshIp(): string {
  ipCounter += 1;
  return `10.0.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`;
}

/** A service context whose cookie jar records what login and logout do to the session cookie. */
function recordingContext(opts: { clientIp?: string; sessionTokenHash?: string | null } = {}) {
  const ctx = testContext(handle.db, null, { clientIp: opts.clientIp ?? freshIp() });
  ctx.sessionTokenHash = opts.sessionTokenHash ?? null;
  const jar: { set: Record<string, { value: string; maxAge: number }>; cleared: string[] } = { set: {}, cleared: [] };
  ctx.cookies = {
    set: (name, value, maxAge) => void (jar.set[name] = { value, maxAge }),
    clear: (name) => void jar.cleared.push(name),
  };
  return { ctx, jar };
}

/** The code a rejected service call failed with. */
async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function newUser(role: 'UNIT' | 'LEADER' = 'LEADER') {
  const unit = await makeUnit(handle.db);
  return makeUser(handle.db, role, unit);
}

/** Logs in through the service from `ctx` and returns the session token set in the cookie. */
async function loginToken(username: string, ctx: Context = recordingContext().ctx): Promise<string> {
  let token = '';
  const jar = ctx.cookies;
  ctx.cookies = { ...jar, set: (name, value, maxAge) => ((token = value), jar.set(name, value, maxAge)) };
  await login(ctx, username, TEST_PASSWORD);
  return token;
}

describe('login', () => {
  it('checks the password, starts a server session and sets it as the session cookie', async () => {
    const { row } = await newUser('UNIT');
    const { ctx, jar } = recordingContext();
    const user = await login(ctx, row.username, TEST_PASSWORD);
    expect(user.id).toBe(row.id);
    const cookie = jar.set[SESSION_COOKIE];
    expect(cookie.value.length).toBeGreaterThanOrEqual(32);
    expect(cookie.maxAge).toBe(12 * 3600);
    const [session] = await handle.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, hashToken(cookie.value)));
    expect(session.userId).toBe(row.id);
    expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11 * 3600 * 1000);
    // only the hash of the token is stored
    const stored = await handle.db.select().from(sessions).where(eq(sessions.userId, row.id));
    expect(stored.map((s) => s.tokenHash)).not.toContain(cookie.value);
    const audits = await handle.db.select().from(auditEntries).where(eq(auditEntries.entityId, row.id));
    expect(audits.map((a) => a.action)).toContain('login');
  });

  it('accepts the username in any case and with surrounding spaces', async () => {
    const { row } = await newUser();
    const { ctx } = recordingContext();
    expect((await login(ctx, ` ${row.username.toUpperCase()} `, TEST_PASSWORD)).id).toBe(row.id);
  });

  it('makes `me` return the user on the next request carrying the cookie', async () => {
    const { row } = await newUser('UNIT');
    const token = await loginToken(row.username);
    const viewer = await viewerFromToken(handle.db, token, new Date());
    expect(viewer).toEqual({
      id: row.id,
      username: row.username,
      displayName: row.displayName,
      role: 'UNIT',
      unitId: row.unitId,
    });
    const result = await gql(handle.db, viewer, '{ me { id username role unit { id } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.me).toEqual({ id: row.id, username: row.username, role: 'UNIT', unit: { id: row.unitId } });
  });

  it('gives the public `me: null`', async () => {
    const result = await gql(handle.db, null, '{ me { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data?.me).toBeNull();
  });

  it('issues a new token on every login', async () => {
    const { row } = await newUser();
    const first = await loginToken(row.username);
    const second = await loginToken(row.username);
    expect(second).not.toBe(first);
    expect((await viewerFromToken(handle.db, first, new Date()))?.id).toBe(row.id);
    expect((await viewerFromToken(handle.db, second, new Date()))?.id).toBe(row.id);
  });

  it('replaces the session the request came with', async () => {
    const { row } = await newUser();
    const old = await loginToken(row.username);
    const { ctx } = recordingContext({ sessionTokenHash: hashToken(old) });
    const fresh = await loginToken(row.username, ctx);
    expect(await viewerFromToken(handle.db, old, new Date())).toBeNull();
    expect((await viewerFromToken(handle.db, fresh, new Date()))?.id).toBe(row.id);
  });

  it('answers a wrong password and an unknown user with the same UNAUTHENTICATED message', async () => {
    const { row } = await newUser();
    const wrong = await gql(
      handle.db,
      null,
      'mutation($u:String!,$p:String!){ login(username:$u, password:$p){ id } }',
      {
        u: row.username,
        p: 'not-the-password',
      },
    );
    const unknown = await gql(
      handle.db,
      null,
      'mutation($u:String!,$p:String!){ login(username:$u, password:$p){ id } }',
      {
        u: unique('nobody'),
        p: TEST_PASSWORD,
      },
    );
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.data).toBeNull();
  });

  it('refuses a disabled user with the same answer, and ends its sessions', async () => {
    const { row } = await newUser();
    const token = await loginToken(row.username);
    await handle.db.update(users).set({ disabled: true }).where(eq(users.id, row.id));
    const { ctx, jar } = recordingContext();
    const error = await failure(login(ctx, row.username, TEST_PASSWORD));
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toBe('用户名或密码错误');
    expect(jar.set[SESSION_COOKIE]).toBeUndefined();
    expect(await viewerFromToken(handle.db, token, new Date())).toBeNull();
  });

  it('refuses an empty username or password as BAD_USER_INPUT', async () => {
    const { ctx } = recordingContext();
    expect((await failure(login(ctx, '  ', 'x'))).code).toBe('BAD_USER_INPUT');
    expect((await failure(login(ctx, 'someone', ''))).code).toBe('BAD_USER_INPUT');
  });

  it('stores passwords as argon2id with the OWASP parameters', async () => {
    const { row } = await newUser();
    const [stored] = await handle.db.select().from(users).where(eq(users.id, row.id));
    expect(stored.passwordHash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
  });
});

describe('sessions', () => {
  it('logout deletes the session row so the token no longer resolves, and clears the cookie', async () => {
    const { row } = await newUser();
    const token = await loginToken(row.username);
    const viewer = await viewerFromToken(handle.db, token, new Date());
    const { ctx, jar } = recordingContext({ sessionTokenHash: hashToken(token) });
    ctx.viewer = viewer;
    expect(await logout(ctx)).toBe(true);
    expect(jar.cleared).toContain(SESSION_COOKIE);
    expect(
      await handle.db
        .select()
        .from(sessions)
        .where(eq(sessions.tokenHash, hashToken(token))),
    ).toEqual([]);
    expect(await viewerFromToken(handle.db, token, new Date())).toBeNull();
  });

  it('a session expires after its lifetime', async () => {
    const { row } = await newUser();
    const token = await loginToken(row.username);
    const later = new Date(Date.now() + 13 * 3600 * 1000);
    expect(await viewerFromToken(handle.db, token, later)).toBeNull();
  });

  it('ignores unknown and oversized tokens', async () => {
    expect(await viewerFromToken(handle.db, 'no-such-token', new Date())).toBeNull();
    expect(await viewerFromToken(handle.db, 'x'.repeat(500), new Date())).toBeNull();
    expect(await viewerFromToken(handle.db, undefined, new Date())).toBeNull();
  });
});
