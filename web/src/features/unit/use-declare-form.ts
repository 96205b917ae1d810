import type { CombinedError } from '@urql/core';
import { computed, reactive, ref } from 'vue';
import type { BrandCategory, CreateBrandInput } from '../../gql/graphql';

/** The 申报品牌 form: name, slogan, summary, category. */
export interface DeclareForm {
  name: string;
  slogan: string;
  summary: string;
  category: BrandCategory | '';
}

export const DECLARE_LIMITS = { name: 60, slogan: 100, summary: 2000 } as const;

/** The server's rules for a new brand (brands.inputs.ts, brands.service.ts), with its Chinese messages. */
export function validateDeclare(form: DeclareForm): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = form.name.trim();
  const summary = form.summary.trim();
  if (!name) {
    errors.name = '请填写品牌名称';
  } else if (name.length > DECLARE_LIMITS.name) {
    errors.name = '品牌名称应为 1 到 60 个字';
  }
  if (form.slogan.trim().length > DECLARE_LIMITS.slogan) {
    errors.slogan = '口号不能超过 100 个字';
  }
  if (!summary) {
    errors.summary = '请填写品牌简介';
  } else if (summary.length > DECLARE_LIMITS.summary) {
    errors.summary = '品牌简介应为 1 到 2000 个字';
  }
  if (!form.category) {
    errors.category = '请选择品牌类别';
  }
  return errors;
}

/** What `createBrand` is sent (the unit is the user's own). */
export function declareInput(form: DeclareForm): CreateBrandInput {
  return {
    name: form.name.trim(),
    slogan: form.slogan.trim() || null,
    summary: form.summary.trim(),
    category: form.category as BrandCategory,
  };
}

/**
 * The declare dialog's state: errors as you type (a field's message shows once it has been edited, or after a
 * submit attempt) and the server's field errors on the same fields until that field changes.
 */
export function useDeclareForm() {
  const form = reactive<DeclareForm>({ name: '', slogan: '', summary: '', category: '' });
  const touched = reactive(new Set<keyof DeclareForm>());
  const tried = ref(false);
  const server = ref<Record<string, { message: string; value: string }>>({});
  const general = ref<string | null>(null);
  const problems = computed(() => validateDeclare(form));

  function errorFor(field: keyof DeclareForm): string | undefined {
    const s = server.value[field];
    if (s && s.value === form[field]) {
      return s.message;
    }
    return tried.value || touched.has(field) ? problems.value[field] : undefined;
  }

  /** Takes the server's refusal: field messages onto the fields, anything else as one message. */
  function setServerError(error: CombinedError | undefined, fallback: string): void {
    const fields = (error?.graphQLErrors[0]?.extensions?.fields ?? {}) as Record<string, string>;
    server.value = Object.fromEntries(
      Object.entries(fields)
        .filter(([k]) => k in form)
        .map(([k, message]) => [k, { message, value: form[k as keyof DeclareForm] }]),
    );
    general.value = Object.keys(server.value).length ? null : fallback;
  }

  function reset(): void {
    Object.assign(form, { name: '', slogan: '', summary: '', category: '' });
    touched.clear();
    tried.value = false;
    server.value = {};
    general.value = null;
  }

  return {
    form,
    problems,
    tried,
    general,
    errorFor,
    touch: (field: keyof DeclareForm) => touched.add(field),
    setServerError,
    reset,
  };
}
