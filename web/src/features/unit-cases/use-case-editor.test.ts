import urql from '@urql/vue';
import { Client, fetchExchange } from '@urql/core';
import { createApp, effectScope } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelCaseInput } from '../../gql/graphql';
import { memoryStorage } from '../unit/memory-storage';
import type { CaseForm } from './case-form-model';
import { CONFLICT_MESSAGE, useCaseEditor } from './use-case-editor';

type Body = { operationName: string; variables: Record<string, unknown> };

/** The case as the server answers it, from what was saved. */
function caseOf(input: ModelCaseInput, version: number, photos: string[], status = 'DRAFT') {
  return {
    id: 'c1',
    title: input.title,
    summary: input.summary,
    background: input.background,
    practice: input.practice,
    results: input.results,
    lessons: input.lessons,
    tags: input.tags,
    level: input.level ?? null,
    year: input.year,
    status,
    version,
    updatedAt: '2026-05-01T01:00:00.000Z',
    publishedAt: null,
    brand: null,
    unit: { id: 'u1', name: '桃源村' },
    cover: input.coverAttachmentId ? { id: input.coverAttachmentId } : null,
    photos: photos.map((id) => ({ id, url: `/files/${id}`, filename: `${id}.jpg`, contentType: 'image/jpeg' })),
    reviews: [],
  };
}

/** A fake server behind urql's fetch: `saveModelCase` versioning one case, `submitModelCase`, or CONFLICT. */
function fakeServer() {
  const state = {
    saved: null as ReturnType<typeof caseOf> | null,
    photos: [] as string[],
    conflict: false,
    calls: [] as Body[],
  };
  const answer = (body: Body) => {
    state.calls.push(body);
    if (state.conflict) {
      return { data: null, errors: [{ message: '典型案例已被他人修改', extensions: { code: 'CONFLICT' } }] };
    }
    if (body.operationName === 'CaseEditor') {
      return { data: { modelCase: state.saved } };
    }
    if (body.operationName === 'SubmitCase') {
      state.saved = { ...state.saved!, status: 'SUBMITTED', version: state.saved!.version + 1 };
      return { data: { submitModelCase: state.saved } };
    }
    const input = body.variables.input as ModelCaseInput;
    const removed = new Set((input.removeAttachmentIds ?? []).map(String));
    state.photos = [...new Set([...state.photos, ...(input.attachmentIds ?? []).map(String)])].filter(
      (id) => !removed.has(id),
    );
    state.saved = caseOf(input, (state.saved?.version ?? 0) + 1, state.photos);
    return { data: { saveModelCase: state.saved } };
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

const scopes: ReturnType<typeof effectScope>[] = [];
afterEach(() => scopes.splice(0).forEach((s) => s.stop()));

function mount(client: Client, caseId: string | null, storage = memoryStorage(), created: string[] = []) {
  const app = createApp({});
  app.use(urql, client);
  const scope = effectScope();
  scopes.push(scope);
  const editor = app.runWithContext(() =>
    scope.run(() =>
      useCaseEditor(caseId, {
        userId: 'me',
        thisYear: 2026,
        delayMs: 10,
        storage,
        onCreated: (id) => created.push(id),
      }),
    )!,
  );
  return { editor, storage, created };
}

function fill(form: CaseForm): void {
  Object.assign(form, {
    title: '网格里的红色管家',
    summary: '党员包片服务群众',
    background: '留守老人多',
    practice: '- 划分网格\n- 党员包户',
    results: '满意度 98%',
    lessons: '把支部建在网格上',
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 60));
const saves = (calls: Body[]) => calls.filter((c) => c.operationName === 'SaveCase');

describe('the case editor', () => {
  it('keeps a local copy while the case is incomplete and autosaves once it is valid, creating it once', async () => {
    const { state, client } = fakeServer();
    const { editor, storage, created } = mount(client, null);
    editor.form.title = '网格里的红色管家';
    await settle();
    expect(saves(state.calls)).toHaveLength(0);
    expect(editor.state.value).toEqual({ kind: 'invalid', count: 5 });
    expect(JSON.parse(storage.getItem('flagship:case-draft:me:new')!).form.title).toBe('网格里的红色管家');
    fill(editor.form);
    await settle();
    expect(saves(state.calls)).toHaveLength(1);
    expect(saves(state.calls)[0].variables.id).toBeNull();
    expect(created).toEqual(['c1']);
    expect(editor.state.value.kind).toBe('saved');
    expect(storage.getItem('flagship:case-draft:me:new')).toBeNull();
    editor.form.results = '满意度 99%';
    await settle();
    expect(saves(state.calls)).toHaveLength(2);
    expect(saves(state.calls)[1].variables).toMatchObject({ id: 'c1', version: 1 });
  });

  it('links uploaded photos once and takes them off the list of new photos', async () => {
    const { state, client } = fakeServer();
    const { editor } = mount(client, null);
    fill(editor.form);
    editor.form.newPhotos.push({ id: 'p1', url: '/files/p1', filename: 'p1.jpg' });
    editor.form.coverAttachmentId = 'p1';
    await settle();
    expect((saves(state.calls)[0].variables.input as ModelCaseInput).attachmentIds).toEqual(['p1']);
    expect(editor.form.newPhotos).toEqual([]);
    expect(editor.current.value?.photos.map((p) => p.id)).toEqual(['p1']);
    await settle();
    expect(saves(state.calls)).toHaveLength(1);
  });

  it('takes a saved photo off the case with the next save, once', async () => {
    const { state, client } = fakeServer();
    const { editor } = mount(client, null);
    fill(editor.form);
    editor.form.newPhotos.push({ id: 'p1', url: '/files/p1', filename: 'p1.jpg' });
    editor.form.newPhotos.push({ id: 'p2', url: '/files/p2', filename: 'p2.jpg' });
    await settle();
    expect(editor.current.value?.photos.map((p) => p.id)).toEqual(['p1', 'p2']);
    editor.form.removedPhotos = ['p1'];
    await settle();
    expect((saves(state.calls)[1].variables.input as ModelCaseInput).removeAttachmentIds).toEqual(['p1']);
    expect(editor.current.value?.photos.map((p) => p.id)).toEqual(['p2']);
    expect(editor.form.removedPhotos).toEqual([]);
    editor.form.title = `${editor.form.title}（修订）`;
    await settle();
    expect((saves(state.calls)[2].variables.input as ModelCaseInput).removeAttachmentIds).toEqual([]);
  });

  it('restores this browser’s unsaved copy of a saved case', async () => {
    const { state, client } = fakeServer();
    const first = mount(client, null);
    fill(first.editor.form);
    await settle();
    const storage = memoryStorage();
    storage.setItem(
      'flagship:case-draft:me:c1',
      JSON.stringify({
        form: { ...first.editor.form, title: '未保存的标题' },
        baseVersion: 1,
        at: '2026-05-01T02:00:00.000Z',
      }),
    );
    const again = mount(client, 'c1', storage);
    await settle();
    expect(state.saved?.version).toBeGreaterThanOrEqual(1);
    expect(again.editor.form.title).toBe('未保存的标题');
    expect(again.editor.restoredAt.value).toBe('2026-05-01T02:00:00.000Z');
  });

  it('on a stale version stops autosaving, explains, and keeps what was typed', async () => {
    const { state, client } = fakeServer();
    const { editor, storage } = mount(client, null);
    fill(editor.form);
    await settle();
    state.conflict = true;
    editor.form.lessons = '我刚写的经验';
    await settle();
    expect(editor.state.value).toEqual({ kind: 'conflict', message: CONFLICT_MESSAGE });
    expect(editor.mine.value?.form.lessons).toBe('我刚写的经验');
    expect(JSON.parse(storage.getItem('flagship:case-mine:me:c1')!).form.lessons).toBe('我刚写的经验');
    const count = saves(state.calls).length;
    editor.form.lessons = '又改了一句';
    await settle();
    expect(saves(state.calls)).toHaveLength(count);
    expect(editor.mine.value?.form.lessons).toBe('又改了一句');
  });

  it('submits only a complete case, after saving it', async () => {
    const { state, client } = fakeServer();
    const { editor } = mount(client, null);
    expect(await editor.submit()).toBe(false);
    expect(editor.shownErrors.value.map((e) => e.field)).toContain('practice');
    fill(editor.form);
    expect(await editor.submit()).toBe(true);
    const writes = state.calls.map((c) => c.operationName).filter((name) => name !== 'CaseEditor');
    expect(writes).toEqual(['SaveCase', 'SubmitCase']);
    expect(editor.current.value?.status).toBe('SUBMITTED');
    expect(editor.editable.value).toBe(false);
  });
});
