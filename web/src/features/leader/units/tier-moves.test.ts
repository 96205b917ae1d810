import { describe, expect, it } from 'vitest';
import { againstBaseline, baselineNote, tierChangeProblem } from './tier-moves';

describe('unit tiers', () => {
  it('compares the tier with the baseline of the year', () => {
    expect(againstBaseline('AVERAGE', 'LAGGING')).toBe('up');
    expect(againstBaseline('AVERAGE', 'ADVANCED')).toBe('down');
    expect(againstBaseline('LAGGING', 'LAGGING')).toBe('same');
    expect(baselineNote('ADVANCED', 'LAGGING')).toBe('已转化');
    expect(baselineNote('ADVANCED', 'AVERAGE')).toBe('已提升');
    expect(baselineNote('LAGGING', 'AVERAGE')).toBe('较年初下降');
    expect(baselineNote('AVERAGE', 'AVERAGE')).toBeNull();
  });

  it('needs a different tier and a reason', () => {
    expect(tierChangeProblem('LAGGING', null, '理由')).toMatch(/不同的等次/);
    expect(tierChangeProblem('LAGGING', 'LAGGING', '理由')).toMatch(/不同的等次/);
    expect(tierChangeProblem('LAGGING', 'AVERAGE', '  ')).toBe('调整等次须说明理由');
    expect(tierChangeProblem('LAGGING', 'AVERAGE', '整改到位')).toBeNull();
    expect(tierChangeProblem('LAGGING', 'AVERAGE', '字'.repeat(501))).toMatch(/500/);
  });
});
