import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';

/**
 * Filters with a page count, bound to the route's query: a change pushes a history entry and starts from the
 * first page; “加载更多” replaces it (back does not step through pages).
 */
export function useRouteFilters<F extends { page: number }>(
  parse: (q: LocationQuery) => F,
  write: (f: F) => LocationQueryRaw,
) {
  const route = useRoute();
  const router = useRouter();
  const filters = computed(() => parse(route.query));
  return {
    filters,
    update: (patch: Partial<F>) => router.push({ query: write({ ...filters.value, ...patch, page: patch.page ?? 1 }) }),
    showMore: () => router.replace({ query: write({ ...filters.value, page: filters.value.page + 1 }) }),
    clear: () => router.push({ query: {} }),
  };
}
