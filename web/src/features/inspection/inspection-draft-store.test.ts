import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../unit/memory-storage';
import { emptyForm } from './inspection-form-model';
import {
  draftKey,
  inspectionDraftStore,
  moveDraft,
  newClientRequestId,
  type InspectionDraft,
} from './inspection-draft-store';

function draft(over: Partial<InspectionDraft['form']> = {}, savedAt = '2025-06-01T08:00:00Z'): InspectionDraft {
  return {
    form: { ...emptyForm({ kind: 'SPOT', unitId: 'u1', brandId: 'b1', date: '2025-06-01' }), ...over },
    clientRequestId: 'req-1',
    startedAt: '2025-06-01T07:00:00Z',
    savedAt,
    title: '某村 · 某品牌',
  };
}

describe('inspection drafts', () => {
  it('keys a draft by user, unit, brand and kind', () => {
    expect(draftKey({ userId: 'me', unitId: 'u1', brandId: '', kind: 'SELF' })).toBe(
      'flagship:inspection-draft:me:u1:-:SELF',
    );
  });

  it('restores a draft with its request id for the same subject only, and clears it', () => {
    const storage = memoryStorage();
    const store = inspectionDraftStore('me', storage);
    expect(store.save(draft({ summary: '良好' }))).toBe(true);
    const subject = { unitId: 'u1', brandId: 'b1', kind: 'SPOT' as const };
    expect(store.load(subject)).toMatchObject({ clientRequestId: 'req-1', form: { summary: '良好' } });
    expect(store.load({ ...subject, kind: 'REGULAR' })).toBeNull();
    expect(inspectionDraftStore('someone-else', storage).load(subject)).toBeNull();
    store.clear(subject);
    expect(store.load(subject)).toBeNull();
  });

  it('ignores a damaged entry instead of failing', () => {
    const storage = memoryStorage();
    storage.setItem(draftKey({ userId: 'me', unitId: 'u1', brandId: 'b1', kind: 'SPOT' }), '{not json');
    expect(inspectionDraftStore('me', storage).load({ unitId: 'u1', brandId: 'b1', kind: 'SPOT' })).toBeNull();
  });

  it('says so when storage refuses the write', () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as Storage;
    expect(inspectionDraftStore('me', full).save(draft())).toBe(false);
  });

  it('remembers the template a user last submitted with, apart from the drafts', () => {
    const storage = memoryStorage();
    const store = inspectionDraftStore('me', storage);
    expect(store.lastTemplate()).toBeNull();
    store.rememberTemplate('t2');
    expect(store.lastTemplate()).toBe('t2');
    expect(inspectionDraftStore('other', storage).lastTemplate()).toBeNull();
    expect(store.list()).toEqual([]);
  });

  it('lists one user’s drafts, the latest first', () => {
    const storage = memoryStorage();
    const store = inspectionDraftStore('me', storage);
    store.save(draft({ brandId: 'old' }, '2025-06-01T08:00:00Z'));
    store.save(draft({ brandId: 'new' }, '2025-06-02T08:00:00Z'));
    inspectionDraftStore('other', storage).save(draft({ brandId: 'theirs' }));
    expect(store.list().map((d) => d.draft.form.brandId)).toEqual(['new', 'old']);
  });

  it('moves a draft with its request id when the subject changes, leaving no copy behind', () => {
    const storage = memoryStorage();
    const store = inspectionDraftStore('me', storage);
    const before = { unitId: 'u1', brandId: 'b1', kind: 'SPOT' as const };
    store.save(draft());
    moveDraft(store, before, draft({ brandId: 'b2' }));
    expect(store.load(before)).toBeNull();
    expect(store.load({ ...before, brandId: 'b2' })?.clientRequestId).toBe('req-1');
    expect(storage.length).toBe(1);
  });
});

describe('newClientRequestId', () => {
  it('makes version-4 UUIDs, a different one each time', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const a = newClientRequestId();
    expect(a).toMatch(uuid);
    expect(newClientRequestId()).not.toBe(a);
    let n = 0;
    const fixed = () => ((n += 7) % 16) / 16;
    expect(newClientRequestId(fixed)).toMatch(uuid);
  });
});
