import type { DatabaseHandle } from '@flagship/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { codeOf, gql, makeUnit, makeUser, openTestDatabase, testContext, TEST_PASSWORD, unique } from '../../testing';
import { login, SESSION_COOKIE } from './auth.service';

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
  return `10.1.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`;
}

/** A service context from a fresh client (or `clientIp`), at `now`, whose cookie jar records what is set. */
function recordingContext(opts: { clientIp?: string; now?: Date } = {}) {
  const ctx = testContext(handle.db, null, { clientIp: opts.clientIp ?? freshIp() });
  if (opts.now) {
    ctx.now = opts.now;
  }
  const jar: Record<string, string> = {};
  ctx.cookies = { set: (name, value) => void (jar[name] = value), clear: (name) => void delete jar[name] };
  return { ctx, jar };
}

/** The domain error a rejected login failed with. */
async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function newUser() {
  return makeUser(handle.db, 'LEADER', await makeUnit(handle.db));
}

describe('login throttling', () => {
  it('blocks an account after 5 failures, even with the right password', async () => {
    const { row } = await newUser();
    for (let i = 0; i < 5; i += 1) {
      const { ctx } = recordingContext();
      expect((await failure(login(ctx, row.username, `wrong-${i}`))).code).toBe('UNAUTHENTICATED');
    }
    const { ctx, jar } = recordingContext();
    const blocked = await failure(login(ctx, row.username, TEST_PASSWORD));
    expect(blocked.code).toBe('RATE_LIMITED');
    expect(blocked.message).toMatch(/15 分钟后再试/);
    expect(jar[SESSION_COOKIE]).toBeUndefined();
  });

  it('blocks a client after 20 failures across different accounts', async () => {
    const ip = freshIp();
    for (let i = 0; i < 20; i += 1) {
      const { ctx } = recordingContext({ clientIp: ip });
      expect((await failure(login(ctx, unique('nobody'), 'whatever'))).code).toBe('UNAUTHENTICATED');
    }
    const { row } = await newUser();
    const fromBlocked = recordingContext({ clientIp: ip });
    expect((await failure(login(fromBlocked.ctx, row.username, TEST_PASSWORD))).code).toBe('RATE_LIMITED');
    // the account itself is not blocked: another client logs in
    const elsewhere = recordingContext();
    expect((await login(elsewhere.ctx, row.username, TEST_PASSWORD)).id).toBe(row.id);
  });

  it('is answered as RATE_LIMITED through GraphQL', async () => {
    const { row } = await newUser();
    for (let i = 0; i < 5; i += 1) {
      await login(recordingContext().ctx, row.username, 'wrong').catch(() => undefined);
    }
    const result = await gql(handle.db, null, 'mutation($u:String!){ login(username:$u, password:"x"){ id } }', {
      u: row.username,
    });
    expect(codeOf(result)).toBe('RATE_LIMITED');
  });

  it('a successful login resets the account counter', async () => {
    const { row } = await newUser();
    for (let round = 0; round < 2; round += 1) {
      for (let i = 0; i < 4; i += 1) {
        expect((await failure(login(recordingContext().ctx, row.username, 'wrong'))).code).toBe('UNAUTHENTICATED');
      }
      // without the reset, the fifth failure of the second round would have blocked the account
      expect((await login(recordingContext().ctx, row.username, TEST_PASSWORD)).id).toBe(row.id);
    }
  });

  it('forgets failures older than the 15-minute window', async () => {
    const { row } = await newUser();
    const earlier = new Date(Date.now() - 16 * 60 * 1000);
    for (let i = 0; i < 4; i += 1) {
      expect((await failure(login(recordingContext({ now: earlier }).ctx, row.username, 'wrong'))).code).toBe(
        'UNAUTHENTICATED',
      );
    }
    for (let i = 0; i < 4; i += 1) {
      expect((await failure(login(recordingContext().ctx, row.username, 'wrong'))).code).toBe('UNAUTHENTICATED');
    }
    // eight failures in all, but only four in the current window: not blocked
    expect((await login(recordingContext().ctx, row.username, TEST_PASSWORD)).id).toBe(row.id);
  });

  it('lifts the block after 15 minutes', async () => {
    const { row } = await newUser();
    const earlier = new Date(Date.now() - 16 * 60 * 1000);
    for (let i = 0; i < 5; i += 1) {
      await failure(login(recordingContext({ now: earlier }).ctx, row.username, 'wrong'));
    }
    const stillBlocked = recordingContext({ now: new Date(earlier.getTime() + 14 * 60 * 1000) });
    expect((await failure(login(stillBlocked.ctx, row.username, TEST_PASSWORD))).code).toBe('RATE_LIMITED');
    const { ctx, jar } = recordingContext();
    expect((await login(ctx, row.username, TEST_PASSWORD)).id).toBe(row.id);
    expect(jar[SESSION_COOKIE]).toBeTruthy();
  });
});
