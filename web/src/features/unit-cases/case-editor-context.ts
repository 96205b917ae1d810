import { inject, type InjectionKey } from 'vue';
import type { CaseFormApi } from './use-case-form';

/** The case form with its errors, shared by the editor's sections (fields, photos). */
export const CASE_FORM: InjectionKey<CaseFormApi> = Symbol('case-form');

/** The editor's form, inside the case editor's sections. */
export function useCaseFormContext(): CaseFormApi {
  const api = inject(CASE_FORM);
  if (!api) {
    throw new Error('case form section used outside the case editor');
  }
  return api;
}
