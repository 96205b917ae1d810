import { and, count, eq, getTableColumns, inArray, or, sql, type SQL } from 'drizzle-orm';
import { modelCases, type BrandCategory, type CaseStatus, type Database, type Level } from '@flagship/drizzle';
import { escapeLike } from '../units/units.repository';
import type { CaseOrder } from './case-sorts';
import { matches, relevance, type TextSearch } from './text-search';

/** What a model case list asks for, after validation: every filter, the search and the viewer's visibility. */
export interface CaseQuery {
  search?: TextSearch;
  level?: Level[] | null;
  category?: BrandCategory[] | null;
  /** Path prefix of the unit subtree of the `unitId` filter. */
  withinPath?: string | null;
  tag?: string | null;
  year?: number | null;
  featured?: boolean | null;
  status?: CaseStatus[] | null;
  /** Visibility: true = every case; otherwise published ones plus all of `ownUnitId`. */
  everything: boolean;
  ownUnitId?: string | null;
}

/** A filter dimension that a facet leaves out of its own counts. */
export type FacetDimension = 'level' | 'category' | 'year' | 'tag' | 'town';

/** Published cases to everyone; a unit's own cases to that unit; everything to leaders, inspectors, admins. */
function visibility(q: CaseQuery): SQL | undefined {
  if (q.everything) {
    return undefined;
  }
  return or(eq(modelCases.status, 'PUBLISHED'), q.ownUnitId ? eq(modelCases.unitId, q.ownUnitId) : undefined);
}

/** The WHERE clause of a case list, optionally without one facet's own dimension. */
export function caseWhere(q: CaseQuery, without?: FacetDimension): SQL | undefined {
  const categories = without === 'category' ? null : q.category;
  return and(
    q.search ? matches(modelCases.searchVector, q.search) : undefined,
    q.level?.length && without !== 'level' ? inArray(modelCases.level, q.level) : undefined,
    categories?.length
      ? sql`exists (select 1 from brands cb where cb.id = ${modelCases.brandId} and cb.category in (${sql.join(
          categories.map((c) => sql`${c}`),
          sql`, `,
        )}))`
      : undefined,
    q.withinPath && without !== 'town'
      ? sql`${modelCases.unitId} in (select su.id from units su where su.path like ${`${escapeLike(q.withinPath)}%`})`
      : undefined,
    q.tag && without !== 'tag' ? sql`${modelCases.tags} @> array[${q.tag}]::text[]` : undefined,
    q.year !== null && q.year !== undefined && without !== 'year' ? eq(modelCases.year, q.year) : undefined,
    q.featured !== null && q.featured !== undefined ? eq(modelCases.featured, q.featured) : undefined,
    q.status?.length ? inArray(modelCases.status, q.status) : undefined,
    visibility(q),
  );
}

/**
 * One page of cases in `order`, after the cursor values: `limit + 1` rows (the extra one tells whether there is
 * a next page), with the relevance when searching. Returned unawaited so a test can EXPLAIN the very query.
 */
export function listCases(
  db: Database,
  q: CaseQuery,
  order: CaseOrder,
  cursor: (string | number)[] | null,
  limit: number,
) {
  return db
    .select({
      ...getTableColumns(modelCases),
      rank: q.search ? relevance(modelCases.searchVector, q.search) : sql<number>`0::real`.mapWith(Number),
    })
    .from(modelCases)
    .where(and(caseWhere(q), cursor ? order.after(cursor) : undefined))
    .orderBy(...order.orderBy())
    .limit(limit + 1);
}

/** Number of cases matching the query, in one aggregate. */
export function countCases(db: Database, q: CaseQuery) {
  return db.select({ n: count() }).from(modelCases).where(caseWhere(q));
}
