import { BRAND_STAGES, LEVELS, type BrandStage } from '@flagship/drizzle';
import { describe, expect, it } from 'vitest';
import {
  healthOf,
  HEALTH_RULE,
  isShowcaseStage,
  levelRank,
  progressOf,
  PROGRESS_FORMULA,
  SHOWCASE_STAGES,
  STAGE_TRANSITIONS,
  transitionNeedsNote,
  type MilestoneStats,
} from './brand-rules';

/** The transitions PRODUCT.md allows: forward along the stages, back from acceptance, withdraw until withdrawn. */
const ALLOWED: [BrandStage, BrandStage][] = [
  ['DECLARED', 'CULTIVATING'],
  ['CULTIVATING', 'BUILDING'],
  ['BUILDING', 'ACCEPTANCE'],
  ['ACCEPTANCE', 'NAMED'],
  ['ACCEPTANCE', 'BUILDING'],
  ['NAMED', 'PROMOTED'],
  ['DECLARED', 'WITHDRAWN'],
  ['CULTIVATING', 'WITHDRAWN'],
  ['BUILDING', 'WITHDRAWN'],
  ['ACCEPTANCE', 'WITHDRAWN'],
  ['NAMED', 'WITHDRAWN'],
  ['PROMOTED', 'WITHDRAWN'],
];

const allowed = (from: BrandStage, to: BrandStage) => STAGE_TRANSITIONS[from].includes(to);

function stats(partial: Partial<MilestoneStats>): MilestoneStats {
  return { brandId: 'b', total: 1, totalWeight: 100, doneWeight: 0, overdue: 0, maxOverdueDays: 0, ...partial };
}

describe('STAGE_TRANSITIONS', () => {
  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(allowed(from, to)).toBe(true);
  });

  it('allows nothing else (every other pair of stages is refused)', () => {
    const isListed = (from: BrandStage, to: BrandStage) => ALLOWED.some(([f, t]) => f === from && t === to);
    for (const from of BRAND_STAGES) {
      for (const to of BRAND_STAGES) {
        expect(allowed(from, to), `${from} → ${to}`).toBe(isListed(from, to));
      }
    }
  });

  it.each([
    ['DECLARED', 'BUILDING'],
    ['DECLARED', 'NAMED'],
    ['CULTIVATING', 'DECLARED'],
    ['NAMED', 'DECLARED'],
    ['NAMED', 'ACCEPTANCE'],
    ['PROMOTED', 'NAMED'],
    ['BUILDING', 'BUILDING'],
  ] as [BrandStage, BrandStage][])('refuses %s → %s', (from, to) => {
    expect(allowed(from, to)).toBe(false);
  });

  it('lets nothing out of WITHDRAWN', () => {
    expect(STAGE_TRANSITIONS.WITHDRAWN).toEqual([]);
    for (const to of BRAND_STAGES) {
      expect(allowed('WITHDRAWN', to)).toBe(false);
    }
  });

  it('has an entry for every stage', () => {
    expect(Object.keys(STAGE_TRANSITIONS).sort()).toEqual([...BRAND_STAGES].sort());
  });
});

describe('transitionNeedsNote', () => {
  it('asks for a reason when withdrawing and when acceptance sends a brand back', () => {
    expect(transitionNeedsNote('DECLARED', 'WITHDRAWN')).toBe(true);
    expect(transitionNeedsNote('PROMOTED', 'WITHDRAWN')).toBe(true);
    expect(transitionNeedsNote('ACCEPTANCE', 'BUILDING')).toBe(true);
  });

  it('does not for forward moves', () => {
    expect(transitionNeedsNote('DECLARED', 'CULTIVATING')).toBe(false);
    expect(transitionNeedsNote('BUILDING', 'ACCEPTANCE')).toBe(false);
    expect(transitionNeedsNote('ACCEPTANCE', 'NAMED')).toBe(false);
  });
});

describe('showcase stages', () => {
  it('shows everything past DECLARED except WITHDRAWN', () => {
    expect(BRAND_STAGES.filter(isShowcaseStage)).toEqual(SHOWCASE_STAGES);
    expect(isShowcaseStage('DECLARED')).toBe(false);
    expect(isShowcaseStage('WITHDRAWN')).toBe(false);
    expect(isShowcaseStage('CULTIVATING')).toBe(true);
  });
});

describe('progressOf', () => {
  it('is 0 without an approved plan or without weight', () => {
    expect(progressOf(null)).toBe(0);
    expect(progressOf(stats({ total: 0, totalWeight: 0, doneWeight: 0 }))).toBe(0);
  });

  it('is the weighted share of done milestones in percent', () => {
    expect(progressOf(stats({ totalWeight: 100, doneWeight: 50 }))).toBe(50);
    expect(progressOf(stats({ totalWeight: 40, doneWeight: 10 }))).toBe(25);
    expect(progressOf(stats({ totalWeight: 80, doneWeight: 80 }))).toBe(100);
  });

  it('rounds to one decimal', () => {
    expect(progressOf(stats({ totalWeight: 3, doneWeight: 1 }))).toBe(33.3);
    expect(progressOf(stats({ totalWeight: 3, doneWeight: 2 }))).toBe(66.7);
  });

  it('publishes its formula', () => {
    expect(PROGRESS_FORMULA).toContain('权重');
    expect(PROGRESS_FORMULA).toContain('已批准');
  });
});

describe('healthOf', () => {
  const none = { milestones: null, rectifications: null, lastInspection: null };
  const ms = (over: Partial<MilestoneStats>) => ({ ...none, milestones: stats(over) });

  it('is GREEN with nothing overdue, open or badly scored (or nothing known yet)', () => {
    expect(healthOf(none)).toEqual({ status: 'GREEN', reasons: [] });
    expect(healthOf(ms({ overdue: 0 }))).toEqual({ status: 'GREEN', reasons: [] });
    expect(
      healthOf({
        ...none,
        rectifications: { open: 0, overdue: 0 },
        lastInspection: { score: 80, maxScore: 100, date: '2026-11-01' },
      }),
    ).toEqual({ status: 'GREEN', reasons: [] });
  });

  it('is AMBER with one milestone overdue up to 30 days', () => {
    expect(healthOf(ms({ overdue: 1, maxOverdueDays: 1 }))).toEqual({
      status: 'AMBER',
      reasons: ['1 个创建计划节点逾期'],
    });
    expect(healthOf(ms({ overdue: 1, maxOverdueDays: 30 })).status).toBe('AMBER');
  });

  it('is RED from 31 days overdue, or with two or more overdue milestones', () => {
    expect(healthOf(ms({ overdue: 1, maxOverdueDays: 31 }))).toEqual({
      status: 'RED',
      reasons: ['1 个创建计划节点逾期，最长逾期 31 天'],
    });
    expect(healthOf(ms({ overdue: 2, maxOverdueDays: 3 }))).toEqual({
      status: 'RED',
      reasons: ['2 个创建计划节点逾期'],
    });
  });

  it('is AMBER with open rectifications and RED once one is overdue', () => {
    expect(healthOf({ ...none, rectifications: { open: 2, overdue: 0 } })).toEqual({
      status: 'AMBER',
      reasons: ['2 个整改事项尚未核验'],
    });
    expect(healthOf({ ...none, rectifications: { open: 3, overdue: 1 } })).toEqual({
      status: 'RED',
      reasons: ['1 个整改事项逾期未完成', '2 个整改事项尚未核验'],
    });
  });

  it('is AMBER below 80% and RED below 60% at the last inspection', () => {
    const scored = (score: number) =>
      healthOf({ ...none, lastInspection: { score, maxScore: 50, date: '2026-10-09' } });
    expect(scored(40).status).toBe('GREEN');
    expect(scored(39.5)).toEqual({ status: 'AMBER', reasons: ['最近一次督查（2026-10-09）得分率 79%'] });
    expect(scored(30).status).toBe('AMBER');
    expect(scored(29.5).status).toBe('RED');
  });

  it('publishes its rule', () => {
    expect(HEALTH_RULE).toMatch(/红色.*黄色.*绿色/);
    expect(HEALTH_RULE).toContain('30 天');
    expect(HEALTH_RULE).toContain('整改');
    expect(HEALTH_RULE).toContain('60%');
  });
});

describe('levelRank', () => {
  it('orders the levels county < city < province < national, with no level below all', () => {
    expect(levelRank(null)).toBe(-1);
    const ranks = LEVELS.map(levelRank);
    expect(ranks).toEqual([0, 1, 2, 3]);
    expect(levelRank('COUNTY')).toBeLessThan(levelRank('CITY'));
    expect(levelRank('PROVINCE')).toBeLessThan(levelRank('NATIONAL'));
  });
});
