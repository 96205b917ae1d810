import type { CombinedError } from '@urql/core';
import { ref, watch, type Ref } from 'vue';

/** One page of a Relay connection, as the list needs it. */
export interface FetchedPage<N> {
  edges: { cursor: string; node: N }[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean };
}

/** Fetches `first` items after `after` for the current filter; the error when the request failed. */
export type PageFetcher<N> = (
  first: number,
  after: string | null,
) => Promise<{ page: FetchedPage<N> | null; error: CombinedError | null }>;

const MAX_FIRST = 100;

/** How many more items to ask for: what is still wanted, at most 100 a request. */
export function nextRequestSize(wanted: number, held: number): number {
  return Math.max(0, Math.min(MAX_FIRST, wanted - held));
}

/**
 * A list shown `pages` pages of `pageSize` at a time (“加载更多”, the page count lives in the URL): a new `key`
 * (the filter) starts again, more pages are fetched after the last cursor, and answers to an older key are dropped.
 */
export function usePagedList<N>(key: Ref<string>, pages: Ref<number>, pageSize: number, fetch: PageFetcher<N>) {
  const items = ref<{ cursor: string; node: N }[]>([]) as Ref<{ cursor: string; node: N }[]>;
  const totalCount = ref(0);
  const hasNextPage = ref(false);
  const loading = ref(false);
  const loadingMore = ref(false);
  const error = ref<CombinedError | null>(null);
  let generation = 0;
  let filling = false;

  /** Fetches until the wanted pages are held; one loop at a time, which reads the page count on every round. */
  async function fill(mine: number): Promise<void> {
    filling = true;
    try {
      await fillRounds(mine);
    } finally {
      if (mine === generation) {
        filling = false;
      }
    }
  }

  async function fillRounds(mine: number): Promise<void> {
    while (mine === generation) {
      const want = nextRequestSize(pages.value * pageSize, items.value.length);
      if (want === 0 || (items.value.length > 0 && !hasNextPage.value)) {
        return;
      }
      const r = await fetch(want, items.value.at(-1)?.cursor ?? null);
      if (mine !== generation) {
        return;
      }
      error.value = r.error;
      if (!r.page) {
        return;
      }
      items.value = [...items.value, ...r.page.edges];
      totalCount.value = r.page.totalCount;
      hasNextPage.value = r.page.pageInfo.hasNextPage;
      if (!hasNextPage.value) {
        return;
      }
    }
  }

  async function reload(): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    items.value = [];
    hasNextPage.value = false;
    try {
      await fill(mine);
    } finally {
      if (mine === generation) {
        loading.value = false;
      }
    }
  }

  async function resize(): Promise<void> {
    const wanted = pages.value * pageSize;
    if (items.value.length > wanted) {
      items.value = items.value.slice(0, wanted);
      hasNextPage.value = true;
      return;
    }
    if (filling) {
      return;
    }
    loadingMore.value = true;
    try {
      await fill(generation);
    } finally {
      loadingMore.value = false;
    }
  }

  /** Puts a changed item in place (after a mutation) without refetching the list. */
  function replace(match: (node: N) => boolean, node: N): void {
    items.value = items.value.map((e) => (match(e.node) ? { ...e, node } : e));
  }

  // A new key starts again even when the page count changes with it (a new filter goes back to the first page).
  watch([key, pages], ([k], old) => void (old?.[0] === k ? resize() : reload()), { immediate: true });

  return { items, totalCount, hasNextPage, loading, loadingMore, error, reload, replace };
}
