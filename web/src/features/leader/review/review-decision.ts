import type { CombinedError } from '@urql/core';
import { CONFLICT_MESSAGE, errorCode, errorMessage } from '../../../shared/graphql';

export const REASON_MAX = 500;

/** Why a return reason cannot be sent, or null when it can (a return always says why). */
export function reasonError(reason: string): string | null {
  const text = reason.trim();
  if (!text) {
    return '退回须填写理由，说明需要修改的地方';
  }
  if (text.length > REASON_MAX) {
    return `理由不能超过 ${REASON_MAX} 个字（现有 ${text.length} 个字）`;
  }
  return null;
}

/** What went wrong with a review, in words that say what to do; a CONFLICT means someone else acted first. */
export function reviewFailure(
  error: CombinedError | null | undefined,
  subject = '这份材料',
): { message: string; conflict: boolean } {
  const code = errorCode(error);
  if (code === 'CONFLICT') {
    return {
      message: `${CONFLICT_MESSAGE}。${subject}在你打开之后已被他人审核或修改；你填写的内容仍保留，刷新后可以再次提交。`,
      conflict: true,
    };
  }
  if (code === 'INVALID_TRANSITION') {
    return { message: `${errorMessage(error) ?? '当前状态不能这样处理'}（可能已被他人处理，请刷新）`, conflict: true };
  }
  return { message: errorMessage(error) ?? '操作失败，请稍后再试', conflict: false };
}
