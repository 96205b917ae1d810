import { describe, expect, it } from 'vitest';
import { compareSides, type ComparedSide, type ScoredItem } from './comparison';

const item = (itemId: string, title: string, maxScore: number, score: number): ScoredItem => ({
  itemId,
  title,
  section: null,
  maxScore,
  score,
});

function side(items: ScoredItem[], templateVersion = 1, templateId = 't'): ComparedSide {
  return {
    templateId,
    templateVersion,
    score: items.reduce((s, i) => s + i.score, 0),
    maxScore: items.reduce((s, i) => s + i.maxScore, 0),
    items,
  };
}

describe('compareSides', () => {
  it('matches by item id on the same version and flags gaps of at least 20% of the maximum', () => {
    const self = side([item('a', '有名称', 10, 10), item('b', '标识墙牌', 20, 20), item('c', '档案', 50, 40)]);
    const inspector = side([item('a', '有名称', 10, 8), item('b', '标识墙牌', 20, 17), item('c', '档案', 50, 45)]);
    const { rows, totals } = compareSides(self, inspector);
    expect(rows.map((r) => [r.title, r.selfScore, r.inspectorScore, r.maxScore, r.difference, r.flagged])).toEqual([
      ['有名称', 10, 8, 10, 2, true],
      ['标识墙牌', 20, 17, 20, 3, false],
      ['档案', 40, 45, 50, -5, false],
    ]);
    expect(totals).toEqual({
      selfScore: 70,
      selfMaxScore: 80,
      inspectorScore: 70,
      inspectorMaxScore: 80,
      difference: 0,
      flaggedCount: 1,
    });
  });

  it('matches by title across versions, scaling the self score when the maxima differ', () => {
    const self = side([item('a1', '有名称', 10, 10), item('x1', '旧项', 5, 5)], 1);
    const inspector = side([item('a2', '有名称', 20, 12), item('n2', '新项', 10, 6)], 2);
    const { rows, totals } = compareSides(self, inspector);
    expect(rows.map((r) => [r.title, r.selfScore, r.inspectorScore, r.maxScore, r.difference, r.flagged])).toEqual([
      ['有名称', 10, 12, 20, 8, true],
      ['新项', null, 6, 10, null, false],
      ['旧项', 5, null, 5, null, false],
    ]);
    expect(totals.difference).toBe(15 * (30 / 15) - 18);
  });

  it('matches by title between different templates, and by id (not title) on the same version', () => {
    const byTitle = compareSides(side([item('a', '有名称', 10, 4)]), side([item('z', '有名称', 10, 9)], 1, 'other'));
    expect(byTitle.rows.map((r) => [r.selfScore, r.inspectorScore, r.difference])).toEqual([[4, 9, -5]]);
    // Same template and version: the ids decide, so two items that share nothing but a title stay apart.
    const byId = compareSides(side([item('a', '同名', 10, 4)]), side([item('b', '同名', 10, 9)]));
    expect(byId.rows.map((r) => [r.selfScore, r.inspectorScore])).toEqual([
      [null, 9],
      [4, null],
    ]);
  });

  it('gives nulls for a missing side and nothing when both are missing', () => {
    const only = compareSides(null, side([item('a', '有名称', 10, 8)]));
    expect(only.rows).toEqual([
      {
        title: '有名称',
        section: null,
        selfScore: null,
        inspectorScore: 8,
        selfMaxScore: null,
        inspectorMaxScore: 10,
        maxScore: 10,
        difference: null,
        flagged: false,
      },
    ]);
    expect(only.totals).toMatchObject({ selfScore: null, inspectorScore: 8, difference: null, flaggedCount: 0 });
    expect(compareSides(null, null)).toEqual({
      rows: [],
      totals: {
        selfScore: null,
        selfMaxScore: null,
        inspectorScore: null,
        inspectorMaxScore: null,
        difference: null,
        flaggedCount: 0,
      },
    });
  });
});
