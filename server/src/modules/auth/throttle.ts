import { eq, sql } from 'drizzle-orm';
import { rateCounters, type Database } from '@flagship/drizzle';

export interface ThrottleRule {
  /** Failures allowed within the window before the key is blocked. */
  limit: number;
  windowSeconds: number;
  blockSeconds: number;
}

/** Seconds the key is still blocked for, or 0. Kept in the database so every process sees it. */
export async function blockedFor(db: Database, key: string, now: Date): Promise<number> {
  const [row] = await db.select().from(rateCounters).where(eq(rateCounters.key, key));
  if (!row?.blockedUntil || row.blockedUntil <= now) {
    return 0;
  }
  return Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000);
}

/**
 * Counts one event for `key` in a fixed window (one atomic upsert); once the count passes the limit the key
 * is blocked for `blockSeconds`. Returns the count in the current window.
 */
export async function hit(db: Database, key: string, rule: ThrottleRule, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000);
  const blockedUntil = new Date(now.getTime() + rule.blockSeconds * 1000);
  // Raw sql parameters bypass column mapping, and the postgres.js driver cannot bind a Date: pass ISO text.
  const since = sql`${windowStart.toISOString()}::timestamptz`;
  const at = sql`${now.toISOString()}::timestamptz`;
  const [row] = await db
    .insert(rateCounters)
    .values({ key, count: 1, windowStart: now })
    .onConflictDoUpdate({
      target: rateCounters.key,
      set: {
        count: sql`case when ${rateCounters.windowStart} < ${since} then 1 else ${rateCounters.count} + 1 end`,
        windowStart: sql`case when ${rateCounters.windowStart} < ${since} then ${at} else ${rateCounters.windowStart} end`,
      },
    })
    .returning({ count: rateCounters.count });
  if (row.count >= rule.limit) {
    await db.update(rateCounters).set({ blockedUntil }).where(eq(rateCounters.key, key));
  }
  return row.count;
}

/** Forgets the failures of `key` (after a successful login). */
export async function reset(db: Database, key: string): Promise<void> {
  await db.delete(rateCounters).where(eq(rateCounters.key, key));
}
