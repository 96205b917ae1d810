import { describe, expect, it } from 'vitest';
import { createApp, nextTick } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { defineListFilters, enumsField, textField } from './list-filters';
import { useFilteredList } from './use-filtered-list';

const flush = async () => {
  for (let i = 0; i < 10; i++) {
    await nextTick();
    await new Promise((r) => setTimeout(r, 0));
  }
};

const spec = defineListFilters({ search: textField('q'), tier: enumsField('tier', ['ADVANCED', 'LAGGING'] as const) });

/** A list of 70 numbered items behind a fake server that records what it was asked. */
async function mount(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/list', component: {} }] });
  await router.push(path);
  const calls: { filter: object; first: number; after: string | null }[] = [];
  const app = createApp({});
  app.use(router);
  const state = app.runWithContext(() =>
    useFilteredList(spec, 30, async (filter, first, after) => {
      calls.push({ filter, first, after });
      const start = after ? Number(after) + 1 : 0;
      const nodes = Array.from({ length: Math.max(0, Math.min(first, 70 - start)) }, (_, i) => start + i);
      return {
        error: null,
        page: {
          edges: nodes.map((n) => ({ cursor: String(n), node: n })),
          totalCount: 70,
          pageInfo: { hasNextPage: start + nodes.length < 70 },
        },
      };
    }),
  );
  await flush();
  return { router, calls, state };
}

describe('a list page whose filters live in the URL', () => {
  it('asks the server for the filter the URL holds, as many pages as the URL says', async () => {
    const { calls, state } = await mount('/list?q=%20村%20&tier=LAGGING,BAD&page=2');
    expect(state.filters.value).toEqual({ search: '村', tier: ['LAGGING'], page: 2 });
    expect(state.filter.value).toEqual({ search: '村', tier: ['LAGGING'] });
    expect(state.filtered.value).toBe(true);
    expect(calls).toEqual([{ filter: { search: '村', tier: ['LAGGING'] }, first: 60, after: null }]);
    expect(state.list.items.value).toHaveLength(60);
  });

  it('starts from the first page on a new filter, and loads more after the last cursor', async () => {
    const { router, calls, state } = await mount('/list?page=2');
    await state.update({ tier: ['ADVANCED'] });
    await flush();
    expect(router.currentRoute.value.fullPath).toBe('/list?tier=ADVANCED');
    expect(calls.at(-1)).toEqual({ filter: { tier: ['ADVANCED'] }, first: 30, after: null });
    expect(state.list.items.value).toHaveLength(30);

    await state.showMore();
    await flush();
    expect(router.currentRoute.value.query).toEqual({ tier: ['ADVANCED'], page: '2' });
    expect(calls.at(-1)).toEqual({ filter: { tier: ['ADVANCED'] }, first: 30, after: '29' });
    expect(state.list.items.value.map((e) => e.node).slice(28, 32)).toEqual([28, 29, 30, 31]);

    // 加载更多 replaced the entry: back leaves the filter rather than stepping through pages.
    router.back();
    await flush();
    expect(router.currentRoute.value.fullPath).toBe('/list?page=2');
  });

  it('clears every filter back to the bare list', async () => {
    const { router, calls, state } = await mount('/list?q=桃源&tier=LAGGING');
    await state.clear();
    await flush();
    expect(router.currentRoute.value.fullPath).toBe('/list');
    expect(state.filtered.value).toBe(false);
    expect(calls.at(-1)).toEqual({ filter: {}, first: 30, after: null });
  });
});
