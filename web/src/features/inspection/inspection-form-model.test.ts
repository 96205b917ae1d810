import { describe, expect, it } from 'vitest';
import {
  addDays,
  emptyForm,
  formatScore,
  groupBySection,
  hasContent,
  keepKnownScores,
  localDay,
  newFinding,
  scoreTotals,
  todayInChina,
} from './inspection-form-model';

const items = [
  { id: 'a', title: '有名称', section: '五有', maxScore: 10 },
  { id: 'b', title: '有标识', section: '五有', maxScore: 10 },
  { id: 'c', title: '群众评价', section: null, maxScore: 20.5 },
];

describe('scoreTotals', () => {
  it('sums what is scored so far against the whole maximum', () => {
    expect(scoreTotals(items, {})).toEqual({ total: 0, max: 40.5, scored: 0, count: 3, percent: 0 });
    const t = scoreTotals(items, {
      a: { score: 8, note: '' },
      c: { score: 10.25, note: '' },
      x: { score: 99, note: '' },
    });
    expect(t).toEqual({ total: 18.25, max: 40.5, scored: 2, count: 3, percent: 45.1 });
  });

  it('does not count an unscored item and rounds away floating point noise', () => {
    const t = scoreTotals(items, {
      a: { score: 0.1, note: '' },
      b: { score: 0.2, note: '' },
      c: { score: null, note: 'x' },
    });
    expect([t.total, t.scored]).toEqual([0.3, 2]);
    expect(scoreTotals([], {}).percent).toBe(0);
  });
});

describe('form helpers', () => {
  it('adds calendar days across months and years', () => {
    expect(addDays('2025-12-15', 30)).toBe('2026-01-14');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('gives a new finding a deadline 30 days after the inspection, public by default, each with its own key', () => {
    const a = newFinding('2025-06-01');
    const b = newFinding('');
    expect(a).toMatchObject({ deadline: '2025-07-01', public: true, problem: '' });
    expect(b.deadline).toBe('');
    expect(a.key).not.toBe(b.key);
  });

  it('writes scores without trailing zeros', () => {
    expect([formatScore(8), formatScore(7.456), formatScore(null)]).toEqual(['8', '7.46', '—']);
  });

  it('reads a date picker’s local date without a time zone shift', () => {
    expect(localDay(new Date(2025, 0, 31))).toBe('2025-01-31');
  });

  it('takes today in Beijing, not in UTC', () => {
    expect(todayInChina(new Date('2025-06-01T17:00:00Z'))).toBe('2025-06-02');
  });

  it('groups items by section in checklist order', () => {
    expect(groupBySection(items).map((g) => [g.section, g.items.map((i) => i.id)])).toEqual([
      ['五有', ['a', 'b']],
      ['检查项', ['c']],
    ]);
  });

  it('keeps only scores of items still in the checklist', () => {
    const kept = keepKnownScores({ a: { score: 1, note: '' }, gone: { score: 2, note: '' } }, items);
    expect(kept).toEqual({ scores: { a: { score: 1, note: '' } }, dropped: 1 });
  });

  it('knows whether the user has typed anything worth keeping', () => {
    const form = emptyForm({ kind: 'SPOT', unitId: 'u', brandId: 'b', date: '2025-06-01' });
    expect(hasContent(form)).toBe(false);
    expect(hasContent({ ...form, scores: { a: { score: null, note: '' } } })).toBe(false);
    expect(hasContent({ ...form, scores: { a: { score: 0, note: '' } } })).toBe(true);
    expect(hasContent({ ...form, summary: '良好' })).toBe(true);
  });
});
