import { useClientHandle } from '@urql/vue';
import { computed, ref, watch, type Ref } from 'vue';
import {
  WorkRectificationDocument,
  WorkRectificationsDocument,
  type RectificationFilter,
  type WorkRectificationFragment,
} from '../../gql/graphql';
import { errorMessage } from '../../shared/graphql';
import { usePagedList } from '../../shared/list/use-paged-list';

export const PAGE_SIZE = 10;

/**
 * A paged list of items for the workspace pages (“加载更多”, the page count in the URL), plus the one item
 * opened from a to-do (`pinnedId`), fetched on its own so it shows even when it is not on the first page.
 */
export function useWorkRectifications(
  filter: Ref<RectificationFilter | null>,
  pages: Ref<number>,
  pinnedId: Ref<string | null>,
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

  const pinned = ref<WorkRectificationFragment | null>(null);
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
      pinned.value = null;
      pinnedError.value = null;
      if (!id) {
        return;
      }
      pinnedLoading.value = true;
      pinned.value = await fetchOne(id);
      pinnedLoading.value = false;
    },
    { immediate: true },
  );

  /** Shows a changed item wherever it is on the page. */
  function put(item: WorkRectificationFragment): void {
    list.replace((n) => n.id === item.id, item);
    if (pinned.value?.id === item.id) {
      pinned.value = item;
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
