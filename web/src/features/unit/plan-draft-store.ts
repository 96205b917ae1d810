import type { PlanForm } from './plan-form-model';

/** A copy of the editor's content kept in this browser, so a reload or a lost connection loses nothing. */
export interface LocalDraft {
  form: PlanForm;
  /** The plan's version the content was based on (null: no plan on the server yet). */
  baseVersion: number | null;
  /** When it was written (ISO). */
  at: string;
}

const key = (brandId: string) => `flagship:plan-draft:${brandId}`;
const mineKey = (brandId: string) => `flagship:plan-mine:${brandId}`;

function read<T>(storage: Storage, name: string): T | null {
  try {
    const raw = storage.getItem(name);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(storage: Storage, name: string, value: unknown): void {
  try {
    storage.setItem(name, JSON.stringify(value));
  } catch {
    // Storage full or disabled (private mode): the server copy is then the only one.
  }
}

/** The local copies of one brand's plan: the unsaved draft, and "my content" kept after a conflict. */
export function planDraftStore(brandId: string, storage: Storage = globalThis.localStorage) {
  return {
    load: () => read<LocalDraft>(storage, key(brandId)),
    save: (form: PlanForm, baseVersion: number | null, at = new Date().toISOString()) =>
      write(storage, key(brandId), { form, baseVersion, at } satisfies LocalDraft),
    clear: () => storage.removeItem(key(brandId)),
    loadMine: () => read<LocalDraft>(storage, mineKey(brandId)),
    keepMine: (draft: LocalDraft) => write(storage, mineKey(brandId), draft),
    clearMine: () => storage.removeItem(mineKey(brandId)),
  };
}

export type PlanDraftStore = ReturnType<typeof planDraftStore>;

/**
 * What to do on load with this browser's copy: nothing (none, or nothing new in it), restore it (it was typed
 * on the version the server still has), or restore it as a conflict (the server has moved on since).
 */
export function localDraftUse(
  local: LocalDraft | null,
  same: (draft: LocalDraft) => boolean,
  serverVersion: number | null,
): 'none' | 'drop' | 'restore' | 'conflict' {
  if (!local) {
    return 'none';
  }
  if (same(local)) {
    return 'drop';
  }
  return local.baseVersion === serverVersion ? 'restore' : 'conflict';
}
