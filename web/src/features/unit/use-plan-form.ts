import { computed, reactive, ref, watch } from 'vue';
import { blankMilestone, cloneForm, emptyPlanForm, weightSum, type PlanForm } from './plan-form-model';
import { serverFieldsToForm, validatePlan, valueAt, type FieldErrors } from './plan-rules';

/** Every leaf of the form as text, keyed by its path (milestone rows by their key). */
export function flattenForm(form: PlanForm): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, path: string) => {
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        walk(v, path ? `${path}.${k}` : k);
      }
    } else {
      out[path] = String(value ?? '');
    }
  };
  const { milestones, ...rest } = form;
  walk(rest, '');
  for (const { key, ...row } of milestones) {
    walk(row, `milestones.${key}`);
  }
  return out;
}

const isBlank = (value: unknown) => value === undefined || value === null || String(value).trim() === '';

/**
 * The plan editor's form with validation as you type: a rule's message shows once its field has been edited or
 * holds a value (so "required" waits until the user has been there, a bad date shows at once), or everywhere
 * after `showAll` (on submit). Server `extensions.fields` are shown on the same fields until the field changes.
 */
export function usePlanForm(initial: PlanForm = emptyPlanForm()) {
  const form = reactive<PlanForm>(cloneForm(initial));
  const touched = reactive(new Set<string>());
  const showAll = ref(false);
  const server = ref<Record<string, { message: string; value: string }>>({});
  const problems = computed<FieldErrors>(() => validatePlan(form));
  const valid = computed(() => Object.keys(problems.value).length === 0);
  const totalWeight = computed(() => weightSum(form));

  let previous = flattenForm(form);
  watch(
    form,
    () => {
      const now = flattenForm(form);
      for (const [path, value] of Object.entries(now)) {
        if (path in previous && previous[path] !== value) {
          touched.add(path);
        }
      }
      previous = now;
    },
    { deep: true },
  );

  /** The message to show on a field now, if any. */
  function errorFor(path: string): string | undefined {
    const fromServer = server.value[path];
    if (fromServer && JSON.stringify(valueAt(form, path) ?? null) === fromServer.value) {
      return fromServer.message;
    }
    const message = problems.value[path];
    if (message && (showAll.value || touched.has(path) || !isBlank(valueAt(form, path)))) {
      return message;
    }
    return undefined;
  }

  /** Every message shown now, in the form's order (for the count and "go to the first problem"). */
  const shownErrors = computed(() => {
    const paths = new Set([...Object.keys(problems.value), ...Object.keys(server.value)]);
    return [...paths].flatMap((path) => {
      const message = errorFor(path);
      return message ? [{ path, message }] : [];
    });
  });

  /** Shows the server's per-field messages, positions mapped onto the rows of the form as it was sent. */
  function setServerErrors(fields: Record<string, string>, sent: PlanForm = form): void {
    const mapped = serverFieldsToForm(fields, sent);
    server.value = Object.fromEntries(
      Object.entries(mapped).map(([path, message]) => [
        path,
        { message, value: JSON.stringify(valueAt(form, path) ?? null) },
      ]),
    );
  }

  /** Replaces the whole content (a loaded plan, a restored draft), forgetting what was touched. */
  function reset(next: PlanForm): void {
    Object.assign(form, cloneForm(next));
    touched.clear();
    showAll.value = false;
    server.value = {};
    previous = flattenForm(form);
  }

  function addMilestone(): string {
    const row = blankMilestone();
    form.milestones.push(row);
    return row.key;
  }

  function removeMilestone(key: string): void {
    form.milestones = form.milestones.filter((m) => m.key !== key);
  }

  /** Moves a row up (-1) or down (+1). */
  function moveMilestone(key: string, delta: -1 | 1): void {
    const from = form.milestones.findIndex((m) => m.key === key);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= form.milestones.length) {
      return;
    }
    const rows = [...form.milestones];
    [rows[from], rows[to]] = [rows[to], rows[from]];
    form.milestones = rows;
  }

  return {
    form,
    valid,
    problems,
    shownErrors,
    showAll,
    totalWeight,
    errorFor,
    touch: (path: string) => touched.add(path),
    setServerErrors,
    reset,
    addMilestone,
    removeMilestone,
    moveMilestone,
  };
}

export type PlanFormApi = ReturnType<typeof usePlanForm>;
