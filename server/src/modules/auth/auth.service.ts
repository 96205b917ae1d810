import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { hashPassword, sessions, users, verifyPassword, type Database } from '@flagship/drizzle';
import type { Context, Viewer } from '../../core/context';
import { AppError, badInput, rateLimited } from '../../core/errors';
import { mutate } from '../../core/mutation';
import { blockedFor, hit, reset, type ThrottleRule } from './throttle';
import type { UserRow } from '../users/users.types';

export const SESSION_COOKIE = 'flagship_session';

/** Five failures per account in 15 minutes block that account for 15 minutes. */
const PER_ACCOUNT: ThrottleRule = { limit: 5, windowSeconds: 900, blockSeconds: 900 };
/** Twenty failures from one client in 15 minutes block that client for 15 minutes. */
const PER_CLIENT: ThrottleRule = { limit: 20, windowSeconds: 900, blockSeconds: 900 };

/** A stand-in hash so an unknown user costs the same time as a wrong password. */
let dummyHash: Promise<string> | null = null;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The viewer a session cookie belongs to, or null when it is unknown, expired or the user is disabled. */
export async function viewerFromToken(db: Database, token: string | undefined, now: Date): Promise<Viewer | null> {
  if (!token || token.length > 200) {
    return null;
  }
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      unitId: users.unitId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now), eq(users.disabled, false)));
  return row ?? null;
}

function accountKey(username: string): string {
  return `login:user:${username.trim().toLowerCase()}`;
}

function clientKey(ip: string): string {
  return `login:ip:${ip}`;
}

async function ensureNotThrottled(ctx: Context, username: string): Promise<void> {
  const wait = Math.max(
    await blockedFor(ctx.db, accountKey(username), ctx.now),
    await blockedFor(ctx.db, clientKey(ctx.clientIp), ctx.now),
  );
  if (wait > 0) {
    throw rateLimited(`登录失败次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试`);
  }
}

/**
 * Checks the password, starts a new session (a fresh random token every time) and sets its cookie.
 * Unknown user and wrong password give the same answer.
 */
export async function login(ctx: Context, username: string, password: string): Promise<UserRow> {
  if (!username.trim() || !password || username.length > 100 || password.length > 200) {
    throw badInput({ username: '请输入用户名和密码' });
  }
  await ensureNotThrottled(ctx, username);
  const [user] = await ctx.db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = ${username.trim().toLowerCase()}`);
  const ok = user
    ? await verifyPassword(user.passwordHash, password)
    : await verifyPassword(await (dummyHash ??= hashPassword('flagship-timing-guard')), password + '\u0000');
  if (!user || !ok || user.disabled) {
    await hit(ctx.db, accountKey(username), PER_ACCOUNT, ctx.now);
    await hit(ctx.db, clientKey(ctx.clientIp), PER_CLIENT, ctx.now);
    throw new AppError('UNAUTHENTICATED', '用户名或密码错误');
  }
  await reset(ctx.db, accountKey(username));
  const token = randomBytes(32).toString('base64url');
  const ttlSeconds = ctx.settings.sessionTtlHours * 3600;
  await mutate(ctx, async ({ tx, audit }) => {
    if (ctx.sessionTokenHash) {
      await tx.delete(sessions).where(eq(sessions.tokenHash, ctx.sessionTokenHash));
    }
    await tx.delete(sessions).where(and(eq(sessions.userId, user.id), lt(sessions.expiresAt, ctx.now)));
    await tx.insert(sessions).values({
      tokenHash: hashToken(token),
      userId: user.id,
      expiresAt: new Date(ctx.now.getTime() + ttlSeconds * 1000),
    });
    ctx.viewer = {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      unitId: user.unitId,
    };
    await audit({ action: 'login', entity: 'user', entityId: user.id });
  });
  ctx.cookies.set(SESSION_COOKIE, token, ttlSeconds);
  return user;
}

/** Ends the session on the server and clears the cookie. */
export async function logout(ctx: Context): Promise<boolean> {
  const tokenHash = ctx.sessionTokenHash;
  if (tokenHash) {
    await mutate(ctx, async ({ tx, audit }) => {
      await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
      if (ctx.viewer) {
        await audit({ action: 'logout', entity: 'user', entityId: ctx.viewer.id });
      }
    });
  }
  ctx.cookies.clear(SESSION_COOKIE);
  ctx.viewer = null;
  return true;
}
