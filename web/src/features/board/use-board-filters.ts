import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';
import type { RectificationFilter, RectificationStatus } from '../../gql/graphql';

/** What the public board is filtered by; every field lives in the URL query so a filtered board can be shared. */
export interface BoardFilters {
  status: RectificationStatus | null;
  overdue: boolean;
  townId: string | null;
  unitId: string | null;
}

export const RECTIFICATION_STATUSES: readonly RectificationStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED'];

function single(value: LocationQuery[string] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first ? first : null;
}

/** Reads the board's filters from a URL query, ignoring anything malformed (a hand-edited URL never breaks it). */
export function parseBoardQuery(query: LocationQuery): BoardFilters {
  const status = single(query.status);
  return {
    status: RECTIFICATION_STATUSES.includes(status as RectificationStatus) ? (status as RectificationStatus) : null,
    overdue: single(query.overdue) === '1',
    townId: single(query.town),
    unitId: single(query.unit),
  };
}

/** The URL query for some filters; defaults are left out so the plain board is just `/board`. */
export function toBoardQuery(filters: BoardFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (filters.status) {
    query.status = filters.status;
  }
  if (filters.overdue) {
    query.overdue = '1';
  }
  if (filters.townId) {
    query.town = filters.townId;
  }
  if (filters.unitId) {
    query.unit = filters.unitId;
  }
  return query;
}

/** The GraphQL filter for the board: always public items only. */
export function toRectificationFilter(filters: BoardFilters): RectificationFilter {
  return {
    publicOnly: true,
    ...(filters.status ? { status: [filters.status] } : {}),
    ...(filters.overdue ? { overdue: true } : {}),
    ...(filters.townId ? { townId: filters.townId } : {}),
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
  };
}

/** Whether any filter narrows the board (for the empty state's wording and the “clear” button). */
export function isFiltered(filters: BoardFilters): boolean {
  return Boolean(filters.status || filters.overdue || filters.townId || filters.unitId);
}

/** Applies a change to the filters; a new town drops the chosen unit, which may lie outside it. */
export function withPatch(current: BoardFilters, patch: Partial<BoardFilters>): BoardFilters {
  const next = { ...current, ...patch };
  if ('townId' in patch && patch.townId !== current.townId && !('unitId' in patch)) {
    next.unitId = null;
  }
  return next;
}

/**
 * The board's filters bound to the current route. `update` pushes a new history entry, so the back button
 * returns to the previous filters.
 */
export function useBoardFilters() {
  const route = useRoute();
  const router = useRouter();
  const filters = computed(() => parseBoardQuery(route.query));

  function update(patch: Partial<BoardFilters>): Promise<unknown> {
    return router.push({ query: toBoardQuery(withPatch(filters.value, patch)) });
  }

  function clear(): Promise<unknown> {
    return router.push({ query: {} });
  }

  return { filters, update, clear };
}
