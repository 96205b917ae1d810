import { useClientHandle } from '@urql/vue';
import type { CombinedError } from '@urql/core';
import { ref, watch, type Ref } from 'vue';
import { BrandListDocument, type BrandCardFragment, type BrandFilter, type BrandSort } from '../../gql/graphql';

export const BRAND_PAGE_SIZE = 12;
/** The server answers at most 100 items a request. */
const MAX_FIRST = 100;

/** How many items the first request asks for when `pages` pages are wanted at once (a shared or reloaded URL). */
export function firstRequestSize(pages: number): number {
  return Math.min(Math.max(1, pages) * BRAND_PAGE_SIZE, Math.floor(MAX_FIRST / BRAND_PAGE_SIZE) * BRAND_PAGE_SIZE);
}

interface Item {
  cursor: string;
  node: BrandCardFragment;
}

/**
 * The directory's brands for a filter, `pages` pages of BRAND_PAGE_SIZE. A new filter starts again; more pages
 * are fetched after the last cursor; fewer pages drop the tail. Answers to an older filter are dropped.
 */
export function useBrandList(filter: Ref<BrandFilter>, pages: Ref<number>, sort: Ref<BrandSort>) {
  const { client } = useClientHandle();
  const items = ref<Item[]>([]);
  const totalCount = ref(0);
  const hasNextPage = ref(false);
  const loading = ref(false);
  const loadingMore = ref(false);
  const error = ref<CombinedError | null>(null);
  let generation = 0;

  /** Fetches `first` items after the last one held; false when the answer is stale or failed. */
  async function fetchMore(mine: number, first: number): Promise<boolean> {
    const after = items.value.at(-1)?.cursor ?? null;
    const result = await client
      .query(BrandListDocument, { filter: filter.value, sort: sort.value, first, after })
      .toPromise();
    if (mine !== generation) {
      return false;
    }
    error.value = result.error ?? null;
    const page = result.data?.brands;
    if (!page) {
      return false;
    }
    items.value = [...items.value, ...page.edges];
    totalCount.value = page.totalCount;
    hasNextPage.value = page.pageInfo.hasNextPage;
    return true;
  }

  async function fill(mine: number): Promise<void> {
    while (mine === generation && hasNextPage.value && items.value.length < pages.value * BRAND_PAGE_SIZE) {
      const want = pages.value * BRAND_PAGE_SIZE - items.value.length;
      if (!(await fetchMore(mine, Math.min(want, MAX_FIRST)))) {
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
      if (await fetchMore(mine, firstRequestSize(pages.value))) {
        await fill(mine);
      }
    } finally {
      if (mine === generation) {
        loading.value = false;
      }
    }
  }

  async function resize(): Promise<void> {
    const wanted = pages.value * BRAND_PAGE_SIZE;
    if (items.value.length > wanted) {
      items.value = items.value.slice(0, wanted);
      hasNextPage.value = true;
      return;
    }
    loadingMore.value = true;
    try {
      await fill(generation);
    } finally {
      loadingMore.value = false;
    }
  }

  watch(
    () => JSON.stringify([filter.value, sort.value]),
    () => void reload(),
    { immediate: true },
  );
  watch(pages, () => void resize());

  return { items, totalCount, hasNextPage, loading, loadingMore, error, reload };
}
