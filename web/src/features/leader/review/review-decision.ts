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

/**
 * What a reviewer is told when the plan or case in front of them is not waiting for review: where it stands and
 * who acts next (a returned one is the unit's to change, a draft has not been submitted).
 */
export function settledNote(subject: '方案' | '案例', status: string): string {
  switch (status) {
    case 'APPROVED':
      return `该${subject}已通过，无需再审核。`;
    case 'PUBLISHED':
      return `该${subject}已发布，无需再审核。`;
    case 'RETURNED':
      return `该${subject}已退回，等待创建单位修改后重新提交。`;
    case 'DRAFT':
      return `该${subject}还是草稿，创建单位尚未提交审核。`;
    default:
      return `该${subject}当前无需审核。`;
  }
}
