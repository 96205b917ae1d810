import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '@flagship/drizzle';
import { caseWhere, type CaseQuery, type FacetDimension } from './case-search.repository';

/** A facet value and how many cases of the query have it. */
export interface FacetRow {
  value: string;
  label?: string;
  n: number;
}

/** Most tags a tag facet lists. */
export const TAG_FACET_SIZE = 30;

async function rows(db: Database, query: SQL): Promise<FacetRow[]> {
  const result = await db.execute(query);
  const list = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as FacetRow[];
  return list.map((r) => ({ ...r, value: String(r.value), n: Number(r.n) }));
}

function whereOf(q: CaseQuery, without: FacetDimension): SQL {
  return caseWhere(q, without) ?? sql`true`;
}

/**
 * The counts of one facet over the cases of `q` with that facet's own filter left out (so choosing 省级 still
 * shows how many 市级 there are): each facet is one aggregate statement.
 */
export function facetCounts(db: Database, q: CaseQuery, facet: FacetDimension): Promise<FacetRow[]> {
  switch (facet) {
    case 'level':
      return rows(
        db,
        sql`select level as value, count(*)::int as n from model_cases
            where level is not null and ${whereOf(q, facet)} group by level`,
      );
    case 'category':
      return rows(
        db,
        sql`select b.category as value, count(*)::int as n from model_cases
            join brands b on b.id = model_cases.brand_id
            where ${whereOf(q, facet)} group by b.category`,
      );
    case 'year':
      return rows(
        db,
        sql`select year as value, count(*)::int as n from model_cases
            where ${whereOf(q, facet)} group by year order by year desc`,
      );
    case 'tag':
      return rows(
        db,
        sql`select t.tag as value, count(distinct model_cases.id)::int as n
            from model_cases cross join lateral unnest(model_cases.tags) as t(tag)
            where ${whereOf(q, facet)} group by t.tag order by n desc, t.tag limit ${TAG_FACET_SIZE}`,
      );
    case 'town':
      return rows(
        db,
        sql`select town.id as value, town.name as label, count(*)::int as n from model_cases
            join units cu on cu.id = model_cases.unit_id
            join units town on town.kind = 'TOWN_COMMITTEE' and cu.path like town.path || '%'
            where ${whereOf(q, facet)} group by town.id, town.name order by n desc, town.name`,
      );
  }
}
