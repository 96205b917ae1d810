import type { CombinedError } from '@urql/core';
import { useClientHandle } from '@urql/vue';
import { computed, ref, watch, type ComputedRef, type Ref } from 'vue';
import {
  WorkRectificationDocument,
  WorkRectificationsDocument,
  type RectificationFilter,
  type WorkRectificationFragment,
} from '../../gql/graphql';
import { errorMessage } from '../../shared/graphql';
import type { FilterField, FilterValues, ListFilters } from '../../shared/list/list-filters';
import { usePagedList } from '../../shared/list/use-paged-list';
import { useRouteFilters } from '../../shared/list/use-route-filters';
import { isNarrowed, stillMatching } from './work-filters';

const PAGE_SIZE = 10;

/** What WorkListPage shows: the pinned item (or why it is missing) and the list under it. */
export interface WorkListState {
  /** The first load is under way, and more pages are being fetched. */
  loading: boolean;
  loadingMore: boolean;
  error: CombinedError | null;
  /** How many match the filter, and whether there are more to load. */
  total: number;
  hasMore: boolean;
  /** The list without the pinned item. */
  rows: WorkRectificationFragment[];
  pinned: WorkRectificationFragment | null;
  pinnedLoading: boolean;
  /** An item was asked for (`?id=`) but is not to be had here; `pinnedError` is the server's reason, if any. */
  pinnedMissing: boolean;
  pinnedError: string | null;
}

/** A page's filters: any fields, plus the item opened from a to-do. */
type PinnableFields = Record<string, FilterField<unknown, unknown>> & { id: FilterField<string | null, never> };

/**
 * One of the two workspace pages of the rectification loop: filters in the URL (`spec`, with the pinned `id`),
 * the server filter made from them (null: nothing to ask for), and the list with the item opened from a to-do.
 * `ownsPinned` says whether the fetched item belongs on this page (the unit answers only its own).
 */
export function useWorkList<S extends PinnableFields>(
  spec: ListFilters<S>,
  toFilter: (f: FilterValues<S>) => RectificationFilter | null,
  ownsPinned: (item: WorkRectificationFragment) => boolean = () => true,
) {
  const route = useRouteFilters(spec.parse, spec.toQuery);
  const filter = computed(() => toFilter(route.filters.value));
  const filtered = computed(() => isNarrowed(spec, route.filters.value));
  const pinnedId = computed(() => route.filters.value.id as string | null);
  const list = useWorkRectifications(
    filter,
    computed(() => route.filters.value.page),
    pinnedId,
    ownsPinned,
  );
  const shownItems = computed(() => {
    const nodes = list.items.value.map((e) => e.node);
    const pinned = list.pinned.value;
    return pinned && !nodes.some((n) => n.id === pinned.id) ? [...nodes, pinned] : nodes;
  });
  const state: ComputedRef<WorkListState> = computed(() => ({
    loading: list.loading.value,
    loadingMore: list.loadingMore.value,
    error: list.error.value,
    // Items verified, returned or answered in place leave the count at once, without reloading the list.
    total: stillMatching(list.totalCount.value, shownItems.value, filter.value?.status),
    hasMore: list.hasNextPage.value,
    rows: list.rows.value,
    pinned: list.pinned.value,
    pinnedLoading: list.pinnedLoading.value,
    pinnedMissing: Boolean(pinnedId.value) && !list.pinnedLoading.value && !list.pinned.value,
    pinnedError: list.pinnedError.value,
  }));
  return { ...route, filter, filtered, list, state };
}

/**
 * A paged list of items for the workspace pages (“加载更多”, the page count in the URL), plus the one item
 * opened from a to-do (`pinnedId`), fetched on its own so it shows even when it is not on the first page.
 */
function useWorkRectifications(
  filter: Ref<RectificationFilter | null>,
  pages: Ref<number>,
  pinnedId: Ref<string | null>,
  ownsPinned: (item: WorkRectificationFragment) => boolean = () => true,
) {
  const { client } = useClientHandle();
  const list = usePagedList<WorkRectificationFragment>(
    computed(() => JSON.stringify(filter.value)),
    pages,
    PAGE_SIZE,
    async (first, after) => {
      if (!filter.value) {
        return { page: { edges: [], totalCount: 0, pageInfo: { hasNextPage: false } }, error: null };
      }
      const r = await client
        .query(WorkRectificationsDocument, { filter: filter.value, first, after }, { requestPolicy: 'network-only' })
        .toPromise();
      return { page: r.data?.rectifications ?? null, error: r.error ?? null };
    },
  );

  const fetched = ref<WorkRectificationFragment | null>(null);
  const pinned = computed(() => (fetched.value && ownsPinned(fetched.value) ? fetched.value : null));
  const pinnedError = ref<string | null>(null);
  const pinnedLoading = ref(false);

  async function fetchOne(id: string): Promise<WorkRectificationFragment | null> {
    const r = await client.query(WorkRectificationDocument, { id }, { requestPolicy: 'network-only' }).toPromise();
    if (r.error) {
      pinnedError.value = errorMessage(r.error);
    }
    return r.data?.rectification ?? null;
  }

  watch(
    pinnedId,
    async (id) => {
      fetched.value = null;
      pinnedError.value = null;
      if (!id) {
        return;
      }
      pinnedLoading.value = true;
      fetched.value = await fetchOne(id);
      pinnedLoading.value = false;
    },
    { immediate: true },
  );

  /** Shows a changed item wherever it is on the page. */
  function put(item: WorkRectificationFragment): void {
    list.replace((n) => n.id === item.id, item);
    if (fetched.value?.id === item.id) {
      fetched.value = item;
    }
  }

  /** Fetches one item again (after a conflict) and shows what the server has now. */
  async function refresh(id: string): Promise<void> {
    const item = await fetchOne(id);
    if (item) {
      put(item);
    }
  }

  /** The list without the pinned item (it is shown above the list). */
  const rows = computed(() => list.items.value.filter((e) => e.node.id !== pinned.value?.id).map((e) => e.node));

  return { ...list, rows, pinned, pinnedError, pinnedLoading, put, refresh };
}
