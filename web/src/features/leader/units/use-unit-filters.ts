import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';
import type { UnitFilter, UnitKind, UnitTier } from '../../../gql/graphql';
import { pageOf, pick, single, values } from '../query-values';

/** What the units page is filtered by; every field lives in the URL query. */
export interface UnitFilters {
  search: string;
  kind: UnitKind[];
  tier: UnitTier[];
  /** A town (or any unit): the units directly under it. */
  parentId: string | null;
  page: number;
}

export const UNIT_KINDS: readonly UnitKind[] = [
  'COUNTY_COMMITTEE',
  'TOWN_COMMITTEE',
  'DEPARTMENT',
  'VILLAGE',
  'COMMUNITY',
  'ENTERPRISE',
  'AGENCY',
  'INSTITUTION',
  'SOCIAL_ORG',
];
export const UNIT_TIERS: readonly UnitTier[] = ['ADVANCED', 'AVERAGE', 'LAGGING'];
export const NO_UNIT_FILTERS: UnitFilters = { search: '', kind: [], tier: [], parentId: null, page: 1 };

/** Reads the filters from a URL query (`?q=&kind=VILLAGE&tier=LAGGING&town=<id>&page=2`), ignoring what is malformed. */
export function parseUnitQuery(query: LocationQuery): UnitFilters {
  return {
    search: (single(query.q) ?? '').trim().slice(0, 50),
    kind: pick(values(query.kind), UNIT_KINDS),
    tier: pick(values(query.tier), UNIT_TIERS),
    parentId: single(query.town),
    page: pageOf(query.page),
  };
}

/** The URL query for some filters; defaults are left out, so the plain page is just `/workspace/units`. */
export function toUnitQuery(f: UnitFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (f.search.trim()) {
    query.q = f.search.trim();
  }
  if (f.kind.length) {
    query.kind = [...f.kind];
  }
  if (f.tier.length) {
    query.tier = [...f.tier];
  }
  if (f.parentId) {
    query.town = f.parentId;
  }
  if (f.page > 1) {
    query.page = String(f.page);
  }
  return query;
}

/** The GraphQL (and export) filter. */
export function toUnitFilter(f: UnitFilters): UnitFilter {
  return {
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.kind.length ? { kind: [...f.kind] } : {}),
    ...(f.tier.length ? { tier: [...f.tier] } : {}),
    ...(f.parentId ? { parentId: f.parentId } : {}),
  };
}

/** Whether anything narrows the list. */
export function isUnitFiltered(f: UnitFilters): boolean {
  return Boolean(f.search.trim() || f.kind.length || f.tier.length || f.parentId);
}

/** The units page's filters bound to the route: a change pushes history and starts from the first page. */
export function useUnitFilters() {
  const route = useRoute();
  const router = useRouter();
  const filters = computed(() => parseUnitQuery(route.query));
  return {
    filters,
    update: (patch: Partial<UnitFilters>) =>
      router.push({ query: toUnitQuery({ ...filters.value, ...patch, page: patch.page ?? 1 }) }),
    showMore: () => router.replace({ query: toUnitQuery({ ...filters.value, page: filters.value.page + 1 }) }),
    clear: () => router.push({ query: {} }),
  };
}
