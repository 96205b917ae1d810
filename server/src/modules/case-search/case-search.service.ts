import { BRAND_CATEGORIES, type BrandCategory, type Level } from '@flagship/drizzle';
import { readsEverything } from '../../core/access';
import { pageSize, toPage, type Page } from '../../core/connection';
import type { Context } from '../../core/context';
import { badInput } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { CATEGORY_LABEL, LEVEL_LABEL } from '@flagship/drizzle/labels';
import { toModelCase, type ModelCase } from '../cases/cases.types';
import { facetCounts, type FacetRow } from './case-facets.repository';
import { countCases, listCases, type CaseQuery, type FacetDimension } from './case-search.repository';
import type { ModelCaseFilter } from './case-search.inputs';
import { CaseOrder, effectiveSort, LEVEL_RANK, type CaseSort } from './case-sorts';
import { similarKey } from './case-search.loaders';
import { MAX_SIMILAR } from './case-similar.repository';
import { ModelCaseFacets, type FacetCount } from './case-search.types';
import { withSearch } from './search-hits';
import { prepareSearch } from './text-search';

/**
 * Validates a filter and adds the viewer's visibility. Null when nothing can match: a search with nothing
 * searchable, or a `unitId` that names no unit. A search over 50 characters is BAD_USER_INPUT.
 */
async function caseQuery(ctx: Context, filter: ModelCaseFilter | null | undefined): Promise<CaseQuery | null> {
  const search = prepareSearch(filter?.search);
  if (search === null) {
    return null;
  }
  let withinPath: string | null = null;
  if (filter?.unitId) {
    const unit = isUuid(filter.unitId) ? await ctx.loaders.unitById.load(filter.unitId) : null;
    if (!unit) {
      return null;
    }
    withinPath = unit.path;
  }
  const v = ctx.viewer;
  return {
    search,
    level: filter?.level,
    category: filter?.category,
    withinPath,
    tag: filter?.tag?.trim() || null,
    year: filter?.year,
    featured: filter?.featured,
    status: filter?.status,
    everything: readsEverything(v),
    ownUnitId: v?.role === 'UNIT' ? v.unitId : null,
  };
}

/**
 * Model cases the viewer may see, filtered and sorted, one keyset page at a time. With a search the default
 * order is relevance (title matches first) and each node remembers the search for its `highlight`.
 */
export async function modelCasePage(
  ctx: Context,
  filter: ModelCaseFilter | null | undefined,
  sort: CaseSort | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<ModelCase>> {
  const limit = pageSize(first);
  const q = await caseQuery(ctx, filter);
  const order = new CaseOrder(effectiveSort(sort, q?.search), q?.search);
  const cursor = order.decode(after);
  const rows = q ? await listCases(ctx.db, q, order, cursor, limit) : [];
  rows.forEach(({ rank: _rank, ...row }) => ctx.loaders.caseById.prime(row.id, row));
  const text = q?.search?.text;
  return toPage(
    rows,
    limit,
    (r) => order.cursorOf(r),
    (r) => (text ? withSearch(toModelCase(r), text) : toModelCase(r)),
    async () => (q ? (await countCases(ctx.db, q))[0].n : 0),
  );
}

/** Facet counts over the same visibility and filter as `modelCasePage`; each facet is computed when asked for. */
export async function modelCaseFacets(ctx: Context, filter: ModelCaseFilter | null | undefined) {
  return Object.assign(new ModelCaseFacets(), { query: await caseQuery(ctx, filter) });
}

function labelled(rows: FacetRow[], label: (r: FacetRow) => string): FacetCount[] {
  return rows.map((r) => ({ value: r.value, label: label(r), count: r.n }));
}

/** One facet of a prepared query, with Chinese labels, in the order a page shows it. */
export async function facet(ctx: Context, query: CaseQuery | null, dimension: FacetDimension): Promise<FacetCount[]> {
  if (!query) {
    return [];
  }
  const rows = await facetCounts(ctx.db, query, dimension);
  switch (dimension) {
    case 'level':
      rows.sort((a, b) => LEVEL_RANK[b.value as Level] - LEVEL_RANK[a.value as Level]);
      return labelled(rows, (r) => LEVEL_LABEL[r.value as Level]);
    case 'category':
      rows.sort(
        (a, b) =>
          BRAND_CATEGORIES.indexOf(a.value as BrandCategory) - BRAND_CATEGORIES.indexOf(b.value as BrandCategory),
      );
      return labelled(rows, (r) => CATEGORY_LABEL[r.value as BrandCategory]);
    case 'year':
      return labelled(rows, (r) => `${r.value}年`);
    case 'tag':
      return labelled(rows, (r) => r.value);
    case 'town':
      return labelled(rows, (r) => r.label ?? '');
  }
}

/** The published cases most similar to `modelCase` (at most MAX_SIMILAR), batched per request. */
export async function similarTo(ctx: Context, modelCase: ModelCase, first: number): Promise<ModelCase[]> {
  if (!Number.isInteger(first) || first < 0 || first > MAX_SIMILAR) {
    throw badInput({ first: `相似案例数量应为 0 到 ${MAX_SIMILAR} 之间的整数` });
  }
  if (first === 0) {
    return [];
  }
  const rows = await ctx.loaders.similarCases.load(similarKey(modelCase.id, first));
  return rows.map(toModelCase);
}
