import type { CombinedError } from '@urql/core';
import { saveFailureOf, type SaveFailure } from './save-outcome';

export type { SaveState } from './save-outcome';

export const CONFLICT_MESSAGE = '该方案已被他人修改——请刷新查看对方的修改';

/** What a refused save or submit of the plan means for the plan editor (see `saveFailureOf`). */
export function saveFailure(error: CombinedError | undefined): SaveFailure {
  return saveFailureOf(error, CONFLICT_MESSAGE);
}
