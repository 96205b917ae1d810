import { describe, expect, it } from 'vitest';
import { daysPast, latestComments, overdueText, ratingShares, todayInChina } from './rectification-display';

describe('rectification display', () => {
  it('takes today in Beijing, not in UTC', () => {
    expect(todayInChina(new Date('2026-11-25T16:30:00Z'))).toBe('2026-11-26');
    expect(todayInChina(new Date('2026-11-25T15:59:00Z'))).toBe('2026-11-25');
  });

  it('counts whole days past the deadline, across months and years', () => {
    expect(daysPast('2026-11-20', '2026-11-26')).toBe(6);
    expect(daysPast('2026-12-31', '2027-01-02')).toBe(2);
    expect(daysPast('2026-11-26', '2026-11-26')).toBe(0);
    expect(daysPast('2026-12-01', '2026-11-26')).toBe(-5);
    expect(overdueText('2026-10-27', '2026-11-26')).toBe('已逾期 30 天');
    expect(overdueText('2026-11-26', '2026-11-26')).toBe('已逾期');
  });

  it('gives each rating its count and share', () => {
    expect(ratingShares({ total: 8, satisfied: 5, basicallySatisfied: 2, unsatisfied: 1 })).toEqual([
      { rating: 'SATISFIED', count: 5, percent: 62.5 },
      { rating: 'BASICALLY_SATISFIED', count: 2, percent: 25 },
      { rating: 'UNSATISFIED', count: 1, percent: 12.5 },
    ]);
    expect(
      ratingShares({ total: 0, satisfied: 0, basicallySatisfied: 0, unsatisfied: 0 }).map((s) => s.percent),
    ).toEqual([0, 0, 0]);
  });

  it('keeps only reviews with a comment, newest first', () => {
    const reviews = [
      { id: '1', comment: null },
      { id: '2', comment: '整改很实在' },
      { id: '3', comment: '  ' },
      { id: '4', comment: '满意' },
      { id: '5', comment: '还行' },
      { id: '6', comment: '更早的' },
    ];
    expect(latestComments(reviews).map((r) => r.id)).toEqual(['2', '4', '5']);
  });
});
