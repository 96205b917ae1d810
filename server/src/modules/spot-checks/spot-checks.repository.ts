import { and, asc, count, desc, eq, inArray, notExists, sql } from 'drizzle-orm';
import { brands, spotCheckDrawItems, spotCheckDraws, units, type Database } from '@flagship/drizzle';
import { keysetAfter } from '../../core/pagination';
import { SHOWCASE_STAGES } from '../brands/brand-rules';

export type SpotCheckDrawRow = typeof spotCheckDraws.$inferSelect;
export type SpotCheckDrawItemRow = typeof spotCheckDrawItems.$inferSelect;

const pending = (brandId: typeof brands.id | string) =>
  and(eq(spotCheckDrawItems.brandId, brandId), eq(spotCheckDrawItems.done, false));

/** Brands that may be drawn: in a showcase stage and without a pending draw item; with their unit's tier. */
export function drawCandidates(db: Database) {
  return db
    .select({ brandId: brands.id, unitId: brands.unitId, tier: units.tier })
    .from(brands)
    .innerJoin(units, eq(units.id, brands.unitId))
    .where(
      and(
        inArray(brands.stage, SHOWCASE_STAGES),
        notExists(
          db
            .select({ one: sql`1` })
            .from(spotCheckDrawItems)
            .where(pending(brands.id)),
        ),
      ),
    );
}

/** The oldest pending draw item of a brand, if any. */
export async function pendingDrawItemOf(db: Database, brandId: string): Promise<SpotCheckDrawItemRow | null> {
  const [row] = await db
    .select({ item: spotCheckDrawItems })
    .from(spotCheckDrawItems)
    .innerJoin(spotCheckDraws, eq(spotCheckDraws.id, spotCheckDrawItems.drawId))
    .where(pending(brandId))
    .orderBy(asc(spotCheckDraws.createdAt), asc(spotCheckDrawItems.position))
    .limit(1);
  return row?.item ?? null;
}

export async function markDrawItemDone(db: Database, itemId: string, inspectionId: string): Promise<void> {
  await db
    .update(spotCheckDrawItems)
    .set({ inspectionId, done: true })
    .where(and(eq(spotCheckDrawItems.id, itemId), eq(spotCheckDrawItems.done, false)));
}

/** One page of draws, newest first, after `cursor` = [createdAt ISO, id]. */
export function listDraws(db: Database, limit: number, cursor: (string | number)[] | null) {
  return db
    .select()
    .from(spotCheckDraws)
    .where(cursor ? keysetAfter([spotCheckDraws.createdAt, spotCheckDraws.id], cursor, 'desc') : undefined)
    .orderBy(desc(spotCheckDraws.createdAt), desc(spotCheckDraws.id))
    .limit(limit + 1);
}

export async function countDraws(db: Database): Promise<number> {
  const [row] = await db.select({ n: count() }).from(spotCheckDraws);
  return row.n;
}

export function drawItemsOf(db: Database, drawIds: readonly string[]) {
  return db
    .select()
    .from(spotCheckDrawItems)
    .where(inArray(spotCheckDrawItems.drawId, [...drawIds]))
    .orderBy(asc(spotCheckDrawItems.position));
}

/** Items not yet answered by an inspection, oldest draw first. */
export async function pendingDrawItems(db: Database): Promise<SpotCheckDrawItemRow[]> {
  const rows = await db
    .select({ item: spotCheckDrawItems })
    .from(spotCheckDrawItems)
    .innerJoin(spotCheckDraws, eq(spotCheckDraws.id, spotCheckDrawItems.drawId))
    .where(eq(spotCheckDrawItems.done, false))
    .orderBy(asc(spotCheckDraws.createdAt), asc(spotCheckDraws.id), asc(spotCheckDrawItems.position));
  return rows.map((r) => r.item);
}
