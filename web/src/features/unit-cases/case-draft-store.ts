import { localDraftStore, type LocalDraft } from '../unit/local-draft';
import type { CaseForm } from './case-form-model';

export type CaseDraft = LocalDraft<CaseForm>;

/**
 * The local copies of one case (`caseId` null: the new case being written) of one user: the unsaved draft, and
 * "my content" kept aside after a conflict.
 */
export function caseDraftStore(userId: string, caseId: string | null, storage?: Storage) {
  const id = `${userId}:${caseId ?? 'new'}`;
  return localDraftStore<CaseForm>(`flagship:case-draft:${id}`, `flagship:case-mine:${id}`, storage);
}
