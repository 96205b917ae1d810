import { describe, expect, it } from 'vitest';
import {
  monthRange,
  parseInspectionQuery,
  parseRectificationQuery,
  toInspectionListFilter,
  toInspectionQuery,
  toRectificationListFilter,
  toRectificationQuery,
} from './list-filters';

describe('the lists behind the dashboard', () => {
  it('reads and writes the rectification filters', () => {
    const f = parseRectificationQuery({ status: 'OPEN,IN_PROGRESS,BAD', overdue: '1', town: 't1' });
    expect(f).toEqual({ status: ['OPEN', 'IN_PROGRESS'], overdue: true, townId: 't1', page: 1 });
    expect(parseRectificationQuery(toRectificationQuery(f) as never)).toEqual(f);
    expect(toRectificationListFilter(f)).toEqual({ status: ['OPEN', 'IN_PROGRESS'], overdue: true, townId: 't1' });
    expect(toRectificationQuery(parseRectificationQuery({}))).toEqual({});
  });

  it('reads and writes the inspection filters, dropping malformed dates', () => {
    const f = parseInspectionQuery({ kind: 'SPOT', from: '2026-07-01', to: '2026-07-31', unit: 'u1', page: '2' });
    expect(f).toEqual({ kind: ['SPOT'], from: '2026-07-01', to: '2026-07-31', unitId: 'u1', townId: null, page: 2 });
    expect(parseInspectionQuery(toInspectionQuery(f) as never)).toEqual(f);
    expect(toInspectionListFilter(f)).toEqual({ kind: ['SPOT'], from: '2026-07-01', to: '2026-07-31', unitId: 'u1' });
    const inTown = parseInspectionQuery({ town: 't1' });
    expect([inTown.townId, toInspectionListFilter(inTown)]).toEqual(['t1', { townId: 't1' }]);
    expect(parseInspectionQuery({ from: '7月' }).from).toBeNull();
  });

  it('knows the days of a month', () => {
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2028-02').to).toBe('2028-02-29');
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});
