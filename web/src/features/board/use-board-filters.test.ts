import { describe, expect, it } from 'vitest';
import {
  isFiltered,
  parseBoardQuery,
  toBoardQuery,
  toRectificationFilter,
  withPatch,
  type BoardFilters,
} from './use-board-filters';

const none: BoardFilters = { status: null, overdue: false, townId: null, unitId: null };

describe('board filters in the URL', () => {
  it('reads an empty query as the whole public board', () => {
    expect(parseBoardQuery({})).toEqual(none);
    expect(toBoardQuery(none)).toEqual({});
    expect(toRectificationFilter(none)).toEqual({ publicOnly: true });
    expect(isFiltered(none)).toBe(false);
  });

  it('round-trips every filter through the query', () => {
    const filters: BoardFilters = { status: 'IN_PROGRESS', overdue: true, townId: 't1', unitId: 'u1' };
    const query = toBoardQuery(filters);
    expect(query).toEqual({ status: 'IN_PROGRESS', overdue: '1', town: 't1', unit: 'u1' });
    expect(parseBoardQuery(query as Record<string, string>)).toEqual(filters);
    expect(isFiltered(filters)).toBe(true);
  });

  it('ignores malformed values instead of breaking the page', () => {
    expect(parseBoardQuery({ status: 'CLOSED', overdue: 'yes', town: '' })).toEqual(none);
    expect(parseBoardQuery({ status: ['DONE', 'OPEN'], overdue: ['1'] })).toMatchObject({
      status: 'DONE',
      overdue: true,
    });
  });

  it('always asks the server for public items only, with the chosen filters', () => {
    expect(toRectificationFilter({ status: 'OPEN', overdue: true, townId: 't1', unitId: null })).toEqual({
      publicOnly: true,
      status: ['OPEN'],
      overdue: true,
      townId: 't1',
    });
  });

  it('drops the chosen unit when another town is chosen, and keeps it otherwise', () => {
    const current: BoardFilters = { status: 'OPEN', overdue: false, townId: 't1', unitId: 'u1' };
    expect(withPatch(current, { townId: 't2' })).toEqual({ ...current, townId: 't2', unitId: null });
    expect(withPatch(current, { townId: 't1' })).toEqual(current);
    expect(withPatch(current, { overdue: true })).toEqual({ ...current, overdue: true });
    expect(withPatch(current, { townId: 't2', unitId: 'u2' })).toEqual({ ...current, townId: 't2', unitId: 'u2' });
  });
});
