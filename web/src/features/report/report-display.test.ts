import { describe, expect, it } from 'vitest';
import {
  averageRate,
  reportableCases,
  levelChanges,
  personLine,
  ratingLine,
  scoreLine,
  stageChanges,
  tally,
  verificationLine,
} from './report-display';

describe('acceptance report display', () => {
  it('writes people, scores and ratings as one line each', () => {
    expect(personLine({ name: '胡敏霞', title: '村党支部书记', phone: '13800000000' })).toBe(
      '胡敏霞（村党支部书记，13800000000）',
    );
    expect(personLine({ name: '李四', title: null, phone: ' ' })).toBe('李四');
    expect(personLine(null)).toBe('—');
    expect(scoreLine(86, 100)).toBe('86 / 100（86%）');
    expect(scoreLine(43.5, 50)).toBe('43.5 / 50（87%）');
    expect(ratingLine({ total: 0, satisfied: 0, basicallySatisfied: 0, unsatisfied: 0 })).toBe('暂无评议');
    expect(ratingLine({ total: 4, satisfied: 3, basicallySatisfied: 1, unsatisfied: 0 })).toBe(
      '满意 3 · 基本满意 1 · 不满意 0',
    );
  });

  it('says whether a rectification is verified, and by whom', () => {
    expect(
      verificationLine({
        status: 'VERIFIED',
        verifiedAt: '2026-03-01T02:00:00Z',
        verifiedBy: { displayName: '王督查' },
      }),
    ).toMatch(/^已核验（王督查，/);
    expect(verificationLine({ status: 'DONE', doneAt: '2026-03-01T02:00:00Z' })).toMatch(/待督查员核验$/);
    expect(verificationLine({ status: 'OPEN' })).toBe('未核验');
  });

  it('counts by status in the labels’ order and averages score rates', () => {
    const labels = { PENDING: '未开始', IN_PROGRESS: '推进中', DONE: '已完成' };
    const items = [{ s: 'DONE' }, { s: 'PENDING' }, { s: 'DONE' }];
    expect(tally(items, (i) => i.s, labels)).toBe('未开始 1 / 已完成 2');
    expect(averageRate([])).toBeNull();
    expect(
      averageRate([
        { score: 80, maxScore: 100 },
        { score: 45, maxScore: 50 },
      ]),
    ).toBe(85);
  });
});

describe('stage and level history lines', () => {
  it('lists stage changes with dates and level recognitions with their issuer and document', () => {
    expect(
      stageChanges([
        { fromStage: null, toStage: 'DECLARED', at: '2026-01-05T02:00:00Z' },
        { fromStage: 'DECLARED', toStage: 'CULTIVATING', at: '2026-02-01T02:00:00Z' },
      ]),
    ).toMatch(/^2026年\d+月\d+日 申报；2026.*申报→培育$/);
    expect(
      levelChanges([{ toLevel: 'CITY', evidence: '市委组织部文件', issuer: '市委组织部', recognizedOn: '2026-05-01' }]),
    ).toMatch(/^市级（市委组织部 2026.*，市委组织部文件）$/);
    expect(levelChanges([{ toLevel: 'COUNTY', evidence: '县委文件' }])).toBe('县级（县委文件）');
  });
});

describe('reportableCases', () => {
  it('lists published and submitted cases and only counts drafts and returned ones', () => {
    const cases = ['PUBLISHED', 'DRAFT', 'SUBMITTED', 'RETURNED'].map((status, i) => ({ id: `c${i}`, status }));
    expect(reportableCases(cases)).toEqual({ listed: [cases[0], cases[2]], unfinished: 2 });
    expect(reportableCases([])).toEqual({ listed: [], unfinished: 0 });
  });
});
