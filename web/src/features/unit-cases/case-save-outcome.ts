import type { CombinedError } from '@urql/core';
import { errorCode, errorMessage } from '../../shared/graphql';

/** Where the draft stands, for the line under the editor's title (the same states as the plan editor's). */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'invalid'; count: number }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; message: string };

export const CONFLICT_MESSAGE = '其他人已修改此案例——请刷新查看他们的修改';

/**
 * What a refused save or submit means: a stale version (or a case that moved on, e.g. was submitted from another
 * tab) is a conflict; per-field messages go onto the fields; anything else is a message saying what to do.
 */
export function saveFailure(error: CombinedError | undefined): {
  state: Extract<SaveState, { kind: 'failed' | 'conflict' }>;
  fields: Record<string, string> | null;
} {
  const code = errorCode(error);
  if (code === 'CONFLICT') {
    return { state: { kind: 'conflict', message: CONFLICT_MESSAGE }, fields: null };
  }
  if (code === 'INVALID_TRANSITION') {
    return { state: { kind: 'conflict', message: `${errorMessage(error)}——请刷新查看最新状态` }, fields: null };
  }
  const fields = (error?.graphQLErrors[0]?.extensions?.fields as Record<string, string> | undefined) ?? null;
  const message = error?.networkError
    ? '网络连接失败，内容已保存在本机，恢复连接后点“立即保存”'
    : (errorMessage(error) ?? '保存失败，请稍后再试');
  return { state: { kind: 'failed', message }, fields };
}
