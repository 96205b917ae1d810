import { useClientHandle, useQuery } from '@urql/vue';
import type { CombinedError } from '@urql/core';
import { computed, ref, shallowRef, watch } from 'vue';
import {
  BrandReportDocument,
  BrandReportMoreDocument,
  type BrandReportQuery,
  type ReportInspectionsFragment,
  type ReportRectificationsFragment,
  type ReportTimelineFragment,
} from '../../gql/graphql';

type Lists = {
  inspections: ReportInspectionsFragment['nodes'];
  rectifications: ReportRectificationsFragment['nodes'];
  timeline: ReportTimelineFragment['nodes'];
};
type Page = { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };

/** Where to continue a list, or null when it is complete. */
const nextOf = (page: Page | null | undefined) =>
  page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;

/**
 * A brand's whole record for the acceptance report: one query with the nested lists' first 100, then — only for
 * a brand with more — the rest of each list, 100 at a time, until the report is complete (it must be, to print).
 */
export function useBrandReport(brandId: string) {
  const query = useQuery({ query: BrandReportDocument, variables: { id: brandId }, requestPolicy: 'network-only' });
  const { client } = useClientHandle();
  const brand = computed<BrandReportQuery['brand'] | null>(() => query.data.value?.brand ?? null);
  const lists = shallowRef<Lists>({ inspections: [], rectifications: [], timeline: [] });
  const complete = ref(false);
  const moreError = ref<CombinedError | null>(null);

  async function fetchRest(b: NonNullable<BrandReportQuery['brand']>): Promise<void> {
    const all: Lists = {
      inspections: [...b.inspections.nodes],
      rectifications: [...b.rectifications.nodes],
      timeline: [...b.timeline.nodes],
    };
    let after = { i: nextOf(b.inspections), r: nextOf(b.rectifications), t: nextOf(b.timeline) };
    while (after.i || after.r || after.t) {
      const r = await client
        .query(BrandReportMoreDocument, {
          id: brandId,
          inspectionsAfter: after.i,
          rectificationsAfter: after.r,
          timelineAfter: after.t,
          withInspections: Boolean(after.i),
          withRectifications: Boolean(after.r),
          withTimeline: Boolean(after.t),
        })
        .toPromise();
      const more = r.data?.brand;
      if (!more) {
        moreError.value = r.error ?? null;
        return;
      }
      all.inspections.push(...(more.inspections?.nodes ?? []));
      all.rectifications.push(...(more.rectifications?.nodes ?? []));
      all.timeline.push(...(more.timeline?.nodes ?? []));
      after = { i: nextOf(more.inspections), r: nextOf(more.rectifications), t: nextOf(more.timeline) };
    }
    lists.value = all;
    complete.value = true;
  }

  watch(
    brand,
    (b) => {
      complete.value = false;
      moreError.value = null;
      if (b) {
        lists.value = {
          inspections: b.inspections.nodes,
          rectifications: b.rectifications.nodes,
          timeline: b.timeline.nodes,
        };
        void fetchRest(b);
      }
    },
    { immediate: true },
  );

  return {
    query,
    brand,
    inspections: computed(() => lists.value.inspections),
    rectifications: computed(() => lists.value.rectifications),
    /** Oldest first: a report reads as the story of the brand. */
    timeline: computed(() => [...lists.value.timeline].reverse()),
    complete,
    moreError,
  };
}

export type BrandReport = ReturnType<typeof useBrandReport>;
