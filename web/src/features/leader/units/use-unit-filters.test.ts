import { describe, expect, it } from 'vitest';
import { isUnitFiltered, NO_UNIT_FILTERS, parseUnitQuery, toUnitFilter, toUnitQuery } from './use-unit-filters';

describe('units page filters in the URL', () => {
  it('reads every filter, ignoring what is malformed', () => {
    expect(
      parseUnitQuery({
        q: ' 村 ',
        kind: 'VILLAGE,COMMUNITY',
        tier: ['LAGGING', 'nope'],
        baseline: 'LAGGING',
        town: 't1',
        page: '2',
      }),
    ).toEqual({
      search: '村',
      kind: ['VILLAGE', 'COMMUNITY'],
      tier: ['LAGGING'],
      baselineTier: ['LAGGING'],
      parentId: 't1',
      page: 2,
    });
    expect(parseUnitQuery({ tier: 'BAD', page: 'x' })).toEqual(NO_UNIT_FILTERS);
  });

  it('writes only what differs from the defaults and reads back what it wrote', () => {
    expect(toUnitQuery(NO_UNIT_FILTERS)).toEqual({});
    const f = {
      search: '桃源',
      kind: ['VILLAGE' as const],
      tier: ['ADVANCED' as const],
      baselineTier: ['AVERAGE' as const],
      parentId: 't1',
      page: 3,
    };
    expect(parseUnitQuery(toUnitQuery(f) as never)).toEqual(f);
  });

  it('asks GraphQL (and the export) for the same filter', () => {
    expect(toUnitFilter(NO_UNIT_FILTERS)).toEqual({});
    expect(toUnitFilter({ ...NO_UNIT_FILTERS, tier: ['LAGGING'], parentId: 't1' })).toEqual({
      tier: ['LAGGING'],
      parentId: 't1',
    });
    expect(isUnitFiltered(NO_UNIT_FILTERS)).toBe(false);
    expect(isUnitFiltered({ ...NO_UNIT_FILTERS, tier: ['AVERAGE'] })).toBe(true);
    expect(toUnitFilter({ ...NO_UNIT_FILTERS, baselineTier: ['LAGGING'] })).toEqual({ baselineTier: ['LAGGING'] });
    expect(isUnitFiltered({ ...NO_UNIT_FILTERS, baselineTier: ['LAGGING'] })).toBe(true);
  });
});
