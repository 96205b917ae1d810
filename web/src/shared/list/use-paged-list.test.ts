import { describe, expect, it } from 'vitest';
import { nextTick, ref } from 'vue';
import { nextRequestSize, usePagedList, type PageFetcher } from './use-paged-list';

const flush = async () => {
  for (let i = 0; i < 10; i++) {
    await nextTick();
    await Promise.resolve();
  }
};

function source(total: number): { fetch: PageFetcher<number>; calls: [number, string | null][] } {
  const calls: [number, string | null][] = [];
  return {
    calls,
    fetch: async (first, after) => {
      calls.push([first, after]);
      const start = after ? Number(after) + 1 : 0;
      const nodes = Array.from({ length: Math.max(0, Math.min(first, total - start)) }, (_, i) => start + i);
      return {
        error: null,
        page: {
          edges: nodes.map((n) => ({ cursor: String(n), node: n })),
          totalCount: total,
          pageInfo: { hasNextPage: start + nodes.length < total },
        },
      };
    },
  };
}

describe('a list shown page by page', () => {
  it('asks for at most 100 items a request', () => {
    expect(nextRequestSize(50, 0)).toBe(50);
    expect(nextRequestSize(250, 0)).toBe(100);
    expect(nextRequestSize(250, 200)).toBe(50);
    expect(nextRequestSize(50, 60)).toBe(0);
  });

  it('fills the pages the URL asks for, loads more after the last cursor, and starts again on a new filter', async () => {
    const s = source(130);
    const key = ref('a');
    const pages = ref(3);
    const list = usePagedList(key, pages, 50, s.fetch);
    await flush();
    expect(list.items.value).toHaveLength(130);
    expect(s.calls).toEqual([
      [100, null],
      [50, '99'],
    ]);
    expect(list.hasNextPage.value).toBe(false);

    pages.value = 1;
    await flush();
    expect(list.items.value).toHaveLength(50);
    expect(list.hasNextPage.value).toBe(true);

    key.value = 'b';
    await flush();
    expect(s.calls.at(-1)).toEqual([50, null]);
    expect(list.items.value.map((e) => e.node).slice(0, 2)).toEqual([0, 1]);
    expect(list.totalCount.value).toBe(130);
  });

  it('starts again once when the filter and the page count change together (no item twice)', async () => {
    const s = source(130);
    const key = ref('a');
    const pages = ref(2);
    const list = usePagedList(key, pages, 30, s.fetch);
    await flush();
    key.value = 'b';
    pages.value = 1;
    await flush();
    expect(list.items.value.map((e) => e.node)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(s.calls.at(-1)).toEqual([30, null]);
  });

  it('asking for more while the first page is still loading fetches each item once', async () => {
    const s = source(130);
    const pages = ref(1);
    const list = usePagedList(ref('a'), pages, 30, s.fetch);
    pages.value = 2;
    await flush();
    expect(list.items.value.map((e) => e.node)).toEqual(Array.from({ length: 60 }, (_, i) => i));
  });
});
