import type { CombinedError } from '@urql/core';
import { errorCode, errorMessage } from '../../shared/graphql';

/** Where an editor's draft stands, for the line under its title (the plan editor, the case editor). */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'invalid'; count: number }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; message: string };

export interface SaveFailure {
  state: Extract<SaveState, { kind: 'failed' | 'conflict' }>;
  fields: Record<string, string> | null;
}

/**
 * What a refused save or submit means for an editor: a stale version is a conflict (`conflictMessage`), and so is
 * a record that moved on meanwhile (e.g. submitted from another tab); field errors go onto the fields; anything
 * else is a message, the network's with what to do.
 */
export function saveFailureOf(error: CombinedError | undefined, conflictMessage: string): SaveFailure {
  const code = errorCode(error);
  if (code === 'CONFLICT') {
    return { state: { kind: 'conflict', message: conflictMessage }, fields: null };
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
