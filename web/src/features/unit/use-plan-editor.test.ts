import urql from '@urql/vue';
import { Client, fetchExchange } from '@urql/core';
import { createApp, effectScope, nextTick } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlanInput } from '../../gql/graphql';
import { memoryStorage } from './memory-storage';
import type { PlanForm } from './plan-form-model';
import { CONFLICT_MESSAGE, usePlanEditor } from './use-plan-editor';

type Body = { operationName: string; variables: Record<string, unknown> };

/** The plan as the server answers it, from what was saved. */
function planOf(input: PlanInput, version: number, status = 'DRAFT') {
  return {
    id: 'p1',
    status,
    revision: 0,
    version,
    updatedAt: '2026-11-26T01:00:00.000Z',
    ...input,
    responsibleUnit: null,
    liaisonLeader: input.liaisonLeader ?? null,
    milestones: input.milestones.map((m, i) => ({ id: `m${i}`, ...m })),
    reviews: [],
    revisions: [],
  };
}

/** A fake server behind urql's fetch: a brand without a plan, `savePlan` versioning it, or a CONFLICT. */
function fakeServer() {
  const state = { plan: null as ReturnType<typeof planOf> | null, conflict: false, calls: [] as Body[] };
  const answer = (body: Body) => {
    state.calls.push(body);
    if (body.operationName === 'PlanEditor') {
      return {
        data: {
          brand: {
            id: 'b1',
            name: '田间课堂',
            stage: 'DECLARED',
            unit: { id: 'u1', name: '桃源村' },
            plan: state.plan,
          },
        },
      };
    }
    if (state.conflict) {
      return { data: null, errors: [{ message: '创建方案已被他人修改', extensions: { code: 'CONFLICT' } }] };
    }
    const input = body.variables.input as PlanInput;
    state.plan = planOf(input, (state.plan?.version ?? 0) + 1);
    return { data: { savePlan: state.plan } };
  };
  const client = new Client({
    url: 'http://flagship.test/graphql',
    exchanges: [fetchExchange],
    preferGetMethod: false,
    fetch: async (_url, init) =>
      new Response(JSON.stringify(answer(JSON.parse(String(init?.body)) as Body)), {
        headers: { 'content-type': 'application/json' },
      }),
  });
  return { state, client };
}

function mount(client: Client, storage = memoryStorage()) {
  const app = createApp({});
  app.use(urql, client);
  const scope = effectScope();
  const editor = app.runWithContext(() => scope.run(() => usePlanEditor('b1', { delayMs: 20, storage }))!);
  return { editor, storage, scope };
}

function fill(form: PlanForm): void {
  Object.assign(form, { goals: '设岗定责', measures: '四步法', startDate: '2027-01-01', endDate: '2027-12-31' });
  form.responsiblePerson.name = '胡敏霞';
}

const settle = async () => {
  for (let i = 0; i < 5; i += 1) {
    await nextTick();
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('usePlanEditor', () => {
  afterEach(() => vi.useRealTimers());

  it('autosaves a valid draft after typing stops and forgets the local copy once saved', async () => {
    const { state, client } = fakeServer();
    const { editor, storage, scope } = mount(client);
    await vi.waitFor(() => expect(editor.loaded.value).toBe(true));
    editor.form.goals = '设岗';
    await settle();
    expect(editor.state.value).toMatchObject({ kind: 'invalid' });
    expect(storage.getItem('flagship:plan-draft:b1')).toContain('设岗');
    expect(state.calls.filter((c) => c.operationName === 'SavePlan')).toEqual([]);

    fill(editor.form);
    await vi.waitFor(() => expect(editor.state.value.kind).toBe('saved'));
    const saves = state.calls.filter((c) => c.operationName === 'SavePlan');
    expect(saves).toHaveLength(1);
    expect(saves[0].variables).toMatchObject({ brandId: 'b1', version: null, input: { goals: '设岗定责' } });
    expect(storage.getItem('flagship:plan-draft:b1')).toBeNull();

    editor.form.measures = '四步法，年底总结';
    await vi.waitFor(() => expect(state.plan?.version).toBe(2));
    expect(state.calls.at(-1)?.variables.version).toBe(1);
    scope.stop();
  });

  it('restores this browser’s unsaved copy on load', async () => {
    const { client } = fakeServer();
    const storage = memoryStorage();
    const first = mount(client, storage);
    await vi.waitFor(() => expect(first.editor.loaded.value).toBe(true));
    first.editor.form.goals = '还没写完';
    await settle();
    first.scope.stop();

    const again = mount(client, storage);
    await vi.waitFor(() => expect(again.editor.loaded.value).toBe(true));
    expect(again.editor.form.goals).toBe('还没写完');
    expect(again.editor.restoredAt.value).not.toBeNull();
    again.scope.stop();
  });

  it('on a stale version keeps what the user typed, loads the other change on request, and can put it back', async () => {
    const { state, client } = fakeServer();
    const { editor, storage, scope } = mount(client);
    await vi.waitFor(() => expect(editor.loaded.value).toBe(true));
    fill(editor.form);
    await vi.waitFor(() => expect(editor.state.value.kind).toBe('saved'));

    state.conflict = true;
    editor.form.goals = '我的修改';
    await vi.waitFor(() => expect(editor.state.value).toEqual({ kind: 'conflict', message: CONFLICT_MESSAGE }));
    expect(editor.form.goals).toBe('我的修改');
    expect(editor.mine.value?.form.goals).toBe('我的修改');
    expect(storage.getItem('flagship:plan-mine:b1')).toContain('我的修改');

    state.conflict = false;
    state.plan = { ...state.plan!, goals: '他人的修改', version: 5 };
    await editor.reloadLatest();
    expect(editor.form.goals).toBe('他人的修改');
    expect(editor.conflict.value).toBe(false);
    expect(editor.mine.value?.form.goals).toBe('我的修改');

    editor.useMine();
    expect(editor.form.goals).toBe('我的修改');
    await vi.waitFor(() => expect(state.plan?.goals).toBe('我的修改'));
    expect(state.calls.at(-1)?.variables.version).toBe(5);
    expect(storage.getItem('flagship:plan-mine:b1')).toBeNull();
    scope.stop();
  });
});
