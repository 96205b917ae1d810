import { describe, expect, it } from 'vitest';
import { caseAction, parseMyCasesQuery, returnReason, toMyCasesFilter, toMyCasesQuery } from './my-cases';

describe('我的案例 filters', () => {
  it('reads the status and page from the URL, ignoring values that are not statuses', () => {
    expect(parseMyCasesQuery({ status: 'RETURNED,BOGUS,DRAFT', page: '3' })).toEqual({
      status: ['DRAFT', 'RETURNED'],
      page: 3,
    });
    expect(parseMyCasesQuery({})).toEqual({ status: [], page: 1 });
  });

  it('writes them back and asks for the unit’s own cases', () => {
    expect(toMyCasesQuery({ status: ['RETURNED'], page: 1 })).toEqual({ status: 'RETURNED' });
    expect(toMyCasesFilter('u1', { status: [], page: 1 })).toEqual({ unitId: 'u1' });
    expect(toMyCasesFilter('u1', { status: ['SUBMITTED'], page: 2 })).toEqual({ unitId: 'u1', status: ['SUBMITTED'] });
  });
});

describe('a case row', () => {
  it('shows the latest return reason only while the case is returned', () => {
    const reviews = [
      { decision: 'RETURN', comment: '做法太笼统', createdAt: '2026-01-01T00:00:00Z' },
      { decision: 'RETURN', comment: '补充成效数据', createdAt: '2026-02-01T00:00:00Z' },
    ];
    expect(returnReason({ status: 'RETURNED', reviews })).toBe('补充成效数据');
    expect(returnReason({ status: 'SUBMITTED', reviews })).toBeNull();
    expect(caseAction('RETURNED')).toBe('按意见修改');
    expect(caseAction('PUBLISHED')).toBe('查看');
  });
});
