import { useClientHandle } from '@urql/vue';
import type { CombinedError } from '@urql/core';
import { ref, watch, type Ref } from 'vue';
import { BrandTimelineDocument, type BrandTimelineQuery } from '../../gql/graphql';

export const TIMELINE_PAGE_SIZE = 10;

type Event = NonNullable<BrandTimelineQuery['brand']>['timeline']['nodes'][number];

const KIND_LABEL: Record<string, string> = {
  BRAND_CREATED: '申报',
  BRAND_UPDATED: '信息更新',
  STAGE_CHANGED: '阶段变更',
  LEVEL_PROMOTED: '级别认定',
  FIVE_HAVE_UPDATED: '五有标准',
  PLAN_SAVED: '创建方案',
  PLAN_SUBMITTED: '创建方案',
  PLAN_APPROVED: '方案通过',
  PLAN_RETURNED: '方案退回',
  MILESTONE_REPORTED: '节点进展',
  INSPECTION_RECORDED: '督促检查',
  RECTIFICATION_UPDATED: '整改进展',
  RECTIFICATION_VERIFIED: '整改核验',
  RECTIFICATION_REJECTED: '整改退回',
  CASE_SUBMITTED: '典型案例',
  CASE_PUBLISHED: '案例发布',
  CASE_RETURNED: '案例退回',
  CASE_FEATURED: '案例精选',
};

/** The Chinese label of a timeline event's kind; an unknown kind is shown as 动态. */
export function timelineKindLabel(kind: string): string {
  return KIND_LABEL[kind] ?? '动态';
}

/** The colour group of an event kind, for its dot on the timeline. */
export function timelineTone(kind: string): 'stage' | 'level' | 'rectification' | 'case' | 'plain' {
  if (kind.startsWith('STAGE')) {
    return 'stage';
  }
  if (kind.startsWith('LEVEL')) {
    return 'level';
  }
  if (kind.startsWith('RECTIFICATION') || kind.startsWith('INSPECTION')) {
    return 'rectification';
  }
  return kind.startsWith('CASE') ? 'case' : 'plain';
}

/** A brand's timeline of changes, newest first, TIMELINE_PAGE_SIZE at a time (“加载更多” appends). */
export function useBrandTimeline(brandId: Ref<string>) {
  const { client } = useClientHandle();
  const events = ref<Event[]>([]);
  const totalCount = ref(0);
  const endCursor = ref<string | null>(null);
  const hasNextPage = ref(false);
  const loading = ref(false);
  const error = ref<CombinedError | null>(null);
  let generation = 0;

  async function fetchPage(after: string | null): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    try {
      const result = await client
        .query(BrandTimelineDocument, { id: brandId.value, first: TIMELINE_PAGE_SIZE, after })
        .toPromise();
      if (mine !== generation) {
        return;
      }
      error.value = result.error ?? null;
      const page = result.data?.brand?.timeline;
      if (page) {
        events.value = after ? [...events.value, ...page.nodes] : page.nodes;
        totalCount.value = page.totalCount;
        endCursor.value = page.pageInfo.endCursor ?? null;
        hasNextPage.value = page.pageInfo.hasNextPage;
      }
    } finally {
      if (mine === generation) {
        loading.value = false;
      }
    }
  }

  function loadMore(): Promise<void> {
    return fetchPage(endCursor.value);
  }

  watch(brandId, () => void fetchPage(null), { immediate: true });

  return { events, totalCount, hasNextPage, loading, error, loadMore, reload: () => fetchPage(null) };
}
