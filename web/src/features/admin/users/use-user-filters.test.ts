import { describe, expect, it } from 'vitest';
import { isUserFiltered, NO_USER_FILTERS, parseUserQuery, toUserFilter, toUserQuery } from './use-user-filters';

describe('the user list filters', () => {
  it('round-trip through the URL, leaving defaults out', () => {
    const f = {
      search: '胡',
      role: ['UNIT' as const, 'ADMIN' as const],
      unitId: 'u1',
      status: 'disabled' as const,
      page: 2,
    };
    const query = toUserQuery(f);
    expect(query).toEqual({ q: '胡', role: ['UNIT', 'ADMIN'], unit: 'u1', status: 'disabled', page: '2' });
    expect(parseUserQuery(query as never)).toEqual(f);
    expect(toUserQuery(NO_USER_FILTERS)).toEqual({});
  });

  it('ignore what a hand-edited URL gets wrong', () => {
    expect(parseUserQuery({ role: 'BOSS,UNIT', status: 'gone', page: '-3' })).toEqual({
      ...NO_USER_FILTERS,
      role: ['UNIT'],
    });
  });

  it('become the GraphQL filter, with the status as disabled true or false', () => {
    expect(toUserFilter(NO_USER_FILTERS)).toEqual({});
    expect(toUserFilter({ ...NO_USER_FILTERS, status: 'active', search: ' unit ' })).toEqual({
      search: 'unit',
      disabled: false,
    });
    expect(toUserFilter({ ...NO_USER_FILTERS, status: 'disabled', unitId: 'u1' })).toEqual({
      unitId: 'u1',
      disabled: true,
    });
    expect(isUserFiltered(NO_USER_FILTERS)).toBe(false);
    expect(isUserFiltered({ ...NO_USER_FILTERS, status: 'active' })).toBe(true);
  });
});
