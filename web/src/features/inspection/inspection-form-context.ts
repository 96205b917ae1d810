import { inject, type InjectionKey } from 'vue';
import type { InspectionFormState } from './use-inspection-form';

/** The form's state, shared by the inspection form's sections. */
export const INSPECTION_FORM: InjectionKey<InspectionFormState> = Symbol('inspection-form');

/** The inspection form's state, inside one of its sections. */
export function useInspectionFormContext(): InspectionFormState {
  const state = inject(INSPECTION_FORM);
  if (!state) {
    throw new Error('inspection form section used outside the inspection form');
  }
  return state;
}
