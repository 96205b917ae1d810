import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { timelineEvents, type Database } from '@flagship/drizzle';
import { keysetAfter } from '../../core/pagination';

export type TimelineRow = typeof timelineEvents.$inferSelect;

function where(brandIds: readonly string[], publicOnly: boolean): SQL | undefined {
  return and(inArray(timelineEvents.brandId, [...brandIds]), publicOnly ? eq(timelineEvents.public, true) : undefined);
}

/** A page of one brand's timeline after `cursor` = [at ISO, seq], newest first. */
export function listTimeline(
  db: Database,
  brandId: string,
  publicOnly: boolean,
  limit: number,
  cursor: (string | number)[],
) {
  return db
    .select()
    .from(timelineEvents)
    .where(and(where([brandId], publicOnly), keysetAfter([timelineEvents.at, timelineEvents.seq], cursor, 'desc')))
    .orderBy(desc(timelineEvents.at), desc(timelineEvents.seq))
    .limit(limit + 1);
}

/** The first `limit + 1` events of each brand in one windowed query, newest first. */
export async function firstTimelinePages(db: Database, brandIds: string[], limit: number, publicOnly: boolean) {
  const ranked = db
    .select({
      id: timelineEvents.id,
      brandId: timelineEvents.brandId,
      rn: sql<number>`row_number() over (partition by ${timelineEvents.brandId} order by ${timelineEvents.at} desc, ${timelineEvents.seq} desc)`.as(
        'rn',
      ),
    })
    .from(timelineEvents)
    .where(where(brandIds, publicOnly))
    .as('ranked');
  const rows = await db
    .select({ id: ranked.id, parentId: ranked.brandId, rn: ranked.rn })
    .from(ranked)
    .where(sql`${ranked.rn} <= ${limit + 1}`)
    .orderBy(ranked.brandId, ranked.rn);
  return rows;
}

export function timelineByIds(db: Database, ids: readonly string[]) {
  return db
    .select()
    .from(timelineEvents)
    .where(inArray(timelineEvents.id, [...ids]));
}

/** Number of events per brand, for `totalCount`, in one grouped query. */
export function countTimelines(db: Database, brandIds: readonly string[], publicOnly: boolean) {
  return db
    .select({ brandId: timelineEvents.brandId, n: count() })
    .from(timelineEvents)
    .where(where(brandIds, publicOnly))
    .groupBy(timelineEvents.brandId);
}
