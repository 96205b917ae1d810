import { describe, expect, it } from 'vitest';
import { describeChange, diffSegments, diffSummary, readable, segments } from './plan-diff';

describe('the diff between two plan revisions', () => {
  it('splits text into lines and sentences, keeping the punctuation', () => {
    expect(segments('一是建强阵地；二是丰富载体。\n三是强化督查')).toEqual([
      '一是建强阵地；',
      '二是丰富载体。',
      '三是强化督查',
    ]);
    expect(segments(null)).toEqual([]);
    expect(segments('  \n')).toEqual([]);
  });

  it('marks kept, removed and added pieces in reading order', () => {
    expect(diffSegments(['甲；', '乙；', '丙。'], ['甲；', '丁；', '丙。'])).toEqual([
      { kind: 'same', text: '甲；' },
      { kind: 'removed', text: '乙；' },
      { kind: 'added', text: '丁；' },
      { kind: 'same', text: '丙。' },
    ]);
    expect(diffSegments([], ['新'])).toEqual([{ kind: 'added', text: '新' }]);
    expect(diffSegments(['旧'], [])).toEqual([{ kind: 'removed', text: '旧' }]);
  });

  it('describes a field filled in for the first time, one emptied, and one rewritten', () => {
    expect(
      describeChange({ field: 'liaisonLeader', label: '联系领导', before: null, after: '周晓燕，副部长' }),
    ).toMatchObject({
      kind: 'added',
      parts: [{ kind: 'added', text: '周晓燕，副部长' }],
    });
    expect(describeChange({ field: 'concept', label: '理念', before: '支部引领', after: null }).kind).toBe('removed');
    const goals = describeChange({
      field: 'goals',
      label: '创建目标',
      before: '覆盖全村。',
      after: '覆盖全村。满意率95%。',
    });
    expect(goals.kind).toBe('changed');
    expect(goals.parts).toEqual([
      { kind: 'same', text: '覆盖全村。' },
      { kind: 'added', text: '满意率95%。' },
    ]);
  });

  it('compares list fields line by line and shows milestone dates in Chinese', () => {
    const d = describeChange({
      field: 'milestones',
      label: '创建计划节点',
      before: '建阵地｜议事厅｜2026-03-31｜权重 30\n办讲堂｜｜2026-06-30｜权重 70',
      after: '建阵地｜议事厅｜2026-03-31｜权重 30\n办讲堂｜讲堂 4 期｜2026-07-31｜权重 70',
    });
    expect(d.lines).toBe(true);
    expect(d.parts).toEqual([
      { kind: 'same', text: '建阵地 · 议事厅 · 2026年3月31日 · 权重 30' },
      { kind: 'removed', text: '办讲堂 · 2026年6月30日 · 权重 70' },
      { kind: 'added', text: '办讲堂 · 讲堂 4 期 · 2026年7月31日 · 权重 70' },
    ]);
    expect(readable('endDate', '2026-12-31')).toBe('2026年12月31日');
  });

  it('sums up what changed', () => {
    const diffs = [
      describeChange({ field: 'goals', label: '创建目标', before: '甲。', after: '乙。' }),
      describeChange({ field: 'identity', label: '标识', before: null, after: '红旗' }),
    ];
    expect(diffSummary(diffs)).toEqual({ fields: 2, added: 2, removed: 1 });
  });
});
