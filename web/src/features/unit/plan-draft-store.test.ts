import { describe, expect, it } from 'vitest';
import { emptyPlanForm } from './plan-form-model';
import { memoryStorage } from './memory-storage';
import { localDraftUse, planDraftStore } from './plan-draft-store';

describe('the local copy of a plan', () => {
  it('keeps the unsaved content per brand with the version it was based on', () => {
    const storage = memoryStorage();
    const a = planDraftStore('a', storage);
    const form = { ...emptyPlanForm(), goals: '目标' };
    a.save(form, 3, '2026-11-26T01:00:00.000Z');
    expect(a.load()).toEqual({ form, baseVersion: 3, at: '2026-11-26T01:00:00.000Z' });
    expect(planDraftStore('b', storage).load()).toBeNull();
    a.clear();
    expect(a.load()).toBeNull();
  });

  it('keeps "my content" after a conflict apart from the draft', () => {
    const storage = memoryStorage();
    const store = planDraftStore('a', storage);
    store.keepMine({ form: emptyPlanForm(), baseVersion: 1, at: 'x' });
    store.clear();
    expect(store.loadMine()?.baseVersion).toBe(1);
    store.clearMine();
    expect(store.loadMine()).toBeNull();
  });

  it('survives broken or full storage', () => {
    const storage = memoryStorage();
    storage.setItem('flagship:plan-draft:a', '{not json');
    const store = planDraftStore('a', storage);
    expect(store.load()).toBeNull();
    const full = {
      ...storage,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => planDraftStore('a', full).save(emptyPlanForm(), null)).not.toThrow();
  });
});

describe('using the local copy on load', () => {
  const draft = (baseVersion: number | null) => ({ form: emptyPlanForm(), baseVersion, at: 'x' });
  it('restores unsaved content typed on the current version, and flags it when the server moved on', () => {
    expect(localDraftUse(null, () => false, 3)).toBe('none');
    expect(localDraftUse(draft(3), () => true, 3)).toBe('drop');
    expect(localDraftUse(draft(3), () => false, 3)).toBe('restore');
    expect(localDraftUse(draft(null), () => false, null)).toBe('restore');
    expect(localDraftUse(draft(2), () => false, 3)).toBe('conflict');
  });
});
