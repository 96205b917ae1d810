import { describe, expect, it } from 'vitest';
import type { LocationQuery } from 'vue-router';
import { myRectificationsPath, verifyPath } from './routes';
import { parseMyQuery, parseVerifyQuery, toMyFilter, toMyQuery, toVerifyFilter, toVerifyQuery } from './work-filters';

describe('the unit’s list in the URL', () => {
  it('starts with what still needs work, and round-trips every choice', () => {
    expect(parseMyQuery({})).toEqual({ view: 'todo', overdue: false, page: 1, id: null });
    const f = parseMyQuery({ view: 'waiting', overdue: '1', page: '3', id: 'r1' });
    expect(f).toEqual({ view: 'waiting', overdue: true, page: 3, id: 'r1' });
    expect(parseMyQuery(toMyQuery(f) as LocationQuery)).toEqual(f);
    expect(toMyQuery(parseMyQuery({}))).toEqual({});
  });

  it('ignores a hand-edited view', () => {
    expect(parseMyQuery({ view: 'nonsense', page: '-2' })).toMatchObject({ view: 'todo', page: 1 });
  });

  it('asks the server for the unit’s own items in the chosen statuses', () => {
    expect(toMyFilter(parseMyQuery({}), 'u1')).toEqual({ unitId: 'u1', status: ['OPEN', 'IN_PROGRESS'] });
    expect(toMyFilter(parseMyQuery({ view: 'all', overdue: '1' }), 'u1')).toEqual({ unitId: 'u1', overdue: true });
    expect(toMyFilter(parseMyQuery({ view: 'verified' }), 'u1')).toEqual({ unitId: 'u1', status: ['VERIFIED'] });
  });
});

describe('the verification queue', () => {
  it('holds only items marked done, optionally the overdue ones', () => {
    expect(toVerifyFilter(parseVerifyQuery({}))).toEqual({ status: ['DONE'] });
    expect(toVerifyFilter(parseVerifyQuery({ overdue: '1' }))).toEqual({ status: ['DONE'], overdue: true });
    const f = parseVerifyQuery({ overdue: '1', page: '2', id: 'r9' });
    expect(parseVerifyQuery(toVerifyQuery(f) as LocationQuery)).toEqual(f);
  });

  it('is linked from a to-do with the item opened', () => {
    expect(verifyPath('r 1')).toBe('/workspace/verify?id=r%201');
    expect(verifyPath()).toBe('/workspace/verify');
    expect(myRectificationsPath('r1')).toBe('/workspace/my-rectifications?id=r1');
  });
});
