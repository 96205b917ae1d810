import type { CaseStatus } from '@flagship/drizzle';

/** Chinese names of the case statuses, for messages. */
export const CASE_STATUS_LABEL: Record<CaseStatus, string> = {
  DRAFT: '为草稿',
  SUBMITTED: '已提交待审核',
  PUBLISHED: '已发布',
  RETURNED: '已退回',
};
