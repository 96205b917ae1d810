import { computed, reactive, ref, watch } from 'vue';
import { cloneForm, emptyCaseForm, type CaseForm } from './case-form-model';
import { fieldOfPath, validateCase } from './case-rules';

type Field = keyof CaseForm;
const FIELDS = Object.keys(emptyCaseForm(2000)) as Field[];
const isBlank = (v: unknown) =>
  v === null || v === undefined || (Array.isArray(v) ? v.length === 0 : String(v).trim() === '');

/**
 * The case form with validation as you type: a field's message shows once the field has been edited or holds
 * a value (so "请填写" waits until the user has been there), or everywhere after `showAll` (on save and
 * submit). The server's per-field messages show on their field until that field changes.
 */
export function useCaseForm(thisYear: number, initial: CaseForm = emptyCaseForm(thisYear)) {
  const form = reactive<CaseForm>(cloneForm(initial));
  const touched = reactive(new Set<string>());
  const showAll = ref(false);
  const server = ref<Record<string, { message: string; value: string }>>({});
  const problems = computed(() => validateCase(form, thisYear));
  const valid = computed(() => Object.keys(problems.value).length === 0);
  const snapshot = (field: string) => JSON.stringify(form[fieldOfPath(field) as Field] ?? null);

  let resetting = false;
  for (const field of FIELDS) {
    watch(
      () => JSON.stringify(form[field]),
      () => {
        if (!resetting) {
          touched.add(field);
        }
      },
      { flush: 'sync' },
    );
  }

  /** The message to show on a field now (a tag's problem shows on the tags field), if any. */
  function errorFor(field: string): string | undefined {
    const fromServer = Object.entries(server.value).find(
      ([path, e]) => fieldOfPath(path) === field && snapshot(path) === e.value,
    );
    if (fromServer) {
      return fromServer[1].message;
    }
    const message = Object.entries(problems.value).find(([path]) => fieldOfPath(path) === field)?.[1];
    const seen = showAll.value || touched.has(field) || !isBlank(form[field as Field]);
    return message && seen ? message : undefined;
  }

  /** Every message shown now, in the form's order (for the count and "go to the first problem"). */
  const shownErrors = computed(() =>
    FIELDS.flatMap((field) => {
      const message = errorFor(field);
      return message ? [{ field, message }] : [];
    }),
  );

  function setServerErrors(fields: Record<string, string>): void {
    server.value = Object.fromEntries(
      Object.entries(fields).map(([path, message]) => [path, { message, value: snapshot(path) }]),
    );
  }

  /** Replaces the whole content (a loaded case, a restored copy), forgetting what was touched. */
  function reset(next: CaseForm): void {
    resetting = true;
    Object.assign(form, cloneForm(next));
    resetting = false;
    touched.clear();
    showAll.value = false;
    server.value = {};
  }

  return { form, problems, valid, showAll, shownErrors, errorFor, setServerErrors, reset, touched };
}

export type CaseFormApi = ReturnType<typeof useCaseForm>;
