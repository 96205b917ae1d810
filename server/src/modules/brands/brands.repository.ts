import { and, asc, count, desc, eq, getTableColumns, inArray, or, sql, type SQL } from 'drizzle-orm';
import {
  brandFiveHaves,
  brandLevelChanges,
  brandStageChanges,
  brands,
  type BrandCategory,
  type BrandStage,
  type Database,
  type Level,
} from '@flagship/drizzle';
import { isUuid } from '../../core/ids';
import { keysetAfter } from '../../core/pagination';
import { afterRank, matches, relevance, type TextSearch } from '../case-search/text-search';

export type BrandRow = typeof brands.$inferSelect;
export type StageChangeRow = typeof brandStageChanges.$inferSelect;
export type LevelChangeRow = typeof brandLevelChanges.$inferSelect;
export type FiveHaveRow = typeof brandFiveHaves.$inferSelect;

export interface BrandQuery {
  /** Full-text search (see case-search/text-search.ts); null when the search had nothing searchable. */
  search?: TextSearch | null;
  stage?: BrandStage[] | null;
  level?: Level[] | null;
  category?: BrandCategory[] | null;
  unitId?: string | null;
  /** A unit (a town) whose whole subtree's brands are wanted. */
  townId?: string | null;
  /** Visibility: null = everything; otherwise only these stages, or anything of `ownUnitId`. */
  visibleStages: BrandStage[] | null;
  ownUnitId?: string | null;
  /** Highest level first (then newest) instead of newest first; a search's relevance still comes first. */
  sortByLevel?: boolean;
}

/** What the viewer may see: everything (`visibleStages` null), or showcase stages plus its own unit's brands. */
export function visibility(visibleStages: BrandStage[] | null, ownUnitId?: string | null): SQL | undefined {
  return visibleStages
    ? or(inArray(brands.stage, visibleStages), ownUnitId ? eq(brands.unitId, ownUnitId) : undefined)
    : undefined;
}

/** Brands of the unit `townId` and every unit below it (a materialised-path prefix); an id that is no UUID names none. */
function inSubtree(townId: string): SQL {
  if (!isUuid(townId)) {
    return sql`false`;
  }
  return sql`${brands.unitId} in (select id from units where path like
    (select path from units where id = ${townId}::uuid) || '%')`;
}

function where(q: BrandQuery): SQL | undefined {
  return and(
    q.search === null ? sql`false` : q.search ? matches(brands.searchVector, q.search) : undefined,
    q.stage?.length ? inArray(brands.stage, q.stage) : undefined,
    q.level?.length ? inArray(brands.level, q.level) : undefined,
    q.category?.length ? inArray(brands.category, q.category) : undefined,
    q.unitId ? eq(brands.unitId, q.unitId) : undefined,
    q.townId ? inSubtree(q.townId) : undefined,
    visibility(q.visibleStages, q.ownUnitId),
  );
}

/**
 * One page of brands with their relevance: newest first after `cursor` = [createdAt ISO, id]; when searching,
 * most relevant first (name matches above slogan or summary matches), then newest, after `cursor` =
 * [relevance, createdAt ISO, id].
 */
/** National 4, provincial 3, city 2, county 1, none 0: the LEVEL sort's key. */
const LEVEL_RANK =
  sql<number>`(case ${brands.level} when 'NATIONAL' then 4 when 'PROVINCE' then 3 when 'CITY' then 2 when 'COUNTY' then 1 else 0 end)::real`.mapWith(
    Number,
  );

export function listBrands(db: Database, q: BrandQuery, limit: number, cursor: (string | number)[] | null) {
  if (q.search || q.sortByLevel) {
    const rank = q.search ? relevance(brands.searchVector, q.search) : LEVEL_RANK;
    return db
      .select({ ...getTableColumns(brands), rank })
      .from(brands)
      .where(and(where(q), cursor ? afterRank(rank, brands.createdAt, brands.id, cursor) : undefined))
      .orderBy(desc(rank), desc(brands.createdAt), desc(brands.id))
      .limit(limit + 1);
  }
  return db
    .select({ ...getTableColumns(brands), rank: sql<number>`0::real`.mapWith(Number) })
    .from(brands)
    .where(and(where(q), cursor ? keysetAfter([brands.createdAt, brands.id], cursor, 'desc') : undefined))
    .orderBy(desc(brands.createdAt), desc(brands.id))
    .limit(limit + 1);
}

export async function countBrands(db: Database, q: BrandQuery): Promise<number> {
  const [row] = await db.select({ n: count() }).from(brands).where(where(q));
  return row.n;
}

export function brandsByIds(db: Database, ids: readonly string[]) {
  return db
    .select()
    .from(brands)
    .where(inArray(brands.id, [...ids]));
}

export async function brandNameTaken(db: Database, name: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: brands.id })
    .from(brands)
    .where(
      and(
        sql`lower(${brands.name}) = lower(${name})`,
        sql`${brands.stage} <> 'WITHDRAWN'`,
        exceptId ? sql`${brands.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  return Boolean(row);
}

export function stageChangesOf(db: Database, brandIds: readonly string[]) {
  return db
    .select()
    .from(brandStageChanges)
    .where(inArray(brandStageChanges.brandId, [...brandIds]))
    .orderBy(asc(brandStageChanges.at));
}

export function levelChangesOf(db: Database, brandIds: readonly string[]) {
  return db
    .select()
    .from(brandLevelChanges)
    .where(inArray(brandLevelChanges.brandId, [...brandIds]))
    .orderBy(asc(brandLevelChanges.at));
}

export function fiveHavesOf(db: Database, brandIds: readonly string[]) {
  return db
    .select()
    .from(brandFiveHaves)
    .where(inArray(brandFiveHaves.brandId, [...brandIds]));
}

/** The first `limit + 1` visible brands of each unit in one windowed query, newest first. */
export async function firstBrandPages(db: Database, unitIds: string[], limit: number, visible: SQL | undefined) {
  const ranked = db
    .select({
      id: brands.id,
      unitId: brands.unitId,
      rn: sql<number>`row_number() over (partition by ${brands.unitId} order by ${brands.createdAt} desc, ${brands.id} desc)`.as(
        'rn',
      ),
    })
    .from(brands)
    .where(and(inArray(brands.unitId, unitIds), visible))
    .as('ranked');
  return db
    .select({ id: ranked.id, parentId: ranked.unitId })
    .from(ranked)
    .where(sql`${ranked.rn} <= ${limit + 1}`)
    .orderBy(ranked.unitId, ranked.rn);
}

/** Number of visible brands per unit, in one grouped query. */
export function countBrandsPerUnit(db: Database, unitIds: readonly string[], visible: SQL | undefined) {
  return db
    .select({ unitId: brands.unitId, n: count() })
    .from(brands)
    .where(and(inArray(brands.unitId, [...unitIds]), visible))
    .groupBy(brands.unitId);
}
