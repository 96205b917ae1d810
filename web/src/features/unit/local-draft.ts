/** A copy of an editor's content kept in this browser, so a reload or a lost connection loses nothing. */
export interface LocalDraft<F> {
  form: F;
  /** The record's version the content was typed on (null: nothing on the server yet). */
  baseVersion: number | null;
  /** When it was written (ISO). */
  at: string;
}

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

/**
 * The local copies of one record being edited, under `key`: the unsaved draft, and "my content" kept aside
 * after a conflict (under `mineKey`).
 */
export function localDraftStore<F>(key: string, mineKey: string, storage: Storage = globalThis.localStorage) {
  return {
    load: () => read<LocalDraft<F>>(storage, key),
    save: (form: F, baseVersion: number | null, at = new Date().toISOString()) =>
      write(storage, key, { form, baseVersion, at } satisfies LocalDraft<F>),
    clear: () => storage.removeItem(key),
    loadMine: () => read<LocalDraft<F>>(storage, mineKey),
    keepMine: (draft: LocalDraft<F>) => write(storage, mineKey, draft),
    clearMine: () => storage.removeItem(mineKey),
  };
}

export type LocalDraftStore<F> = ReturnType<typeof localDraftStore<F>>;

/**
 * What to do on load with this browser's copy: nothing (none, or nothing new in it), restore it (it was typed
 * on the version the server still has), or restore it as a conflict (the server has moved on since).
 */
export function localDraftUse<F>(
  local: LocalDraft<F> | null,
  same: (draft: LocalDraft<F>) => boolean,
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
