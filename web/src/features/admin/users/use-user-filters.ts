import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';
import type { Role, UserFilter } from '../../../gql/graphql';
import { pageOf, pick, single, values } from '../../../shared/list/query-values';
import { ROLES } from './user-form';

/** Account status filter: all, in use, or disabled. */
export type UserStatus = 'all' | 'active' | 'disabled';

/** What the user list is filtered by; every field lives in the URL query. */
export interface UserFilters {
  search: string;
  role: Role[];
  unitId: string | null;
  status: UserStatus;
  page: number;
}

export const NO_USER_FILTERS: UserFilters = { search: '', role: [], unitId: null, status: 'all', page: 1 };

/** Reads `?q=&role=UNIT&unit=<id>&status=disabled&page=2`, ignoring what is malformed. */
export function parseUserQuery(query: LocationQuery): UserFilters {
  const status = single(query.status);
  return {
    search: (single(query.q) ?? '').trim().slice(0, 50),
    role: pick(values(query.role), ROLES),
    unitId: single(query.unit),
    status: status === 'active' || status === 'disabled' ? status : 'all',
    page: pageOf(query.page),
  };
}

/** The URL query for some filters; defaults are left out. */
export function toUserQuery(f: UserFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (f.search.trim()) {
    query.q = f.search.trim();
  }
  if (f.role.length) {
    query.role = [...f.role];
  }
  if (f.unitId) {
    query.unit = f.unitId;
  }
  if (f.status !== 'all') {
    query.status = f.status;
  }
  if (f.page > 1) {
    query.page = String(f.page);
  }
  return query;
}

/** The GraphQL (and export) filter. */
export function toUserFilter(f: UserFilters): UserFilter {
  return {
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.role.length ? { role: [...f.role] } : {}),
    ...(f.unitId ? { unitId: f.unitId } : {}),
    ...(f.status === 'all' ? {} : { disabled: f.status === 'disabled' }),
  };
}

/** Whether anything narrows the list. */
export function isUserFiltered(f: UserFilters): boolean {
  return Boolean(f.search.trim() || f.role.length || f.unitId || f.status !== 'all');
}

/** The user list's filters bound to the route: a change pushes history and starts from the first page. */
export function useUserFilters() {
  const route = useRoute();
  const router = useRouter();
  const filters = computed(() => parseUserQuery(route.query));
  return {
    filters,
    update: (patch: Partial<UserFilters>) =>
      router.push({ query: toUserQuery({ ...filters.value, ...patch, page: patch.page ?? 1 }) }),
    showMore: () => router.replace({ query: toUserQuery({ ...filters.value, page: filters.value.page + 1 }) }),
    clear: () => router.push({ query: {} }),
  };
}
