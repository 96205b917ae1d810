import type { CaseForm } from './case-form-model';

/** A copy of the case editor's content kept in this browser, so a reload or a lost connection loses nothing. */
export interface CaseDraft {
  form: CaseForm;
  /** The case's version the content was typed on (null: a case not yet saved to the server). */
  baseVersion: number | null;
  /** When it was written (ISO). */
  at: string;
}

function read(storage: Storage, name: string): CaseDraft | null {
  try {
    const raw = storage.getItem(name);
    return raw ? (JSON.parse(raw) as CaseDraft) : null;
  } catch {
    return null;
  }
}

function write(storage: Storage, name: string, value: CaseDraft): void {
  try {
    storage.setItem(name, JSON.stringify(value));
  } catch {
    // Storage full or disabled (private mode): the server copy is then the only one.
  }
}

/**
 * The local copies of one case (`caseId` null: the new case being written) of one user: the unsaved draft, and
 * "my content" kept aside after a conflict.
 */
export function caseDraftStore(userId: string, caseId: string | null, storage: Storage = globalThis.localStorage) {
  const key = `flagship:case-draft:${userId}:${caseId ?? 'new'}`;
  const mineKey = `flagship:case-mine:${userId}:${caseId ?? 'new'}`;
  return {
    load: () => read(storage, key),
    save: (form: CaseForm, baseVersion: number | null, at = new Date().toISOString()) =>
      write(storage, key, { form, baseVersion, at }),
    clear: () => storage.removeItem(key),
    loadMine: () => read(storage, mineKey),
    keepMine: (draft: CaseDraft) => write(storage, mineKey, draft),
    clearMine: () => storage.removeItem(mineKey),
  };
}

export type CaseDraftStore = ReturnType<typeof caseDraftStore>;

/**
 * What to do on load with this browser's copy: nothing (none, or the same as the server's), restore it (typed on
 * the version the server still has), or restore it as a conflict (the server has moved on since).
 */
export function draftUse(
  local: CaseDraft | null,
  sameAsServer: boolean,
  serverVersion: number | null,
): 'none' | 'drop' | 'restore' | 'conflict' {
  if (!local) {
    return 'none';
  }
  if (sameAsServer) {
    return 'drop';
  }
  return local.baseVersion === serverVersion ? 'restore' : 'conflict';
}
