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

/** Everything the health signal looks at, for one brand. */
export interface HealthInputs {
  milestones: MilestoneStats | null;
  /** Rectification items not yet verified, and those of them past their deadline. */
  rectifications: { open: number; overdue: number } | null;
  /** The latest regular or spot check (self-inspections do not count). */
  lastInspection: { score: number; maxScore: number; date: string } | null;
}

export const HEALTH_RULE = [
  '红色：2 个及以上节点逾期，或有节点逾期超过 30 天，或有整改事项逾期，或最近一次督查得分率低于 60%；',
  '黄色：有 1 个节点逾期（不超过 30 天），或有未核验的整改事项，或最近一次督查得分率低于 80%；',
  '绿色：以上情况都没有。',
  '逾期指已过计划完成日期（整改时限）但尚未完成（核验）；自查不计入督查得分。',
].join('');

/** Health signal with its reasons (in Chinese), by HEALTH_RULE. */
export function healthOf(inputs: HealthInputs): { status: HealthStatusValue; reasons: string[] } {
  const { milestones: m, rectifications: r, lastInspection: i } = inputs;
  const red: string[] = [];
  const amber: string[] = [];
  if (m && m.overdue > 0) {
    const text = `${m.overdue} 个创建计划节点逾期${m.maxOverdueDays > 30 ? `，最长逾期 ${m.maxOverdueDays} 天` : ''}`;
    (m.overdue >= 2 || m.maxOverdueDays > 30 ? red : amber).push(text);
  }
  if (r && r.overdue > 0) {
    red.push(`${r.overdue} 个整改事项逾期未完成`);
  }
  if (r && r.open - r.overdue > 0) {
    amber.push(`${r.open - r.overdue} 个整改事项尚未核验`);
  }
  const percent = i && i.maxScore > 0 ? Math.round((i.score / i.maxScore) * 1000) / 10 : null;
  if (percent !== null && percent < 80) {
    (percent < 60 ? red : amber).push(`最近一次督查（${i!.date}）得分率 ${percent}%`);
  }
  const status: HealthStatusValue = red.length > 0 ? 'RED' : amber.length > 0 ? 'AMBER' : 'GREEN';
  return { status, reasons: [...red, ...amber] };
}
