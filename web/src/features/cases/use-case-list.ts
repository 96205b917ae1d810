import { useClientHandle } from '@urql/vue';
import { CombinedError } from '@urql/core';
import { computed, ref, shallowRef, watch, type Ref } from 'vue';
import { CaseListCursorDocument, CaseListDocument, type CaseListQuery } from '../../gql/graphql';
import { CursorCache, cursorAt } from './page-cursors';
import { CASE_PAGE_SIZE, toCaseFilter, type CaseQuery } from './use-case-filters';

/**
 * One page of the case library and its facet counts for the state in the URL. Page N is found through cursors:
 * known ones are remembered, and a shared link to a later page asks the server for the cursor first. While the
 * next answer is on its way the previous page and facets stay on screen; answers to an older state are dropped.
 */
export function useCaseList(state: Ref<CaseQuery>) {
  const { client } = useClientHandle();
  const cursors = new CursorCache();
  const result = shallowRef<CaseListQuery | null>(null);
  const loading = ref(false);
  const error = ref<CombinedError | null>(null);
  let generation = 0;

  async function load(current: CaseQuery): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    const filter = toCaseFilter(current);
    const sort = current.sort;
    const list = JSON.stringify([filter, sort]);
    const offset = (current.page - 1) * CASE_PAGE_SIZE;
    try {
      let after = cursors.get(list, offset);
      if (after === undefined) {
        after = await cursorAt(offset, async (first, from) => {
          const page = await client.query(CaseListCursorDocument, { filter, sort, first, after: from }).toPromise();
          if (page.error) {
            throw page.error;
          }
          return page.data?.modelCases.pageInfo ?? { endCursor: null, hasNextPage: false };
        });
        cursors.set(list, offset, after);
      }
      const answer = await client
        .query(CaseListDocument, { filter, sort, first: CASE_PAGE_SIZE, after }, { requestPolicy: 'cache-first' })
        .toPromise();
      if (mine !== generation) {
        return;
      }
      error.value = answer.error ?? null;
      if (answer.data) {
        result.value = answer.data;
        cursors.set(list, offset + CASE_PAGE_SIZE, answer.data.modelCases.pageInfo.endCursor);
      }
    } catch (e) {
      if (mine === generation) {
        error.value = e instanceof CombinedError ? e : new CombinedError({ networkError: e as Error });
      }
    } finally {
      if (mine === generation) {
        loading.value = false;
      }
    }
  }

  watch(state, (current) => void load(current), { immediate: true, deep: true });

  return {
    cases: computed(() => result.value?.modelCases.nodes ?? []),
    totalCount: computed(() => result.value?.modelCases.totalCount ?? 0),
    facets: computed(() => result.value?.modelCaseFacets ?? null),
    /** True until the first answer: the page shows skeletons instead of an empty list. */
    firstLoad: computed(() => loading.value && !result.value),
    loading,
    error,
    retry: () => load(state.value),
  };
}
