import { describe, expect, it } from 'vitest';
import {
  EMPTY_CASE_QUERY,
  isNarrowed,
  parseCaseQuery,
  toCaseFilter,
  toCaseQuery,
  toggled,
  withChange,
  type CaseQuery,
} from './use-case-filters';

describe('case library state in the URL', () => {
  it('reads an empty query as the whole library, newest first, page 1', () => {
    expect(parseCaseQuery({})).toEqual(EMPTY_CASE_QUERY);
    expect(toCaseQuery(EMPTY_CASE_QUERY)).toEqual({});
    expect(toCaseFilter(EMPTY_CASE_QUERY)).toEqual({});
    expect(isNarrowed(EMPTY_CASE_QUERY)).toBe(false);
  });

  it('round-trips search, facets, sort and page', () => {
    const state: CaseQuery = {
      q: '党旗',
      level: ['PROVINCE', 'NATIONAL'],
      category: ['PROGRAM'],
      year: 2025,
      tag: '乡村振兴',
      unit: 'town-1',
      sort: 'RELEVANCE',
      page: 3,
    };
    const query = toCaseQuery(state);
    expect(query).toEqual({
      q: '党旗',
      level: ['PROVINCE', 'NATIONAL'],
      category: ['PROGRAM'],
      year: '2025',
      tag: '乡村振兴',
      unit: 'town-1',
      sort: 'RELEVANCE',
      page: '3',
    });
    expect(parseCaseQuery(query as Record<string, string | string[]>)).toEqual(state);
    expect(toCaseFilter(state)).toEqual({
      search: '党旗',
      level: ['PROVINCE', 'NATIONAL'],
      category: ['PROGRAM'],
      year: 2025,
      tag: '乡村振兴',
      unitId: 'town-1',
    });
    expect(isNarrowed(state)).toBe(true);
  });

  it('ignores malformed values and trims the search to what the server accepts', () => {
    const parsed = parseCaseQuery({
      q: `  ${'党'.repeat(60)}  `,
      level: ['PROVINCE', 'GALAXY', 'PROVINCE'],
      category: 'NONE',
      year: '20x5',
      page: '-2',
      sort: 'RANDOM',
    });
    expect(parsed.q).toHaveLength(50);
    expect(parsed.level).toEqual(['PROVINCE']);
    expect(parsed.category).toEqual([]);
    expect(parsed.year).toBeNull();
    expect(parsed.page).toBe(1);
    expect(parsed.sort).toBeNull();
  });

  it('has no relevance sort without a search', () => {
    expect(parseCaseQuery({ sort: 'RELEVANCE' }).sort).toBeNull();
    const searching = { ...EMPTY_CASE_QUERY, q: '党旗', sort: 'RELEVANCE' as const };
    expect(withChange(searching, { q: '' }).sort).toBeNull();
    expect(withChange(searching, { q: '调解' }).sort).toBe('RELEVANCE');
  });

  it('starts again at page 1 on any change but a page change', () => {
    const onPage3 = { ...EMPTY_CASE_QUERY, page: 3 };
    expect(withChange(onPage3, { year: 2024 }).page).toBe(1);
    expect(withChange(onPage3, { sort: 'MOST_VIEWED' }).page).toBe(1);
    expect(withChange(onPage3, { page: 4 }).page).toBe(4);
  });

  it('toggles a value of a multi-valued facet', () => {
    expect(toggled(['CITY'], 'PROVINCE')).toEqual(['CITY', 'PROVINCE']);
    expect(toggled(['CITY', 'PROVINCE'], 'CITY')).toEqual(['PROVINCE']);
  });
});
