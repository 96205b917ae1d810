import { localDraftStore, type LocalDraft } from './local-draft';
import type { PlanForm } from './plan-form-model';

export { localDraftUse } from './local-draft';
export type PlanDraft = LocalDraft<PlanForm>;

/** The local copies of one brand's plan: the unsaved draft, and "my content" kept after a conflict. */
export function planDraftStore(brandId: string, storage?: Storage) {
  return localDraftStore<PlanForm>(`flagship:plan-draft:${brandId}`, `flagship:plan-mine:${brandId}`, storage);
}
