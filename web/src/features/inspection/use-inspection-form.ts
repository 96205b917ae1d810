import { computed, reactive, ref, watch } from 'vue';
import type { RecordInspectionMutation } from '../../gql/graphql';
import type { CombinedError } from '@urql/core';
import {
  emptyForm,
  hasContent,
  keepKnownScores,
  type ChecklistItemLike,
  type InspectionForm,
  type InspectionKindValue,
} from './inspection-form-model';
import { inspectionDraftStore, moveDraft, newClientRequestId } from './inspection-draft-store';
import { validateInspection, visibleErrors, type FormErrors } from './inspection-rules';
import { formToInput, submitFailure, type SubmitFailure } from './inspection-submit';
import type { InspectionInput } from '../../gql/graphql';

export interface TemplateLike {
  id: string;
  version: number;
  items: ChecklistItemLike[];
}

type Recorded = RecordInspectionMutation['recordInspection'];
/** Sends the mutation; resolves with the recorded inspection or the error (never rejects). */
export type RecordFn = (input: InspectionInput) => Promise<{ data: Recorded | null; error: CombinedError | undefined }>;

interface Options {
  userId: string;
  subject: { kind: InspectionKindValue; unitId: string; brandId: string };
  today: string;
  /** The draft's title for the list of drafts (unit and brand names). */
  title: () => string;
  storage?: Storage;
  now?: () => string;
}

/**
 * The inspection form's state: the content, its local draft (restored on return, kept on every change, moved
 * with the subject), live validation, and a submission that can be retried safely: the clientRequestId is made
 * when the draft starts and kept in it, so the server records one inspection however often it is sent.
 */
export function useInspectionForm(opts: Options) {
  const now = opts.now ?? (() => new Date().toISOString());
  const store = inspectionDraftStore(opts.userId, opts.storage);
  const form = reactive<InspectionForm>(emptyForm({ ...opts.subject, date: opts.today }));
  const requestId = ref<string | null>(null);
  const startedAt = ref<string | null>(null);
  const restoredAt = ref<string | null>(null);
  const savedAt = ref<string | null>(null);
  const notice = ref<string | null>(null);
  const storageFailed = ref(false);
  const touched = reactive(new Set<string>());
  const attempted = ref(false);
  const serverErrors = ref<FormErrors>({});
  const submitting = ref(false);
  const failure = ref<SubmitFailure | null>(null);
  const items = ref<ChecklistItemLike[]>([]);
  let subject = { ...opts.subject };
  let pausing = false;

  function restore(subj: typeof subject): boolean {
    const draft = store.load(subj);
    if (!draft) {
      return false;
    }
    pausing = true;
    Object.assign(form, draft.form);
    pausing = false;
    requestId.value = draft.clientRequestId;
    startedAt.value = draft.startedAt;
    restoredAt.value = draft.savedAt;
    return true;
  }
  restore(subject);

  function save(): void {
    if (!requestId.value) {
      if (!hasContent(form)) {
        return;
      }
      requestId.value = newClientRequestId();
      startedAt.value = now();
    }
    savedAt.value = now();
    const draft = {
      form: JSON.parse(JSON.stringify(form)) as InspectionForm,
      clientRequestId: requestId.value,
      startedAt: startedAt.value ?? savedAt.value,
      savedAt: savedAt.value,
      title: opts.title(),
    };
    const from = subject;
    subject = { kind: form.kind, unitId: form.unitId, brandId: form.brandId };
    moveDraft(store, from, draft);
    storageFailed.value = store.load(subject) === null;
  }

  watch(
    form,
    () => {
      if (pausing) {
        return;
      }
      serverErrors.value = {};
      const moved = form.kind !== subject.kind || form.unitId !== subject.unitId || form.brandId !== subject.brandId;
      if (moved && !hasContent(form) && !requestId.value && restore({ ...form })) {
        subject = { kind: form.kind, unitId: form.unitId, brandId: form.brandId };
        return;
      }
      save();
    },
    { deep: true, flush: 'sync' },
  );

  /** Adopts the chosen template's current items; scores of items no longer in it are dropped, with a notice. */
  function useTemplate(template: TemplateLike | null): void {
    items.value = template?.items ?? [];
    if (!template) {
      return;
    }
    const { scores, dropped } = keepKnownScores(form.scores, template.items);
    if (dropped > 0 && form.templateId === template.id && form.templateVersion !== null) {
      notice.value = `检查表已更新到第 ${template.version} 版，${dropped} 项原有评分已不适用，请核对后重新评分。`;
    }
    if (dropped > 0 || form.templateVersion !== template.version) {
      form.scores = scores;
      form.templateVersion = template.version;
    }
  }

  const allErrors = computed<FormErrors>(() => ({
    ...validateInspection(form, items.value, opts.today),
    ...serverErrors.value,
  }));
  const errors = computed(() => ({
    ...visibleErrors(allErrors.value, touched, attempted.value),
    ...serverErrors.value,
  }));

  function discard(): void {
    store.clear(subject);
    const template = { templateId: form.templateId, templateVersion: form.templateVersion };
    pausing = true;
    Object.assign(form, emptyForm({ ...subject, date: opts.today }), template);
    pausing = false;
    requestId.value = null;
    startedAt.value = null;
    restoredAt.value = null;
    savedAt.value = null;
    attempted.value = false;
    touched.clear();
    failure.value = null;
  }

  /** Validates, then sends once; a failure keeps the draft and its request id for a safe retry. */
  async function submit(record: RecordFn): Promise<Recorded | null> {
    attempted.value = true;
    failure.value = null;
    if (Object.keys(allErrors.value).length > 0 || submitting.value) {
      return null;
    }
    if (!requestId.value) {
      requestId.value = newClientRequestId();
      startedAt.value = now();
    }
    save();
    submitting.value = true;
    try {
      const r = await record(formToInput(form, items.value, requestId.value));
      if (r.data) {
        store.clear(subject);
        store.rememberTemplate(form.templateId);
        requestId.value = null;
        return r.data;
      }
      const f = submitFailure(
        r.error,
        items.value.map((i) => i.id),
      );
      failure.value = f;
      if (f.kind === 'invalid') {
        serverErrors.value = f.fields;
      } else if (f.kind === 'conflict') {
        requestId.value = newClientRequestId();
        save();
      }
      return null;
    } finally {
      submitting.value = false;
    }
  }

  function preferredTemplate(ids: string[], brandTemplateId: string | null = null): string | null {
    return ids.length === 1
      ? ids[0]
      : (ids.find((id) => id === brandTemplateId) ?? ids.find((id) => id === store.lastTemplate()) ?? null);
  }

  return {
    form,
    items,
    errors,
    allErrors,
    touched,
    attempted,
    requestId,
    restoredAt,
    savedAt,
    notice,
    storageFailed,
    submitting,
    failure,
    useTemplate,
    discard,
    submit,
    /**
     * The template to preselect among `ids`: the only one, else the one the brand was last checked with (so checks
     * of a brand compare), else the one this user submitted with last; null leaves the choice to the user.
     */
    preferredTemplate,
    /**
     * Chooses the preferred template among `ids` when none is chosen yet, once the brand's last template is known
     * (`undefined` while the brand is still being read: choosing the user's last one first would stick).
     */
    preselect(ids: string[], brandTemplateId: string | null | undefined): void {
      const preferred =
        form.templateId || brandTemplateId === undefined ? null : preferredTemplate(ids, brandTemplateId);
      if (preferred) {
        form.templateId = preferred;
      }
    },
    touch: (path: string) => touched.add(path),
  };
}

export type InspectionFormState = ReturnType<typeof useInspectionForm>;
