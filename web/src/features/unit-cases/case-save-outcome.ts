import type { CombinedError } from '@urql/core';
import { saveFailureOf, type SaveFailure } from '../unit/save-outcome';

export type { SaveState } from '../unit/save-outcome';

export const CONFLICT_MESSAGE = '其他人已修改此案例——请刷新查看他们的修改';

/** What a refused save or submit of the case means for the case editor (see `saveFailureOf`). */
export function saveFailure(error: CombinedError | undefined): SaveFailure {
  return saveFailureOf(error, CONFLICT_MESSAGE);
}
