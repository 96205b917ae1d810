import type { CombinedError } from '@urql/core';
import { useClientHandle } from '@urql/vue';
import { computed, ref, watch, type Ref } from 'vue';
import { LeaderBrandsDocument, type LeaderBrandsQuery } from '../../../gql/graphql';
import { inDerivedView, toBrandAdminFilter, type BrandAdminFilters } from './use-brand-admin-filters';

export type AdminBrand = LeaderBrandsQuery['brands']['edges'][number]['node'];
export const BRAND_ADMIN_PAGE = 30;
/** A county has a few hundred brands at most; the list reads up to 1,000 to work out progress and overdue. */
const MAX_PAGES = 10;

/**
 * Every brand the server finds for the filter (page by page, 100 a request), narrowed to the dashboard's progress
 * or overdue view, and the first `page` pages of them to show.
 */
export function useBrandAdminList(filters: Ref<BrandAdminFilters>) {
  const { client } = useClientHandle();
  const all = ref<AdminBrand[]>([]);
  const loading = ref(false);
  const truncated = ref(false);
  const error = ref<CombinedError | null>(null);
  let generation = 0;

  async function load(): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    error.value = null;
    const found: AdminBrand[] = [];
    let after: string | null = null;
    try {
      for (let i = 0; i < MAX_PAGES; i++) {
        const r = await client
          .query(
            LeaderBrandsDocument,
            { filter: toBrandAdminFilter(filters.value), first: 100, after },
            { requestPolicy: 'network-only' },
          )
          .toPromise();
        if (mine !== generation) {
          return;
        }
        if (!r.data) {
          error.value = r.error ?? null;
          return;
        }
        found.push(...r.data.brands.edges.map((e) => e.node));
        truncated.value = r.data.brands.pageInfo.hasNextPage && i === MAX_PAGES - 1;
        if (!r.data.brands.pageInfo.hasNextPage) {
          break;
        }
        after = r.data.brands.pageInfo.endCursor ?? null;
      }
      all.value = found;
    } finally {
      if (mine === generation) {
        loading.value = false;
      }
    }
  }

  watch(
    () => JSON.stringify(toBrandAdminFilter(filters.value)),
    () => void load(),
    { immediate: true },
  );
  const matching = computed(() => all.value.filter((b) => inDerivedView(b, filters.value)));
  const shown = computed(() => matching.value.slice(0, filters.value.page * BRAND_ADMIN_PAGE));
  return { matching, shown, loading, error, truncated, reload: load };
}
