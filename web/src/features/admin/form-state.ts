import type { CombinedError } from '@urql/core';
import { computed, reactive, ref, type ComputedRef } from 'vue';
import { errorCode, errorMessage } from '../../shared/graphql';

/** The message shown when someone else saved first (optimistic version CONFLICT). */
export const CONFLICT_MESSAGE = '其他人已修改此内容——请刷新查看他们的修改。你填写的内容仍保留在表单中。';

/** What went wrong with a save: the server's field messages, one message for the rest, and whether it was a conflict. */
export interface SaveFailure {
  message: string | null;
  fields: Record<string, string>;
  conflict: boolean;
}

/** Reads a refused mutation: CONFLICT explained, BAD_USER_INPUT's `extensions.fields`, otherwise the server's message. */
export function saveFailure(error: CombinedError | null | undefined, fallback = '保存失败，请稍后再试'): SaveFailure {
  if (errorCode(error) === 'CONFLICT') {
    return { message: CONFLICT_MESSAGE, fields: {}, conflict: true };
  }
  const fields = (error?.graphQLErrors[0]?.extensions?.fields ?? {}) as Record<string, string>;
  return { message: errorMessage(error) ?? fallback, fields, conflict: false };
}

/**
 * A form's messages as the user types: a field's problem shows once it was edited (or after a submit attempt);
 * the server's message for a field shows until that field changes.
 */
export function useFormState<F extends object>(form: F, validate: (form: F) => Record<string, string>) {
  type Key = keyof F & string;
  const touched = reactive(new Set<string>());
  const tried = ref(false);
  const server = ref<Record<string, { message: string; value: unknown }>>({});
  const failure = ref<SaveFailure | null>(null);
  const problems: ComputedRef<Record<string, string>> = computed(() => validate(form));

  function errorFor(field: Key): string | undefined {
    const s = server.value[field];
    if (s && s.value === form[field]) {
      return s.message;
    }
    return tried.value || touched.has(field) ? problems.value[field] : undefined;
  }

  /** Takes a refusal: messages for this form's fields go beside them, the rest (or a conflict) above the form. */
  function refuse(error: CombinedError | null | undefined, fallback?: string): SaveFailure {
    const f = saveFailure(error, fallback);
    const own = Object.entries(f.fields).filter(([k]) => k in form);
    server.value = Object.fromEntries(own.map(([k, message]) => [k, { message, value: form[k as Key] }]));
    failure.value = own.length && !f.conflict ? { ...f, message: null } : f;
    return f;
  }

  /** Marks a submit attempt; true when the form may be sent. */
  function attempt(): boolean {
    tried.value = true;
    failure.value = null;
    return Object.keys(problems.value).length === 0;
  }

  function reset(): void {
    touched.clear();
    tried.value = false;
    server.value = {};
    failure.value = null;
  }

  return { problems, tried, failure, errorFor, touch: (field: Key) => touched.add(field), refuse, attempt, reset };
}

/**
 * After a conflict: the form on top of the latest version. A field the user changed keeps what they typed;
 * a field they left alone takes the latest value, so saving again does not undo someone else's change.
 */
export function rebaseForm<F extends object>(opened: F, latest: F, mine: F, same = Object.is): F {
  const out = { ...mine };
  for (const key of Object.keys(latest) as (keyof F)[]) {
    if (same(mine[key], opened[key])) {
      out[key] = latest[key];
    }
  }
  return out;
}
