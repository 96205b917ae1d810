import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';
import type { BrandCategory, BrandFilter, BrandStage, Level } from '../../gql/graphql';

/** What the brand directory is filtered by; every field lives in the URL query, so a view can be shared. */
export interface BrandFilters {
  search: string;
  stage: BrandStage[];
  level: Level[];
  category: BrandCategory[];
  townId: string | null;
  /** Highest level first instead of newest first (`?sort=level`). */
  sortByLevel: boolean;
  /** How many pages (“加载更多”) are shown, at least 1. */
  page: number;
}

/** The stages the public directory shows (past 申报, not 撤销), in order. */
export const SHOWCASE_STAGES: readonly BrandStage[] = ['CULTIVATING', 'BUILDING', 'ACCEPTANCE', 'NAMED', 'PROMOTED'];
export const LEVELS: readonly Level[] = ['NATIONAL', 'PROVINCE', 'CITY', 'COUNTY'];
export const CATEGORIES: readonly BrandCategory[] = ['SERVICE', 'WORK_METHOD', 'PROGRAM', 'OTHER'];
const MAX_PAGE = 50;

export const NO_FILTERS: BrandFilters = {
  search: '',
  stage: [],
  level: [],
  category: [],
  townId: null,
  sortByLevel: false,
  page: 1,
};

function values(value: LocationQuery[string] | undefined): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((v) => (v ? v.split(',') : []));
}

function single(value: LocationQuery[string] | undefined): string | null {
  return values(value)[0] ?? null;
}

/** The allowed values among `raw`, in the allowed order, each once. */
function pick<T extends string>(raw: string[], allowed: readonly T[]): T[] {
  return allowed.filter((v) => raw.includes(v));
}

/** Reads the directory's filters from a URL query, ignoring anything malformed (a hand-edited URL never breaks it). */
export function parseBrandQuery(query: LocationQuery): BrandFilters {
  const page = Number(single(query.page));
  return {
    search: (single(query.q) ?? '').trim().slice(0, 50),
    stage: pick(values(query.stage), SHOWCASE_STAGES),
    level: pick(values(query.level), LEVELS),
    category: pick(values(query.category), CATEGORIES),
    townId: single(query.town),
    sortByLevel: single(query.sort) === 'level',
    page: Number.isInteger(page) && page > 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** The URL query for some filters; defaults are left out, so the plain directory is just `/brands`. */
export function toBrandQuery(f: BrandFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (f.search.trim()) {
    query.q = f.search.trim();
  }
  if (f.stage.length) {
    query.stage = [...f.stage];
  }
  if (f.level.length) {
    query.level = [...f.level];
  }
  if (f.category.length) {
    query.category = [...f.category];
  }
  if (f.townId) {
    query.town = f.townId;
  }
  if (f.sortByLevel) {
    query.sort = 'level';
  }
  if (f.page > 1) {
    query.page = String(f.page);
  }
  return query;
}

/** The GraphQL filter: the directory only ever lists showcase stages, whoever is looking. */
export function toBrandFilter(f: BrandFilters): BrandFilter {
  return {
    stage: f.stage.length ? [...f.stage] : [...SHOWCASE_STAGES],
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.level.length ? { level: [...f.level] } : {}),
    ...(f.category.length ? { category: [...f.category] } : {}),
    ...(f.townId ? { townId: f.townId } : {}),
  };
}

/** Whether anything narrows the directory (for the empty state and the “清除筛选” button). */
export function isFiltered(f: BrandFilters): boolean {
  return Boolean(f.search.trim() || f.stage.length || f.level.length || f.category.length || f.townId);
}

/** Applies a change; any change of what is shown starts again from the first page. */
export function withPatch(current: BrandFilters, patch: Partial<BrandFilters>): BrandFilters {
  return { ...current, ...patch, page: patch.page ?? 1 };
}

/**
 * The directory's filters bound to the current route. A filter change pushes a history entry (the back button
 * returns to the previous filters); “加载更多” replaces it, so back does not step through pages.
 */
export function useBrandFilters() {
  const route = useRoute();
  const router = useRouter();
  const filters = computed(() => parseBrandQuery(route.query));

  function update(patch: Partial<BrandFilters>): Promise<unknown> {
    return router.push({ query: toBrandQuery(withPatch(filters.value, patch)) });
  }

  function showMore(): Promise<unknown> {
    return router.replace({ query: toBrandQuery({ ...filters.value, page: filters.value.page + 1 }) });
  }

  function clear(): Promise<unknown> {
    return router.push({ query: {} });
  }

  return { filters, update, showMore, clear };
}
