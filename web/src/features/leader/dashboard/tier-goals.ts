import type { LeaderDashboardQuery, UnitTier } from '../../../gql/graphql';

type TierTransformation = LeaderDashboardQuery['dashboard']['tierTransformation'];

/** One line of the tier transformation against the year's baseline, with the speech's goal of 100%. */
export interface TierGoal {
  key: 'transformed' | 'lifted' | 'kept';
  label: string;
  /** The tier the line starts from (its units are listed behind the line). */
  tier: UnitTier;
  done: number;
  baseline: number;
  /** done ÷ baseline in percent (one decimal), or null when the year began with none. */
  percent: number | null;
  goal: 100;
  explain: string;
}

function percent(done: number, baseline: number): number | null {
  return baseline > 0 ? Math.round((done / baseline) * 1000) / 10 : null;
}

/** 后进转化 x/y, 一般提升 x/y, 先进巩固 x/y, each against 100%. */
export function tierGoals(t: TierTransformation): TierGoal[] {
  return [
    {
      key: 'transformed',
      label: '后进转化',
      tier: 'LAGGING',
      done: t.transformedLagging,
      baseline: t.baselineLagging,
      percent: percent(t.transformedLagging, t.baselineLagging),
      goal: 100,
      explain: '年初后进、现已转为一般或先进的单位',
    },
    {
      key: 'lifted',
      label: '一般提升',
      tier: 'AVERAGE',
      done: t.liftedAverage,
      baseline: t.baselineAverage,
      percent: percent(t.liftedAverage, t.baselineAverage),
      goal: 100,
      explain: '年初一般、现已提升为先进的单位',
    },
    {
      key: 'kept',
      label: '先进巩固',
      tier: 'ADVANCED',
      done: t.keptAdvanced,
      baseline: t.baselineAdvanced,
      percent: percent(t.keptAdvanced, t.baselineAdvanced),
      goal: 100,
      explain: '年初先进、现仍为先进的单位',
    },
  ];
}

/** What is left to reach the goal, in words: 还差 24 个 / 已实现目标 / 年初无此类单位. */
export function remaining(g: TierGoal): string {
  if (g.baseline === 0) {
    return '年初无此类单位';
  }
  const left = g.baseline - g.done;
  return left <= 0 ? '已实现目标' : `距目标还差 ${left} 个`;
}
