import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';
import type { BrandCategory, Level, ModelCaseFilter, ModelCaseSort } from '../../gql/graphql';

/** The case library's search, facets, sort and page: all of it lives in the URL query (shareable, back works). */
export interface CaseQuery {
  q: string;
  level: Level[];
  category: BrandCategory[];
  year: number | null;
  tag: string | null;
  /** A unit or a town (镇党委): cases of it and of the units under it. */
  unit: string | null;
  /** null: the server's default (relevance when searching, newest otherwise). */
  sort: ModelCaseSort | null;
  page: number;
}

export const CASE_PAGE_SIZE = 12;
export const SEARCH_MAX = 50;
const LEVELS: readonly Level[] = ['NATIONAL', 'PROVINCE', 'CITY', 'COUNTY'];
const CATEGORIES: readonly BrandCategory[] = ['SERVICE', 'WORK_METHOD', 'PROGRAM', 'OTHER'];
const SORTS: readonly ModelCaseSort[] = ['RELEVANCE', 'NEWEST', 'MOST_VIEWED', 'LEVEL'];

export const EMPTY_CASE_QUERY: CaseQuery = {
  q: '',
  level: [],
  category: [],
  year: null,
  tag: null,
  unit: null,
  sort: null,
  page: 1,
};

function values(value: LocationQuery[string] | undefined): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string' && v !== '');
}

function oneOf<T extends string>(allowed: readonly T[], value: LocationQuery[string] | undefined): T[] {
  return [...new Set(values(value).filter((v): v is T => allowed.includes(v as T)))];
}

function positiveInt(value: LocationQuery[string] | undefined): number | null {
  const text = values(value)[0];
  return text && /^\d{1,6}$/.test(text) && Number(text) > 0 ? Number(text) : null;
}

/** Reads the library's state from a URL query; anything malformed falls back to the default. */
export function parseCaseQuery(query: LocationQuery): CaseQuery {
  const q = (values(query.q)[0] ?? '').trim().slice(0, SEARCH_MAX);
  const sort = oneOf(SORTS, query.sort)[0] ?? null;
  return {
    q,
    level: oneOf(LEVELS, query.level),
    category: oneOf(CATEGORIES, query.category),
    year: positiveInt(query.year),
    tag: values(query.tag)[0] ?? null,
    unit: values(query.unit)[0] ?? null,
    // Relevance means nothing without a search.
    sort: sort === 'RELEVANCE' && !q ? null : sort,
    page: positiveInt(query.page) ?? 1,
  };
}

/** The URL query for a state; defaults are left out, so the plain library is just `/cases`. */
export function toCaseQuery(state: CaseQuery): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.q) {
    query.q = state.q;
  }
  if (state.level.length) {
    query.level = [...state.level];
  }
  if (state.category.length) {
    query.category = [...state.category];
  }
  if (state.year) {
    query.year = String(state.year);
  }
  if (state.tag) {
    query.tag = state.tag;
  }
  if (state.unit) {
    query.unit = state.unit;
  }
  if (state.sort) {
    query.sort = state.sort;
  }
  if (state.page > 1) {
    query.page = String(state.page);
  }
  return query;
}

/** The GraphQL filter for a state (the page and sort are passed apart). */
export function toCaseFilter(state: CaseQuery): ModelCaseFilter {
  return {
    ...(state.q ? { search: state.q } : {}),
    ...(state.level.length ? { level: state.level } : {}),
    ...(state.category.length ? { category: state.category } : {}),
    ...(state.year ? { year: state.year } : {}),
    ...(state.tag ? { tag: state.tag } : {}),
    ...(state.unit ? { unitId: state.unit } : {}),
  };
}

/** Whether a facet or the search narrows the list. */
export function isNarrowed(state: CaseQuery): boolean {
  return Boolean(state.q || state.level.length || state.category.length || state.year || state.tag || state.unit);
}

/**
 * A change to the state. Anything but a page change starts again at page 1; a new search drops a sort by
 * relevance it no longer has, and clearing the search drops the relevance sort.
 */
export function withChange(current: CaseQuery, change: Partial<CaseQuery>): CaseQuery {
  const next: CaseQuery = { ...current, ...change };
  if (!('page' in change)) {
    next.page = 1;
  }
  if (!next.q && next.sort === 'RELEVANCE') {
    next.sort = null;
  }
  return next;
}

/** Adds a value to a multi-valued facet, or removes it when it is already chosen. */
export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** The library's state bound to the route; every change is a new history entry. */
export function useCaseFilters() {
  const route = useRoute();
  const router = useRouter();
  const state = computed(() => parseCaseQuery(route.query));

  function change(patch: Partial<CaseQuery>): Promise<unknown> {
    return router.push({ path: '/cases', query: toCaseQuery(withChange(state.value, patch)) });
  }

  return { state, change, clear: () => router.push({ path: '/cases' }) };
}
