import { and, asc, count, eq, ilike, inArray, like, type SQL } from 'drizzle-orm';
import { unitTierChanges, units, type Database, type UnitKind, type UnitTier } from '@flagship/drizzle';
import { keysetAfter } from '../../core/pagination';

export type UnitRow = typeof units.$inferSelect;
export type UnitTierChangeRow = typeof unitTierChanges.$inferSelect;

export interface UnitQuery {
  search?: string | null;
  kind?: UnitKind[] | null;
  tier?: UnitTier[] | null;
  /** The tier the year began with (the baseline of the transformation figures). */
  baselineTier?: UnitTier[] | null;
  parentId?: string | null;
  /** Path prefix of a subtree to stay within. */
  withinPath?: string | null;
}

function where(q: UnitQuery): SQL | undefined {
  return and(
    q.search ? ilike(units.name, `%${escapeLike(q.search)}%`) : undefined,
    q.kind?.length ? inArray(units.kind, q.kind) : undefined,
    q.tier?.length ? inArray(units.tier, q.tier) : undefined,
    q.baselineTier?.length ? inArray(units.baselineTier, q.baselineTier) : undefined,
    q.parentId ? eq(units.parentId, q.parentId) : undefined,
    q.withinPath ? like(units.path, `${escapeLike(q.withinPath)}%`) : undefined,
  );
}

/** Escapes LIKE wildcards in user text. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Ids of the units in the subtree at `path` (the unit itself included), as a subquery: one indexed prefix match. */
export function unitIdsWithin(db: Database, path: string) {
  return db
    .select({ id: units.id })
    .from(units)
    .where(like(units.path, `${escapeLike(path)}%`));
}

/** One page of units ordered by path (the tree, depth first), after `cursor`. */
export function listUnits(db: Database, q: UnitQuery, limit: number, cursor: (string | number)[] | null) {
  return db
    .select()
    .from(units)
    .where(and(where(q), cursor ? keysetAfter([units.path], cursor, 'asc') : undefined))
    .orderBy(asc(units.path))
    .limit(limit + 1);
}

export async function countUnits(db: Database, q: UnitQuery): Promise<number> {
  const [row] = await db.select({ n: count() }).from(units).where(where(q));
  return row.n;
}

export function unitsByIds(db: Database, ids: readonly string[]) {
  return db
    .select()
    .from(units)
    .where(inArray(units.id, [...ids]));
}

export function childrenOf(db: Database, parentIds: readonly string[]) {
  return db
    .select()
    .from(units)
    .where(inArray(units.parentId, [...parentIds]))
    .orderBy(asc(units.name));
}

export function tierChangesOf(db: Database, unitIds: readonly string[]) {
  return db
    .select()
    .from(unitTierChanges)
    .where(inArray(unitTierChanges.unitId, [...unitIds]))
    .orderBy(asc(unitTierChanges.changedAt));
}
