import type { TypedDocumentNode } from '@urql/core';
import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useRoute } from 'vue-router';

/**
 * The one thing a detail page is about (`/…/:id`), fetched by the route's id, and the props DetailState shows
 * for it: `<DetailState v-bind="detail.state.value" noun=… @retry="detail.refresh">`. Later refetches keep
 * what is shown; only a page that never loaded shows a failure.
 */
export function useDetailQuery<Q, T>(
  query: TypedDocumentNode<Q, { id: string }>,
  pick: (data: Q) => T | null | undefined,
) {
  const route = useRoute();
  const id = computed(() => String(route.params.id));
  const { data, fetching, error, executeQuery } = useQuery<Q, { id: string }>({
    query,
    variables: computed(() => ({ id: id.value })),
    requestPolicy: 'cache-and-network',
  });
  const record = computed<T | null>(() => (data.value ? (pick(data.value) ?? null) : null));
  const state = computed(() => ({
    loading: fetching.value && !data.value,
    error: data.value ? null : (error.value ?? null),
    found: record.value !== null,
  }));
  return { id, record, state, refresh: () => executeQuery({ requestPolicy: 'network-only' }) };
}
