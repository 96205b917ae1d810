import { inject, type InjectionKey } from 'vue';
import type { PlanSection, SectionFlag } from './plan-review';
import type { PlanFormApi } from './use-plan-form';

/** What the editor's sections share: the form with its errors, and the highlights from the reviewer's reason. */
export interface PlanEditorContext {
  api: PlanFormApi;
  flags: () => Partial<Record<PlanSection, SectionFlag>>;
}

export const PLAN_EDITOR: InjectionKey<PlanEditorContext> = Symbol('plan-editor');

/** The editor's context, inside the plan form's sections. */
export function usePlanEditorContext(): PlanEditorContext {
  const context = inject(PLAN_EDITOR);
  if (!context) {
    throw new Error('plan form section used outside the plan editor');
  }
  return context;
}
