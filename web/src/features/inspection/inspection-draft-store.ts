import type { InspectionForm, InspectionKindValue } from './inspection-form-model';

/**
 * The inspection form's copy in this browser (localStorage), so a reload or a lost connection in a village loses
 * nothing. One draft per user + unit + brand + kind; it carries the clientRequestId of its submission, made when
 * the draft starts, so a retried submission is recognised by the server and never recorded twice.
 */
export interface InspectionDraft {
  form: InspectionForm;
  clientRequestId: string;
  /** When the draft was started and last written (ISO). */
  startedAt: string;
  savedAt: string;
  /** Names to list the draft by (unit, brand), so a list of drafts reads without asking the server. */
  title: string;
}

export interface DraftSubject {
  userId: string;
  unitId: string;
  brandId: string;
  kind: InspectionKindValue;
}

const PREFIX = 'flagship:inspection-draft:';
const TEMPLATE_PREFIX = 'flagship:inspection-template:';

/** The storage key of a subject's draft; an unpicked unit or brand is `-`. */
export function draftKey(s: DraftSubject): string {
  return `${PREFIX}${s.userId}:${s.unitId || '-'}:${s.brandId || '-'}:${s.kind}`;
}

/** A fresh request id: a random UUID (crypto.randomUUID when the browser has it). */
export function newClientRequestId(random: () => number = Math.random): string {
  if (random === Math.random && typeof globalThis.crypto?.randomUUID === 'function') {
    return globalThis.crypto.randomUUID();
  }
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function read(storage: Storage, key: string): InspectionDraft | null {
  try {
    const raw = storage.getItem(key);
    const draft = raw ? (JSON.parse(raw) as InspectionDraft) : null;
    return draft && typeof draft.clientRequestId === 'string' && draft.form ? draft : null;
  } catch {
    return null;
  }
}

/** The drafts of one user in this browser. */
export function inspectionDraftStore(userId: string, storage: Storage = globalThis.localStorage) {
  const keyOf = (s: Omit<DraftSubject, 'userId'>) => draftKey({ userId, ...s });
  return {
    load: (s: Omit<DraftSubject, 'userId'>) => read(storage, keyOf(s)),
    /** Writes the draft under its form's subject; false when storage refused (full, private mode). */
    save(draft: InspectionDraft): boolean {
      try {
        storage.setItem(keyOf(draft.form), JSON.stringify(draft));
        return true;
      } catch {
        return false;
      }
    },
    clear: (s: Omit<DraftSubject, 'userId'>) => storage.removeItem(keyOf(s)),
    /** The checklist template this user submitted with last, to preselect it next time. */
    lastTemplate: (): string | null => {
      try {
        return storage.getItem(`${TEMPLATE_PREFIX}${userId}`);
      } catch {
        return null;
      }
    },
    rememberTemplate(templateId: string): void {
      try {
        storage.setItem(`${TEMPLATE_PREFIX}${userId}`, templateId);
      } catch {
        // Only a convenience: without storage the user picks the template each time.
      }
    },
    /** Every draft of this user, the most recently written first. */
    list(): { key: string; draft: InspectionDraft }[] {
      const mine = `${PREFIX}${userId}:`;
      const found: { key: string; draft: InspectionDraft }[] = [];
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        const draft = key?.startsWith(mine) ? read(storage, key) : null;
        if (key && draft) {
          found.push({ key, draft });
        }
      }
      return found.sort((a, b) => (a.draft.savedAt < b.draft.savedAt ? 1 : -1));
    },
  };
}

export type InspectionDraftStore = ReturnType<typeof inspectionDraftStore>;

/**
 * Moves a draft to the key of its form's new subject (the user picked another unit, brand or kind): the old
 * key is removed so one form never has two drafts; the clientRequestId goes with it.
 */
export function moveDraft(
  store: InspectionDraftStore,
  from: Omit<DraftSubject, 'userId'>,
  draft: InspectionDraft,
): void {
  const same =
    from.unitId === draft.form.unitId && from.brandId === draft.form.brandId && from.kind === draft.form.kind;
  if (!same) {
    store.clear(from);
  }
  store.save(draft);
}
