import type { CombinedError } from '@urql/core';
import { computed, type ComputedRef } from 'vue';
import type { Fields, ListFilters, ServerFilter } from './list-filters';
import { usePagedList, type FetchedPage } from './use-paged-list';
import { useRouteFilters } from './use-route-filters';

/**
 * A workspace list page's state: filters in the URL, the server filter made from them, and the list fetched
 * page by page (keyset cursors, “加载更多” keeps the page count in the URL). How a list page is put together:
 *
 *   const unitFilters = defineListFilters({ search: textField('q'), tier: enumsField('tier', TIERS) });  // list-filters.ts
 *   const { filters, filter, filtered, update, showMore, clear, list, pagedList } =
 *     useFilteredList(unitFilters, 50, async (filter, first, after) => {
 *     const r = await client.query(UnitsDocument, { filter, first, after }).toPromise();
 *     return { page: r.data?.units ?? null, error: r.error ?? null };
 *   });
 *
 *   <PageHeader title="…" lead="…" />
 *   <FilterBar :search="filters.search" :filtered="filtered" @search="update({ search: $event })" @clear="clear">
 *     <ChoiceFilter :model-value="filters.tier" :options="choices(TIERS, TIER_LABEL)" placeholder="等次"
 *       @update:model-value="update({ tier: $event })" />
 *   </FilterBar>
 *   <PagedList v-bind="pagedList" noun="单位" measure="个" empty-title="…" empty-hint="…"
 *     @more="showMore" @retry="list.reload()" @clear="clear">
 *     <template #exports><ExportLinks list="units" :filter="filter" /></template>
 *     <li v-for="{ node } in list.items.value" :key="node.id">…</li>
 *   </PagedList>
 *
 * Everything is in `shared/list/` (tested there); the leaders' units, rectification and inspection lists are
 * built this way. A list the page narrows itself (like the leaders' brand list) uses `useRouteFilters` and fills
 * PagedList's props by hand. Detail pages use `useDetailQuery` with `DetailState`; failed actions `ActionFailure`.
 */
export function useFilteredList<S extends Fields, N>(
  spec: ListFilters<S>,
  pageSize: number,
  fetch: (
    filter: ServerFilter<S>,
    first: number,
    after: string | null,
  ) => Promise<{ page: FetchedPage<N> | null; error: CombinedError | null }>,
) {
  const route = useRouteFilters(spec.parse, spec.toQuery);
  const filter = computed(() => spec.toFilter(route.filters.value));
  const list = usePagedList<N>(
    computed(() => JSON.stringify(filter.value)),
    computed(() => route.filters.value.page),
    pageSize,
    (first, after) => fetch(filter.value, first, after),
  );
  const filtered = computed(() => spec.isFiltered(route.filters.value));
  const pagedList: ComputedRef<PagedListState> = computed(() => ({
    loading: list.loading.value,
    loadingMore: list.loadingMore.value,
    error: list.error.value,
    total: list.totalCount.value,
    shown: list.items.value.length,
    hasMore: list.hasNextPage.value,
    pageSize,
    filtered: filtered.value,
  }));
  return { ...route, filter, filtered, list, pagedList };
}

/** The state PagedList shows (its props besides the words). */
export interface PagedListState {
  /** The first load is under way. */
  loading: boolean;
  /** More pages are being fetched. */
  loadingMore?: boolean;
  error: CombinedError | null;
  /** How many match the filters, and how many are shown. */
  total: number;
  shown: number;
  hasMore: boolean;
  pageSize: number;
  /** Whether the filters narrow the list: the empty state then offers to clear them. */
  filtered: boolean;
}
