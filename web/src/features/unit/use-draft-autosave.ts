import type { CombinedError } from '@urql/core';
import { computed, ref, shallowRef, watch, type Ref } from 'vue';
import { localDraftUse, type LocalDraft, type LocalDraftStore } from './local-draft';
import { saveFailureOf, type SaveState } from './save-outcome';
import { useSaveQueue } from './save-queue';

/** What the autosave needs of an editor's form state (`usePlanForm`, `useCaseForm`). */
export interface DraftForm<F> {
  form: F;
  valid: Readonly<Ref<boolean>>;
  problems: Readonly<Ref<Record<string, string>>>;
  reset(next: F): void;
  setServerErrors(fields: Record<string, string>, sent: F): void;
}

/** A write's answer: the record as the server now has it (and the form it holds, if not as sent), or why not. */
export type WriteResult<R, Form = never> = { saved: R; savedForm?: Form } | { error: CombinedError | undefined };

export interface DraftAutosaveOptions<Form, R extends { version: number }> {
  editor: DraftForm<Form>;
  /** The local copies; a getter, as a new record moves to a store of its own once saved. */
  store: () => LocalDraftStore<Form>;
  /** The form for a server record, or for none yet. */
  toForm(record: R | null): Form;
  fingerprint(form: Form): string;
  clone(form: Form): Form;
  /** May this record be edited at all (its status, its brand's stage)? */
  canEdit(record: R | null): boolean;
  /** While true the form is left alone (e.g. the record was not found). */
  paused?: () => boolean;
  conflictMessage: string;
  delayMs: number;
  /** Sends the form; `savedForm` is the form as now saved when it differs from what was sent. */
  send(sent: Form, current: R | null): Promise<WriteResult<R, Form>>;
  /** After a save is adopted; `created` when it was the record's first. */
  afterSave?(saved: R, created: boolean): void;
}

const now = () => new Date().toISOString();

/**
 * The draft life of an editor (the plan editor, the case editor): fills the form from the server's record or from
 * this browser's newer unsaved copy, keeps a local copy of every change, autosaves valid content a moment after
 * typing stops (one save at a time), says where the draft stands, and on a stale version keeps the user's content
 * aside ("my content") instead of losing it.
 */
export function useDraftAutosave<Form, R extends { version: number }>(options: DraftAutosaveOptions<Form, R>) {
  const { editor, store, toForm, fingerprint, clone } = options;
  const record = shallowRef<R | null>(null);
  const loaded = ref(false);
  const state = ref<SaveState>({ kind: 'idle' });
  const restoredAt = ref<string | null>(null);
  const savedAt = ref<string | null>(null);
  const mine = ref<LocalDraft<Form> | null>(store().loadMine()) as Ref<LocalDraft<Form> | null>;
  let lastSaved = '';

  const editable = computed(() => options.canEdit(record.value));
  const conflict = computed(() => state.value.kind === 'conflict');
  /** Saves the draft now (autosave calls this; so do "立即保存" and submit), one save at a time. */
  const queue = useSaveQueue(
    () => doSave(),
    () =>
      conflict.value || !editable.value || !editor.valid.value
        ? 'blocked'
        : record.value && fingerprint(editor.form) === lastSaved
          ? 'current'
          : 'go',
    options.delayMs,
  );

  /** Takes the server's record as the one edited; `savedForm` is what it holds, when not simply its own form. */
  function adopt(next: R | null, savedForm?: Form): void {
    record.value = next;
    lastSaved = fingerprint(savedForm ?? toForm(next));
  }

  function keepMine(): void {
    const draft = { form: clone(editor.form), baseVersion: record.value?.version ?? null, at: now() };
    mine.value = draft;
    store().keepMine(draft);
  }

  function dismissMine(): void {
    mine.value = null;
    store().clearMine();
  }

  function enterConflict(message = options.conflictMessage): void {
    queue.cancel();
    keepMine();
    state.value = { kind: 'conflict', message };
  }

  /** Fills the editor from the server's record (or a blank form), or from this browser's newer unsaved copy. */
  function init(serverRecord: R | null): void {
    adopt(serverRecord);
    editor.reset(toForm(serverRecord));
    state.value = { kind: 'idle' };
    savedAt.value = null;
    const local = store().load();
    const use = editable.value
      ? localDraftUse(local, (d) => fingerprint(d.form) === lastSaved, serverRecord?.version ?? null)
      : 'drop';
    if (local && (use === 'restore' || use === 'conflict')) {
      editor.reset(local.form);
      restoredAt.value = use === 'restore' ? local.at : null;
      if (use === 'conflict') {
        enterConflict();
      }
    } else if (local) {
      store().clear();
    }
    loaded.value = true;
  }

  watch(
    () => fingerprint(editor.form),
    (current) => {
      if (!loaded.value || !editable.value || options.paused?.()) {
        return;
      }
      if (conflict.value) {
        keepMine();
        return;
      }
      queue.cancel();
      if (current === lastSaved) {
        store().clear();
        state.value = savedAt.value ? { kind: 'saved', at: savedAt.value } : { kind: 'idle' };
        return;
      }
      store().save(clone(editor.form), record.value?.version ?? null, now());
      if (!editor.valid.value) {
        state.value = { kind: 'invalid', count: Object.keys(editor.problems.value).length };
        return;
      }
      state.value = { kind: 'pending' };
      queue.later();
    },
  );

  /** A refused save or submit: a conflict keeps the user's content aside; field errors go onto the fields. */
  function fail(error: CombinedError | undefined, sent: Form): void {
    const { state: next, fields } = saveFailureOf(error, options.conflictMessage);
    if (next.kind === 'conflict') {
      enterConflict(next.message);
      return;
    }
    if (fields) {
      editor.setServerErrors(fields, sent);
    }
    state.value = next;
  }

  async function doSave(): Promise<boolean> {
    const sent = clone(editor.form);
    const before = record.value;
    state.value = { kind: 'saving' };
    const result = await options.send(sent, before);
    if (!('saved' in result)) {
      fail(result.error, sent);
      return false;
    }
    adopt(result.saved, result.savedForm ?? sent);
    options.afterSave?.(result.saved, before === null);
    savedAt.value = now();
    state.value = { kind: 'saved', at: savedAt.value };
    if (fingerprint(editor.form) === lastSaved) {
      store().clear();
    } else {
      // Typed on while the save was under way: keep that locally and save it next.
      store().save(clone(editor.form), result.saved.version, now());
      queue.later();
    }
    return true;
  }

  /**
   * Saves what is unsaved, then runs the submit step (`problem` first says why not yet); on success the editor
   * shows the submitted record.
   */
  async function submit(problem: () => string | null, run: (current: R) => Promise<WriteResult<R>>): Promise<boolean> {
    if (problem() || !(await queue.save()) || !record.value) {
      return false;
    }
    const sent = clone(editor.form);
    const result = await run(record.value);
    if (!('saved' in result)) {
      fail(result.error, sent);
      return false;
    }
    store().clear();
    adopt(result.saved);
    editor.reset(toForm(result.saved));
    state.value = { kind: 'idle' };
    return true;
  }

  /** After a conflict: loads the latest record from the server; the user's content stays in `mine`. */
  async function reloadLatest(fetchLatest: () => Promise<R | null>): Promise<void> {
    queue.cancel();
    store().clear();
    restoredAt.value = null;
    init(await fetchLatest());
  }

  /** Puts the kept content back into the editor on top of the latest version (autosave then saves it). */
  function useMine(): void {
    const draft = mine.value;
    dismissMine();
    if (draft) {
      editor.reset(draft.form);
    }
  }

  /** Drops this browser's restored copy and shows the server's version again. */
  function discardRestored(): void {
    restoredAt.value = null;
    store().clear();
    editor.reset(toForm(record.value));
  }

  return {
    record,
    loaded,
    editable,
    state,
    conflict,
    restoredAt,
    mine,
    saving: computed(() => state.value.kind === 'saving'),
    save: queue.save,
    init,
    submit,
    reloadLatest,
    useMine,
    dismissMine,
    discardRestored,
  };
}
