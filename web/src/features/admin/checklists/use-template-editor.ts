import type { CombinedError } from '@urql/core';
import { computed, reactive, ref, watch } from 'vue';
import { rebaseForm, saveFailure, type SaveFailure } from '../form-state';
import {
  differences,
  formOfTemplate,
  templateInput,
  validateTemplate,
  type TemplateForm,
  type TemplateVersion,
} from './checklist-form';

/**
 * The template editor's state: the form, the version it is based on, messages as the user types (a field's
 * problem once it was edited or after a save attempt) and the server's refusals until the form changes.
 */
export function useTemplateEditor() {
  const base = ref<TemplateVersion | null>(null);
  const form = reactive<TemplateForm>(formOfTemplate(null));
  const touched = reactive(new Set<string>());
  const tried = ref(false);
  const server = ref<Record<string, string>>({});
  const failure = ref<SaveFailure | null>(null);
  const problems = computed(() => validateTemplate(form));
  const changes = computed(() => (base.value ? differences(base.value, form) : ['新建']));
  let loadedFor: string | null = null;

  watch(
    () => JSON.stringify(form),
    () => (server.value = {}),
  );

  /** Starts editing a version (or a new template); `id` keeps a reload of the same template from wiping the form. */
  function start(version: TemplateVersion | null, id: string | null): void {
    base.value = version;
    if (loadedFor !== id || id === null) {
      Object.assign(form, formOfTemplate(version));
      touched.clear();
      tried.value = false;
    }
    loadedFor = id;
  }

  /** A newer version becomes the base: what was typed stays, what was left alone follows the newer version. */
  function rebase(version: TemplateVersion): void {
    if (base.value) {
      const opened = formOfTemplate(base.value);
      const sameItems = (a: unknown, b: unknown) =>
        a === b ||
        (Array.isArray(a) &&
          Array.isArray(b) &&
          JSON.stringify(templateInput({ ...opened, items: a }).items) ===
            JSON.stringify(templateInput({ ...opened, items: b }).items));
      Object.assign(form, rebaseForm(opened, formOfTemplate(version), { ...form }, sameItems));
    }
    base.value = version;
    failure.value = null;
  }

  function shown(key: string, touchKey: string): string | undefined {
    return server.value[key] ?? (tried.value || touched.has(touchKey) ? problems.value[key] : undefined);
  }

  return {
    base,
    form,
    problems,
    changes,
    failure,
    start,
    rebase,
    touch: (key: string) => touched.add(key),
    fieldError: (field: 'name' | 'description') => shown(field, field),
    itemError: (i: number, field: 'title' | 'section' | 'description' | 'maxScore') =>
      shown(`items.${i}.${field}`, `${form.items[i]?.key}.${field}`),
    listError: computed(() => server.value.items ?? (tried.value ? problems.value.items : undefined)),
    /** Marks a save attempt; true when the form may be sent. */
    attempt(): boolean {
      tried.value = true;
      failure.value = null;
      return Object.keys(problems.value).length === 0;
    },
    refuse(error: CombinedError | undefined): void {
      const f = saveFailure(error);
      server.value = f.fields;
      failure.value = Object.keys(f.fields).length && !f.conflict ? null : f;
    },
  };
}
