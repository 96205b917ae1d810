import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import type { InspectionInput } from '../../gql/graphql';
import { memoryStorage } from '../unit/memory-storage';
import { inspectionDraftStore } from './inspection-draft-store';
import { newFinding } from './inspection-form-model';
import { useInspectionForm, type RecordFn } from './use-inspection-form';

const template = {
  id: 't1',
  version: 2,
  items: [
    { id: 'a', title: '有名称', section: null, maxScore: 10 },
    { id: 'b', title: '有标识', section: null, maxScore: 5 },
  ],
};
const subject = { kind: 'SPOT' as const, unitId: 'u1', brandId: 'b1' };

function open(storage: Storage) {
  const state = useInspectionForm({ userId: 'me', subject, today: '2025-06-01', title: () => '某村', storage });
  state.useTemplate(template);
  return state;
}

function fill(state: ReturnType<typeof open>) {
  state.form.templateId = 't1';
  state.form.scores = { a: { score: 8, note: '' }, b: { score: 5, note: '' } };
}

const recorded = {
  id: 'i1',
  kind: 'SPOT' as const,
  date: '2025-06-01',
  score: 13,
  maxScore: 15,
  brand: null,
  rectifications: [],
};

/** A server that stores each request id once and answers a replay with the first record. */
function fakeServer() {
  const sent: InspectionInput[] = [];
  let offline = true;
  const record: RecordFn = async (input) => {
    sent.push(input);
    if (offline) {
      offline = false;
      return { data: null, error: new CombinedError({ networkError: new Error('Failed to fetch') }) };
    }
    return { data: recorded, error: undefined };
  };
  return { sent, record };
}

describe('useInspectionForm', () => {
  it('starts a draft with a request id at the first change and restores it on return', () => {
    const storage = memoryStorage();
    const first = open(storage);
    expect(first.requestId.value).toBeNull();
    expect(storage.length).toBe(0);
    fill(first);
    first.form.summary = '总体良好';
    const id = first.requestId.value;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const again = open(storage);
    expect(again.form.summary).toBe('总体良好');
    expect(again.form.scores.a.score).toBe(8);
    expect(again.requestId.value).toBe(id);
    expect(again.restoredAt.value).not.toBeNull();
  });

  it('retries after a network failure with the same request id, and clears the draft only after success', async () => {
    const storage = memoryStorage();
    const state = open(storage);
    fill(state);
    const server = fakeServer();
    expect(await state.submit(server.record)).toBeNull();
    expect(state.failure.value?.kind).toBe('network');
    expect(inspectionDraftStore('me', storage).load(subject)).not.toBeNull();

    // The page is reloaded while offline: the draft and its id survive.
    const reloaded = open(storage);
    expect(await reloaded.submit(server.record)).toEqual(recorded);
    expect(server.sent.map((s) => s.clientRequestId)).toEqual([state.requestId.value, state.requestId.value]);
    expect(server.sent[1]).toEqual(server.sent[0]);
    expect(inspectionDraftStore('me', storage).load(subject)).toBeNull();
    expect(open(storage).preferredTemplate(['t0', 't1', 't9'])).toBe('t1');
    expect(open(storage).preferredTemplate(['t0', 't1', 't9'], 't9')).toBe('t9');
    expect(open(storage).preferredTemplate(['t0', 't1', 't9'], 'retired')).toBe('t1');
    expect(open(memoryStorage()).preferredTemplate(['t0', 't1'])).toBeNull();
    expect(open(memoryStorage()).preferredTemplate(['t0'])).toBe('t0');

    // The brand's last template wins over the user's last one, so nothing is chosen before the brand is read.
    const next = useInspectionForm({
      userId: 'me',
      subject: { ...subject, brandId: 'b2' },
      today: '2025-06-01',
      title: () => '',
      storage,
    });
    next.preselect(['t0', 't1', 't9'], undefined);
    expect(next.form.templateId).toBe('');
    next.preselect(['t0', 't1', 't9'], 't9');
    expect(next.form.templateId).toBe('t9');
    next.preselect(['t0', 't1', 't9'], 't0');
    expect(next.form.templateId).toBe('t9');
  });

  it('does not send an incomplete form, and then shows every error', async () => {
    const state = open(memoryStorage());
    state.form.templateId = 't1';
    state.form.scores = { a: { score: 11, note: '' } };
    expect(Object.keys(state.errors.value)).toEqual(['scores.a']);
    const server = fakeServer();
    expect(await state.submit(server.record)).toBeNull();
    expect(server.sent).toEqual([]);
    expect(state.errors.value).toMatchObject({ 'scores.a': '得分应在 0 到 10 之间', 'scores.b': '请为此项评分' });
  });

  it('puts the server’s field errors on the fields until the user edits again', async () => {
    const state = open(memoryStorage());
    fill(state);
    state.form.findings = [{ ...newFinding('2025-06-01'), problem: '缺', measure: '补', responsibleName: '王' }];
    const refuse: RecordFn = async () => ({
      data: null,
      error: new CombinedError({
        graphQLErrors: [
          {
            message: '输入有误',
            extensions: { code: 'BAD_USER_INPUT', fields: { 'findings.0.deadline': '整改时限不能早于检查日期' } },
          },
        ],
      }),
    });
    await state.submit(refuse);
    expect(state.errors.value['findings.0.deadline']).toBe('整改时限不能早于检查日期');
    state.form.findings[0].deadline = '2025-08-01';
    expect(state.errors.value['findings.0.deadline']).toBeUndefined();
  });

  it('moves the draft with its request id when the brand changes, and discards it on request', () => {
    const storage = memoryStorage();
    const state = open(storage);
    fill(state);
    const id = state.requestId.value;
    state.form.brandId = 'b2';
    const store = inspectionDraftStore('me', storage);
    expect(store.load(subject)).toBeNull();
    expect(store.load({ ...subject, brandId: 'b2' })?.clientRequestId).toBe(id);
    state.discard();
    expect(store.list()).toEqual([]);
    expect(state.form.scores).toEqual({});
    expect(state.form.templateId).toBe('t1');
    expect(state.requestId.value).toBeNull();
  });

  it('drops scores of items no longer in the template and says so', () => {
    const storage = memoryStorage();
    const state = open(storage);
    fill(state);
    const next = open(storage);
    next.useTemplate({ ...template, version: 3, items: [template.items[0]] });
    expect(next.form.scores).toEqual({ a: { score: 8, note: '' } });
    expect(next.notice.value).toContain('第 3 版');
  });
});
