import type { CombinedError } from '@urql/core';
import type { RectificationStatus } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../shared/graphql';

/** The unit's answer and the inspector's verdict, checked here as the server checks them (rectification-rules.ts). */

/** A note this long is evidence enough on its own when marking an item done (server: DONE_NOTE_MIN_WITHOUT_ATTACHMENT). */
export const DONE_NOTE_MIN = 10;
export const NOTE_MAX = 2000;

export const DONE_RULE = `标记“已整改”须填写整改说明，并上传至少一份佐证材料；不上传材料时，整改说明须不少于 ${DONE_NOTE_MIN} 个字。`;

export const CONFLICT_MESSAGE =
  '其他人已修改此内容——请刷新查看他们的修改。您填写的内容仍保留在这里，刷新后可以再次提交。';

/** Length in characters as the server counts them (code points). */
function chars(text: string): number {
  return [...text].length;
}

/** Why this answer cannot be sent yet, or null. */
export function answerProblem(answer: {
  status: RectificationStatus | null;
  note: string;
  attachmentCount: number;
  uploading: boolean;
}): string | null {
  const note = answer.note.trim();
  if (answer.uploading) {
    return '文件还在上传，请等上传完成后再提交';
  }
  if (!answer.status) {
    return '请选择整改状态';
  }
  if (chars(note) > NOTE_MAX) {
    return `整改说明不能超过 ${NOTE_MAX} 个字`;
  }
  if (answer.status !== 'DONE') {
    return null;
  }
  if (!note) {
    return '标记“已整改”须填写整改说明：做了什么、整改到什么程度';
  }
  if (answer.attachmentCount === 0 && chars(note) < DONE_NOTE_MIN) {
    return `请上传佐证材料，或将整改说明写到不少于 ${DONE_NOTE_MIN} 个字`;
  }
  return null;
}

/** Why this verdict cannot be sent yet, or null: a return needs its reason. */
export function verdictProblem(accepted: boolean, comment: string): string | null {
  const text = comment.trim();
  if (!accepted && !text) {
    return '退回重新整改须说明理由，单位会看到这条意见';
  }
  if (chars(text) > NOTE_MAX) {
    return `核验意见不能超过 ${NOTE_MAX} 个字`;
  }
  return null;
}

/** What to tell the user when the server refused: a stale version is explained as a conflict. */
export function failureOf(error: CombinedError | null | undefined): { message: string; conflict: boolean } {
  if (errorCode(error) === 'CONFLICT') {
    return { message: CONFLICT_MESSAGE, conflict: true };
  }
  const fields = error?.graphQLErrors[0]?.extensions?.fields as Record<string, string> | undefined;
  const fieldMessage = fields ? Object.values(fields)[0] : undefined;
  return { message: fieldMessage ?? errorMessage(error) ?? '提交失败，请稍后再试', conflict: false };
}
