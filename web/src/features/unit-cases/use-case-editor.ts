import { useMutation, useQuery } from '@urql/vue';
import { computed, ref, watch } from 'vue';
import { CaseEditorDocument, SaveCaseDocument, SubmitCaseDocument, type EditableCaseFragment } from '../../gql/graphql';
import { useDraftAutosave } from '../unit/use-draft-autosave';
import { caseDraftStore } from './case-draft-store';
import { caseToForm, cloneForm, emptyCaseForm, formFingerprint, formToInput, type CaseForm } from './case-form-model';
import { useCaseForm } from './use-case-form';

/** Autosave waits this long after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 2000;

/** What a stale version (or a case moved on meanwhile) tells the unit. */
export const CONFLICT_MESSAGE = '其他人已修改此案例——请刷新查看他们的修改';

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

/**
 * The case editor: loads the case (or starts a new one), restores this browser's unsaved copy, autosaves valid
 * drafts a moment after typing stops, keeps a local copy of every change, submits for review, and on a stale
 * version keeps the user's content aside ("my content") instead of losing it.
 */
export function useCaseEditor(caseId: string | null, options: CaseEditorOptions) {
  const thisYear = options.thisYear ?? new Date().getFullYear();
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
  const missing = ref(false);
  const toForm = (c: EditableCaseFragment | null) => (c ? caseToForm(c) : blank());
  const draft = useDraftAutosave<CaseForm, EditableCaseFragment>({
    editor,
    store: () => store,
    toForm,
    fingerprint: formFingerprint,
    clone: cloneForm,
    canEdit: (c) => !c || c.status === 'DRAFT' || c.status === 'RETURNED',
    paused: () => missing.value,
    conflictMessage: CONFLICT_MESSAGE,
    delayMs: options.delayMs ?? AUTOSAVE_DELAY_MS,
    async send(sent, current) {
      const r = await saveMutation.executeMutation({
        id: current?.id ?? null,
        version: current?.version ?? null,
        input: formToInput(sent),
      });
      const saved = r.data?.saveModelCase;
      return saved ? { saved, savedForm: settleSaved(saved, sent) } : { error: r.error };
    },
    afterSave(saved, created) {
      if (created) {
        // The new case's local copy moves to the case's own key, and the page to the case's own address.
        store.clear();
        store = caseDraftStore(options.userId, saved.id, options.storage);
        id.value = saved.id;
        options.onCreated?.(saved.id);
      }
    },
  });

  if (caseId === null) {
    draft.init(null);
  } else {
    watch(
      () => query.data.value,
      (data) => {
        if (data && !draft.loaded.value) {
          missing.value = !data.modelCase;
          draft.init(data.modelCase ?? null);
        }
      },
      { immediate: true },
    );
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

  /** Why the case cannot be submitted yet (and shows every field's problem), or null. */
  function submitProblem(): string | null {
    editor.showAll.value = true;
    return editor.valid.value ? null : `还有 ${editor.shownErrors.value.length} 处需要修改，已在表单中标出`;
  }

  return {
    ...editor,
    ...draft,
    query,
    current: draft.record,
    missing,
    submitting: submitMutation.fetching,
    submitProblem,
    /** Saves what is unsaved, then submits the case for a leader's review. */
    submit: () =>
      draft.submit(submitProblem, async (c) => {
        const r = await submitMutation.executeMutation({ id: c.id, version: c.version });
        return r.data?.submitModelCase ? { saved: r.data.submitModelCase } : { error: r.error };
      }),
    /** After a conflict: loads the latest case from the server; the user's content stays in `mine`. */
    reloadLatest: () =>
      draft.reloadLatest(async () => {
        if (!draft.record.value) {
          return null;
        }
        await query.executeQuery({ requestPolicy: 'network-only' });
        return query.data.value?.modelCase ?? null;
      }),
  };
}

export type CaseEditor = ReturnType<typeof useCaseEditor>;
