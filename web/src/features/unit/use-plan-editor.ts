import { useMutation, useQuery } from '@urql/vue';
import { computed, ref, shallowRef, watch } from 'vue';
import { PlanEditorDocument, SavePlanDocument, SubmitPlanDocument, type EditablePlanFragment } from '../../gql/graphql';
import { cloneForm, formFingerprint, formToInput, planToForm, type PlanForm } from './plan-form-model';
import { localDraftUse, planDraftStore } from './plan-draft-store';
import { CONFLICT_MESSAGE, saveFailure, type SaveState } from './plan-save-outcome';
import { useSaveQueue } from './save-queue';
import { useMyCopy } from './use-my-copy';
import { usePlanForm } from './use-plan-form';

/** Autosave waits this long after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 2000;

/**
 * The plan editor: loads the brand's plan, fills the form (or restores this browser's unsaved copy), autosaves
 * valid drafts to the server a moment after typing stops, keeps a local copy of every change, submits, and on a
 * stale version keeps the user's content aside ("my content") instead of losing it.
 */
export function usePlanEditor(
  brandId: string,
  { delayMs = AUTOSAVE_DELAY_MS, storage }: { delayMs?: number; storage?: Storage } = {},
) {
  const store = planDraftStore(brandId, storage);
  const query = useQuery({ query: PlanEditorDocument, variables: { id: brandId }, requestPolicy: 'network-only' });
  const saveMutation = useMutation(SavePlanDocument);
  const submitMutation = useMutation(SubmitPlanDocument);
  const editor = usePlanForm();
  const brand = computed(() => query.data.value?.brand ?? null);
  const plan = shallowRef<EditablePlanFragment | null>(null);
  const loaded = ref(false);
  const state = ref<SaveState>({ kind: 'idle' });
  const restoredAt = ref<string | null>(null);
  const savedAt = ref<string | null>(null);
  const copy = useMyCopy(store, () => ({
    form: cloneForm(editor.form),
    baseVersion: plan.value?.version ?? null,
    at: now(),
  }));
  let lastSaved = '';

  const editable = computed(
    () =>
      brand.value?.stage !== 'WITHDRAWN' &&
      (!plan.value || plan.value.status === 'DRAFT' || plan.value.status === 'RETURNED'),
  );
  const conflict = computed(() => state.value.kind === 'conflict');
  /** Saves the draft now (autosave calls this; so do "立即保存" and submit), one save at a time. */
  const queue = useSaveQueue(
    () => doSave(),
    () =>
      conflict.value || !editable.value || !editor.valid.value
        ? 'blocked'
        : plan.value && formFingerprint(editor.form) === lastSaved
          ? 'current'
          : 'go',
    delayMs,
  );
  const save = queue.save;

  function adopt(next: EditablePlanFragment | null | undefined): void {
    plan.value = next ?? null;
    lastSaved = formFingerprint(planToForm(next));
  }

  function enterConflict(message = CONFLICT_MESSAGE): void {
    queue.cancel();
    copy.keep();
    state.value = { kind: 'conflict', message };
  }

  /** Fills the editor from the server's plan, or from this browser's newer unsaved copy. */
  function init(serverPlan: EditablePlanFragment | null | undefined): void {
    adopt(serverPlan);
    editor.reset(planToForm(serverPlan));
    state.value = { kind: 'idle' };
    savedAt.value = null;
    const local = store.load();
    const use = editable.value
      ? localDraftUse(local, (d) => formFingerprint(d.form) === lastSaved, serverPlan?.version ?? null)
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

  watch(
    () => query.data.value?.brand,
    (b) => {
      if (b && !loaded.value) {
        init(b.plan);
      }
    },
    { immediate: true },
  );

  watch(
    () => formFingerprint(editor.form),
    (fingerprint) => {
      if (!loaded.value || !editable.value) {
        return;
      }
      if (conflict.value) {
        copy.keep();
        return;
      }
      queue.cancel();
      if (fingerprint === lastSaved) {
        store.clear();
        state.value = savedAt.value ? { kind: 'saved', at: savedAt.value } : { kind: 'idle' };
        return;
      }
      store.save(cloneForm(editor.form), plan.value?.version ?? null, now());
      if (!editor.valid.value) {
        state.value = { kind: 'invalid', count: Object.keys(editor.problems.value).length };
        return;
      }
      state.value = { kind: 'pending' };
      queue.later();
    },
  );

  function fail(error: Parameters<typeof saveFailure>[0], sent: PlanForm): void {
    const { state: next, fields } = saveFailure(error);
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
    const sent = cloneForm(editor.form);
    const fingerprint = formFingerprint(sent);
    state.value = { kind: 'saving' };
    const r = await saveMutation.executeMutation({
      brandId,
      version: plan.value?.version ?? null,
      input: formToInput(sent),
    });
    if (!r.data?.savePlan) {
      fail(r.error, sent);
      return false;
    }
    adopt(r.data.savePlan);
    lastSaved = fingerprint;
    savedAt.value = now();
    state.value = { kind: 'saved', at: savedAt.value };
    if (formFingerprint(editor.form) === fingerprint) {
      store.clear();
    } else {
      store.save(cloneForm(editor.form), r.data.savePlan.version, now());
      queue.later();
    }
    return true;
  }

  /** Why the plan cannot be submitted yet (and shows every field's problem), or null. */
  function submitProblem(): string | null {
    editor.showAll.value = true;
    if (!editor.valid.value) {
      return `还有 ${editor.shownErrors.value.length} 处需要修改，已在表单中标出`;
    }
    return editor.form.milestones.length === 0 ? '提交前请至少填写一个创建计划节点' : null;
  }

  /** Saves what is unsaved, then submits the plan for review. */
  async function submit(): Promise<boolean> {
    if (submitProblem() || !(await save()) || !plan.value) {
      return false;
    }
    const sent = cloneForm(editor.form);
    const r = await submitMutation.executeMutation({ id: plan.value.id, version: plan.value.version });
    if (!r.data?.submitPlan) {
      fail(r.error, sent);
      return false;
    }
    store.clear();
    adopt(r.data.submitPlan);
    editor.reset(planToForm(r.data.submitPlan));
    state.value = { kind: 'idle' };
    return true;
  }

  /** After a conflict: loads the latest plan from the server; the user's content stays in `mine`. */
  async function reloadLatest(): Promise<void> {
    queue.cancel();
    store.clear();
    restoredAt.value = null;
    await query.executeQuery({ requestPolicy: 'network-only' });
    init(query.data.value?.brand?.plan);
  }

  /** Puts the kept content back into the editor on top of the latest version (autosave then saves it). */
  function useMine(): void {
    const draft = copy.take();
    if (draft) {
      editor.reset(draft.form);
    }
  }

  /** Drops this browser's restored copy and shows the server's version again. */
  function discardRestored(): void {
    restoredAt.value = null;
    store.clear();
    editor.reset(planToForm(plan.value));
  }

  return {
    ...editor,
    query,
    brand,
    plan,
    loaded,
    editable,
    state,
    conflict,
    restoredAt,
    mine: copy.mine,
    saving: computed(() => state.value.kind === 'saving'),
    submitting: submitMutation.fetching,
    save,
    submit,
    submitProblem,
    reloadLatest,
    useMine,
    dismissMine: copy.dismiss,
    discardRestored,
  };
}

function now(): string {
  return new Date().toISOString();
}

export type PlanEditor = ReturnType<typeof usePlanEditor>;
export { CONFLICT_MESSAGE, type SaveState };
