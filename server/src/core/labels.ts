import type { BrandStage, Level, PlanStatus, UnitTier } from '@flagship/drizzle';

/** Chinese labels used in messages and timeline summaries. */
export const STAGE_LABEL: Record<BrandStage, string> = {
  DECLARED: '申报',
  CULTIVATING: '培育',
  BUILDING: '创建',
  ACCEPTANCE: '验收',
  NAMED: '命名',
  PROMOTED: '推广',
  WITHDRAWN: '撤销',
};

export const LEVEL_LABEL: Record<Level, string> = {
  COUNTY: '县级',
  CITY: '市级',
  PROVINCE: '省级',
  NATIONAL: '全国',
};

export const PLAN_STATUS_LABEL: Record<PlanStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '待审核',
  APPROVED: '已通过',
  RETURNED: '已退回',
};

export const TIER_LABEL: Record<UnitTier, string> = { ADVANCED: '先进', AVERAGE: '一般', LAGGING: '后进' };
