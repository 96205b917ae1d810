import type { BrandStage, Level } from '@flagship/drizzle';
import { LEVELS } from '@flagship/drizzle';

/** The allowed stage transitions; anything else is INVALID_TRANSITION. */
export const STAGE_TRANSITIONS: Record<BrandStage, BrandStage[]> = {
  DECLARED: ['CULTIVATING', 'WITHDRAWN'],
  CULTIVATING: ['BUILDING', 'WITHDRAWN'],
  BUILDING: ['ACCEPTANCE', 'WITHDRAWN'],
  ACCEPTANCE: ['NAMED', 'BUILDING', 'WITHDRAWN'],
  NAMED: ['PROMOTED', 'WITHDRAWN'],
  PROMOTED: ['WITHDRAWN'],
  WITHDRAWN: [],
};

/** Transitions that must say why: withdrawing a brand, and sending it back from acceptance. */
export function transitionNeedsNote(from: BrandStage, to: BrandStage): boolean {
  return to === 'WITHDRAWN' || (from === 'ACCEPTANCE' && to === 'BUILDING');
}

/** Stages the public showcase shows. */
export function isShowcaseStage(stage: BrandStage): boolean {
  return stage !== 'DECLARED' && stage !== 'WITHDRAWN';
}

export const SHOWCASE_STAGES: BrandStage[] = ['CULTIVATING', 'BUILDING', 'ACCEPTANCE', 'NAMED', 'PROMOTED'];

/** Rank of a level (null = not yet recognised = -1), for "promotion only goes up". */
export function levelRank(level: Level | null): number {
  return level ? LEVELS.indexOf(level) : -1;
}

/** Milestone figures of a brand's approved plan, computed in SQL. */
export interface MilestoneStats {
  brandId: string;
  total: number;
  totalWeight: number;
  doneWeight: number;
  overdue: number;
  maxOverdueDays: number;
}

export const PROGRESS_FORMULA =
  '进度 = 已批准方案中"已完成"节点的权重之和 ÷ 全部节点权重之和 × 100%；方案未批准时为 0。';

/** Progress in percent (0–100, one decimal) from the weighted done milestones of the approved plan. */
export function progressOf(stats: MilestoneStats | null): number {
  if (!stats || stats.totalWeight <= 0) {
    return 0;
  }
  return Math.round((stats.doneWeight / stats.totalWeight) * 1000) / 10;
}

export type HealthStatusValue = 'GREEN' | 'AMBER' | 'RED';

export const HEALTH_RULE = [
  '红色：2 个及以上节点逾期，或有节点逾期超过 30 天；',
  '黄色：有 1 个节点逾期（不超过 30 天）；',
  '绿色：没有逾期节点。',
  '逾期指节点已过计划完成日期但尚未完成。',
].join('');

/** Health signal with its reasons, from the same milestone figures. */
export function healthOf(stats: MilestoneStats | null): { status: HealthStatusValue; reasons: string[] } {
  if (!stats || stats.overdue === 0) {
    return { status: 'GREEN', reasons: [] };
  }
  const reasons = [`${stats.overdue} 个创建计划节点逾期`];
  if (stats.maxOverdueDays > 30) {
    reasons.push(`最长逾期 ${stats.maxOverdueDays} 天`);
  }
  const red = stats.overdue >= 2 || stats.maxOverdueDays > 30;
  return { status: red ? 'RED' : 'AMBER', reasons };
}
