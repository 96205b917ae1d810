import { describe, expect, it } from 'vitest';
import {
  isFiltered,
  NO_FILTERS,
  parseBrandQuery,
  SHOWCASE_STAGES,
  toBrandFilter,
  toBrandQuery,
  withPatch,
} from './use-brand-filters';

describe('brand directory filters in the URL', () => {
  it('reads every filter from the query, repeated or comma-separated', () => {
    const f = parseBrandQuery({
      q: ' 党旗 ',
      stage: ['NAMED', 'PROMOTED'],
      level: 'CITY,NATIONAL',
      category: 'SERVICE',
      town: 'town-1',
      page: '3',
    });
    expect(f).toEqual({
      search: '党旗',
      stage: ['NAMED', 'PROMOTED'],
      level: ['NATIONAL', 'CITY'],
      category: ['SERVICE'],
      townId: 'town-1',
      sortByLevel: false,
      page: 3,
    });
  });

  it('ignores what is malformed or not shown to the public', () => {
    const f = parseBrandQuery({ stage: ['DECLARED', 'WITHDRAWN', 'nope'], level: 'X', page: '-2', q: null });
    expect(f).toEqual(NO_FILTERS);
    expect(parseBrandQuery({ page: '2.5' }).page).toBe(1);
    expect(parseBrandQuery({ page: '9999' }).page).toBe(50);
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    expect(toBrandQuery(NO_FILTERS)).toEqual({});
    const f = { ...NO_FILTERS, search: '调解', level: ['PROVINCE' as const], townId: 't', page: 2 };
    const query = toBrandQuery(f);
    expect(query).toEqual({ q: '调解', level: ['PROVINCE'], town: 't', page: '2' });
    expect(parseBrandQuery(query as Parameters<typeof parseBrandQuery>[0])).toEqual(f);
  });

  it('asks the server for showcase stages only unless some are chosen', () => {
    expect(toBrandFilter(NO_FILTERS)).toEqual({ stage: [...SHOWCASE_STAGES] });
    expect(
      toBrandFilter({ ...NO_FILTERS, search: ' 红 ', stage: ['BUILDING'], category: ['PROGRAM'], townId: 't' }),
    ).toEqual({
      search: '红',
      stage: ['BUILDING'],
      category: ['PROGRAM'],
      townId: 't',
    });
  });

  it('starts again from the first page when a filter changes', () => {
    const current = { ...NO_FILTERS, page: 4 };
    expect(withPatch(current, { level: ['CITY'] }).page).toBe(1);
    expect(withPatch(current, { page: 5 }).page).toBe(5);
    expect(isFiltered(current)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, townId: 't' })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, search: '  ' })).toBe(false);
  });

  it('keeps the level sort in the URL', () => {
    expect(toBrandQuery({ ...NO_FILTERS, sortByLevel: true })).toEqual({ sort: 'level' });
    expect(parseBrandQuery({ sort: 'level' }).sortByLevel).toBe(true);
    expect(parseBrandQuery({ sort: 'nonsense' }).sortByLevel).toBe(false);
  });
});
