import { useMutation, useQuery } from '@urql/vue';
import { computed, ref, shallowRef, watch } from 'vue';
import { CaseEditorDocument, SaveCaseDocument, SubmitCaseDocument, type EditableCaseFragment } from '../../gql/graphql';
import { caseDraftStore, draftUse, type CaseDraft } from './case-draft-store';
import { caseToForm, cloneForm, emptyCaseForm, formFingerprint, formToInput, type CaseForm } from './case-form-model';
import { CONFLICT_MESSAGE, saveFailure, type SaveState } from './case-save-outcome';
import { useSaveQueue } from '../unit/save-queue';
import { useCaseForm } from './use-case-form';

/** Autosave waits this long after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 2000;

export interface CaseEditorOptions {
  /** Whose local copies these are. */
  userId: string;
  /** A new case may start linked to this brand (from `?brandId=`). */
  brandId?: string;
  thisYear?: number;
  delayMs?: number;
  storage?: Storage;
  /** Called once when a new case is first saved, with its id (the page then shows the case's own address). */
  onCreated?: (id: string) => void;
}

const now = () => new Date().toISOString();

/**
 * The case editor: loads the case (or starts a new one), restores this browser's unsaved copy, autosaves valid
 * drafts a moment after typing stops, keeps a local copy of every change, submits for review, and on a stale
 * version keeps the user's content aside ("my content") instead of losing it.
 */
export function useCaseEditor(caseId: string | null, options: CaseEditorOptions) {
  const thisYear = options.thisYear ?? new Date().getFullYear();
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const blank = () => emptyCaseForm(thisYear, options.brandId ?? '');
  let store = caseDraftStore(options.userId, caseId, options.storage);
  const id = ref(caseId);
  const query = useQuery({
    query: CaseEditorDocument,
    variables: computed(() => ({ id: id.value ?? '' })),
    pause: computed(() => id.value === null),
    requestPolicy: 'network-only',
  });
  const saveMutation = useMutation(SaveCaseDocument);
  const submitMutation = useMutation(SubmitCaseDocument);
  const editor = useCaseForm(thisYear, blank());
  const current = shallowRef<EditableCaseFragment | null>(null);
  const loaded = ref(false);
  const missing = ref(false);
  const state = ref<SaveState>({ kind: 'idle' });
  const restoredAt = ref<string | null>(null);
  const savedAt = ref<string | null>(null);
  const mine = ref<CaseDraft | null>(store.loadMine());
  let lastSaved = '';

  const editable = computed(() => !current.value || ['DRAFT', 'RETURNED'].includes(current.value.status));
  const conflict = computed(() => state.value.kind === 'conflict');
  /** Saves the draft now (autosave calls this; so do "立即保存" and submit), one save at a time. */
  const queue = useSaveQueue(
    () => doSave(),
    () =>
      conflict.value || !editable.value || !editor.valid.value
        ? 'blocked'
        : current.value && formFingerprint(editor.form) === lastSaved
          ? 'current'
          : 'go',
    delayMs,
  );
  const save = queue.save;

  function adopt(next: EditableCaseFragment | null, savedForm?: CaseForm): void {
    current.value = next;
    lastSaved = formFingerprint(savedForm ?? (next ? caseToForm(next) : blank()));
  }

  function keepMine(): void {
    const draft = { form: cloneForm(editor.form), baseVersion: current.value?.version ?? null, at: now() };
    mine.value = draft;
    store.keepMine(draft);
  }

  function enterConflict(message = CONFLICT_MESSAGE): void {
    queue.cancel();
    keepMine();
    state.value = { kind: 'conflict', message };
  }

  /** Fills the editor from the server's case (or a blank one), or from this browser's newer unsaved copy. */
  function init(serverCase: EditableCaseFragment | null): void {
    adopt(serverCase);
    editor.reset(serverCase ? caseToForm(serverCase) : blank());
    state.value = { kind: 'idle' };
    savedAt.value = null;
    const local = store.load();
    const use = editable.value
      ? draftUse(local, local ? formFingerprint(local.form) === lastSaved : false, serverCase?.version ?? null)
      : 'drop';
    if (local && (use === 'restore' || use === 'conflict')) {
      editor.reset(local.form);
      restoredAt.value = use === 'restore' ? local.at : null;
      if (use === 'conflict') {
        enterConflict();
      }
    } else if (local) {
      store.clear();
    }
    loaded.value = true;
  }

  if (caseId === null) {
    init(null);
  } else {
    watch(
      () => query.data.value,
      (data) => {
        if (data && !loaded.value) {
          missing.value = !data.modelCase;
          init(data.modelCase ?? null);
        }
      },
      { immediate: true },
    );
  }

  watch(
    () => formFingerprint(editor.form),
    (fingerprint) => {
      if (!loaded.value || !editable.value || missing.value) {
        return;
      }
      if (conflict.value) {
        keepMine();
        return;
      }
      queue.cancel();
      if (fingerprint === lastSaved) {
        store.clear();
        state.value = savedAt.value ? { kind: 'saved', at: savedAt.value } : { kind: 'idle' };
        return;
      }
      store.save(cloneForm(editor.form), current.value?.version ?? null, now());
      if (!editor.valid.value) {
        state.value = { kind: 'invalid', count: Object.keys(editor.problems.value).length };
        return;
      }
      state.value = { kind: 'pending' };
      queue.later();
    },
  );

  function fail(error: Parameters<typeof saveFailure>[0]): void {
    const { state: next, fields } = saveFailure(error);
    if (next.kind === 'conflict') {
      enterConflict(next.message);
      return;
    }
    if (fields) {
      editor.setServerErrors(fields);
    }
    state.value = next;
  }

  /** After a save: photos now on the case leave the "new photos" list (of what was sent and of the form). */
  function settleSaved(saved: EditableCaseFragment, sent: CaseForm): CaseForm {
    const linked = new Set(saved.photos.map((p) => p.id));
    const taken = new Set((sent.removedPhotos ?? []).filter((id) => !linked.has(id)));
    editor.form.newPhotos = editor.form.newPhotos.filter((p) => !linked.has(p.id));
    editor.form.removedPhotos = (editor.form.removedPhotos ?? []).filter((id) => !taken.has(id));
    return {
      ...sent,
      newPhotos: sent.newPhotos.filter((p) => !linked.has(p.id)),
      removedPhotos: (sent.removedPhotos ?? []).filter((id) => !taken.has(id)),
    };
  }

  async function doSave(): Promise<boolean> {
    const sent = cloneForm(editor.form);
    state.value = { kind: 'saving' };
    const creating = current.value === null;
    const r = await saveMutation.executeMutation({
      id: current.value?.id ?? null,
      version: current.value?.version ?? null,
      input: formToInput(sent),
    });
    const saved = r.data?.saveModelCase;
    if (!saved) {
      fail(r.error);
      return false;
    }
    adopt(saved, settleSaved(saved, sent));
    if (creating) {
      store.clear();
      store = caseDraftStore(options.userId, saved.id, options.storage);
      id.value = saved.id;
      options.onCreated?.(saved.id);
    }
    savedAt.value = now();
    state.value = { kind: 'saved', at: savedAt.value };
    if (formFingerprint(editor.form) === lastSaved) {
      store.clear();
    } else {
      store.save(cloneForm(editor.form), saved.version, now());
      queue.later();
    }
    return true;
  }

  /** Why the case cannot be submitted yet (and shows every field's problem), or null. */
  function submitProblem(): string | null {
    editor.showAll.value = true;
    return editor.valid.value ? null : `还有 ${editor.shownErrors.value.length} 处需要修改，已在表单中标出`;
  }

  /** Saves what is unsaved, then submits the case for a leader's review. */
  async function submit(): Promise<boolean> {
    if (submitProblem() || !(await save()) || !current.value) {
      return false;
    }
    const r = await submitMutation.executeMutation({ id: current.value.id, version: current.value.version });
    if (!r.data?.submitModelCase) {
      fail(r.error);
      return false;
    }
    store.clear();
    adopt(r.data.submitModelCase);
    editor.reset(caseToForm(r.data.submitModelCase));
    state.value = { kind: 'idle' };
    return true;
  }

  /** After a conflict: loads the latest case from the server; the user's content stays in `mine`. */
  async function reloadLatest(): Promise<void> {
    queue.cancel();
    store.clear();
    restoredAt.value = null;
    if (current.value) {
      await query.executeQuery({ requestPolicy: 'network-only' });
      init(query.data.value?.modelCase ?? null);
    } else {
      init(null);
    }
  }

  /** Puts the kept content back into the editor on top of the latest version (autosave then saves it). */
  function useMine(): void {
    const draft = mine.value;
    dismissMine();
    if (draft) {
      editor.reset(draft.form);
    }
  }

  function dismissMine(): void {
    mine.value = null;
    store.clearMine();
  }

  /** Drops this browser's restored copy and shows the server's version again. */
  function discardRestored(): void {
    restoredAt.value = null;
    store.clear();
    editor.reset(current.value ? caseToForm(current.value) : blank());
  }

  return {
    ...editor,
    query,
    current,
    loaded,
    missing,
    editable,
    state,
    conflict,
    restoredAt,
    mine,
    saving: computed(() => state.value.kind === 'saving'),
    submitting: submitMutation.fetching,
    save,
    submit,
    submitProblem,
    reloadLatest,
    useMine,
    dismissMine,
    discardRestored,
  };
}

export type CaseEditor = ReturnType<typeof useCaseEditor>;
