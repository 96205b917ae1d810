import { useMutation, useQuery } from '@urql/vue';
import { computed, watch } from 'vue';
import { PlanEditorDocument, SavePlanDocument, SubmitPlanDocument, type EditablePlanFragment } from '../../gql/graphql';
import { cloneForm, formFingerprint, formToInput, planToForm, type PlanForm } from './plan-form-model';
import { planDraftStore } from './plan-draft-store';
import type { SaveState } from './save-outcome';
import { useDraftAutosave } from './use-draft-autosave';
import { usePlanForm } from './use-plan-form';

/** Autosave waits this long after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 2000;

/** What a stale version (or a plan moved on meanwhile) tells the unit. */
export const CONFLICT_MESSAGE = '该方案已被他人修改——请刷新查看对方的修改';

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
  const draft = useDraftAutosave<PlanForm, EditablePlanFragment>({
    editor,
    store: () => store,
    toForm: planToForm,
    fingerprint: formFingerprint,
    clone: cloneForm,
    canEdit: (plan) =>
      brand.value?.stage !== 'WITHDRAWN' && (!plan || plan.status === 'DRAFT' || plan.status === 'RETURNED'),
    conflictMessage: CONFLICT_MESSAGE,
    delayMs,
    async send(sent, plan) {
      const r = await saveMutation.executeMutation({
        brandId,
        version: plan?.version ?? null,
        input: formToInput(sent),
      });
      return r.data?.savePlan ? { saved: r.data.savePlan } : { error: r.error };
    },
  });

  watch(
    () => query.data.value?.brand,
    (b) => {
      if (b && !draft.loaded.value) {
        draft.init(b.plan ?? null);
      }
    },
    { immediate: true },
  );

  /** Why the plan cannot be submitted yet (and shows every field's problem), or null. */
  function submitProblem(): string | null {
    editor.showAll.value = true;
    if (!editor.valid.value) {
      return `还有 ${editor.shownErrors.value.length} 处需要修改，已在表单中标出`;
    }
    return editor.form.milestones.length === 0 ? '提交前请至少填写一个创建计划节点' : null;
  }

  return {
    ...editor,
    ...draft,
    query,
    brand,
    plan: draft.record,
    submitting: submitMutation.fetching,
    submitProblem,
    /** Saves what is unsaved, then submits the plan for review. */
    submit: () =>
      draft.submit(submitProblem, async (plan) => {
        const r = await submitMutation.executeMutation({ id: plan.id, version: plan.version });
        return r.data?.submitPlan ? { saved: r.data.submitPlan } : { error: r.error };
      }),
    /** After a conflict: loads the latest plan from the server; the user's content stays in `mine`. */
    reloadLatest: () =>
      draft.reloadLatest(async () => {
        await query.executeQuery({ requestPolicy: 'network-only' });
        return query.data.value?.brand?.plan ?? null;
      }),
  };
}

export type PlanEditor = ReturnType<typeof usePlanEditor>;
export type { SaveState };
