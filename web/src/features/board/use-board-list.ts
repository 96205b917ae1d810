import { useClientHandle } from '@urql/vue';
import type { CombinedError } from '@urql/core';
import { ref, watch, type Ref } from 'vue';
import {
  BoardDocument,
  PublicRectificationDocument,
  type PublicRectificationFragment,
  type RectificationFilter,
} from '../../gql/graphql';

export const BOARD_PAGE_SIZE = 10;

/**
 * The board's items for a filter, a page at a time (“加载更多” appends the next page). A new filter starts
 * again from the first page; answers to an older filter are dropped. Always asks the server (the board is live).
 */
export function useBoardList(filter: Ref<RectificationFilter>) {
  const { client } = useClientHandle();
  const items = ref<PublicRectificationFragment[]>([]);
  const totalCount = ref(0);
  const endCursor = ref<string | null>(null);
  const hasNextPage = ref(false);
  const loading = ref(false);
  const loadingMore = ref(false);
  const error = ref<CombinedError | null>(null);
  let generation = 0;

  async function fetchPage(after: string | null): Promise<void> {
    const mine = ++generation;
    const result = await client
      .query(BoardDocument, { filter: filter.value, first: BOARD_PAGE_SIZE, after }, { requestPolicy: 'network-only' })
      .toPromise();
    if (mine !== generation) {
      return;
    }
    error.value = result.error ?? null;
    const page = result.data?.rectifications;
    if (page) {
      items.value = after ? [...items.value, ...page.nodes] : page.nodes;
      totalCount.value = page.totalCount;
      endCursor.value = page.pageInfo.endCursor ?? null;
      hasNextPage.value = page.pageInfo.hasNextPage;
    }
  }

  async function reload(): Promise<void> {
    loading.value = true;
    items.value = [];
    try {
      await fetchPage(null);
    } finally {
      loading.value = false;
    }
  }

  async function loadMore(): Promise<void> {
    if (!hasNextPage.value || loadingMore.value) {
      return;
    }
    loadingMore.value = true;
    try {
      await fetchPage(endCursor.value);
    } finally {
      loadingMore.value = false;
    }
  }

  /** Fetches one item again (after a rating) and puts the fresh copy in its place. */
  async function refreshItem(id: string): Promise<void> {
    const result = await client
      .query(PublicRectificationDocument, { id }, { requestPolicy: 'network-only' })
      .toPromise();
    const fresh = result.data?.rectification;
    if (fresh) {
      items.value = items.value.map((item) => (item.id === id ? fresh : item));
    }
  }

  watch(filter, () => void reload(), { immediate: true, deep: true });

  return { items, totalCount, hasNextPage, loading, loadingMore, error, reload, loadMore, refreshItem };
}
