import { describe, expect, it } from 'vitest';
import { remaining, tierGoals } from './tier-goals';

describe('tier transformation against the baseline', () => {
  const goals = tierGoals({
    baselineLagging: 36,
    transformedLagging: 12,
    baselineAverage: 34,
    liftedAverage: 4,
    baselineAdvanced: 17,
    keptAdvanced: 17,
  });

  it('shows x of y and the percentage against the 100% goal', () => {
    expect(goals.map((g) => [g.label, g.done, g.baseline, g.percent, g.goal])).toEqual([
      ['后进转化', 12, 36, 33.3, 100],
      ['一般提升', 4, 34, 11.8, 100],
      ['先进巩固', 17, 17, 100, 100],
    ]);
    expect(goals.map((g) => g.tier)).toEqual(['LAGGING', 'AVERAGE', 'ADVANCED']);
  });

  it('says what is left', () => {
    expect(remaining(goals[0])).toBe('距目标还差 24 个');
    expect(remaining(goals[2])).toBe('已实现目标');
    const none = tierGoals({
      baselineLagging: 0,
      transformedLagging: 0,
      baselineAverage: 0,
      liftedAverage: 0,
      baselineAdvanced: 0,
      keptAdvanced: 0,
    });
    expect(none[0].percent).toBeNull();
    expect(remaining(none[0])).toBe('年初无此类单位');
  });
});
