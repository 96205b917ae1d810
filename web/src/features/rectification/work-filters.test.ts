import { describe, expect, it } from 'vitest';
import type { LocationQuery } from 'vue-router';
import { myRectificationsPath, verifyPath } from './routes';
import {
  isNarrowed,
  myEmptyState,
  myFilters,
  stillMatching,
  toMyFilter,
  toVerifyFilter,
  verifyFilters,
} from './work-filters';

describe('the unit’s list in the URL', () => {
  it('starts with what still needs work, and round-trips every choice', () => {
    expect(myFilters.parse({})).toEqual({ view: 'todo', overdue: false, page: 1, id: null });
    const f = myFilters.parse({ view: 'waiting', overdue: '1', page: '3', id: 'r1' });
    expect(f).toEqual({ view: 'waiting', overdue: true, page: 3, id: 'r1' });
    expect(myFilters.parse(myFilters.toQuery(f) as LocationQuery)).toEqual(f);
    expect(myFilters.toQuery(myFilters.parse({}))).toEqual({});
  });

  it('ignores a hand-edited view', () => {
    expect(myFilters.parse({ view: 'nonsense', page: '-2' })).toMatchObject({ view: 'todo', page: 1 });
  });

  it('asks the server for the unit’s own items in the chosen statuses, never for the opened item’s id', () => {
    expect(toMyFilter(myFilters.parse({}), 'u1')).toEqual({ unitId: 'u1', status: ['OPEN', 'IN_PROGRESS'] });
    expect(toMyFilter(myFilters.parse({ view: 'all', overdue: '1' }), 'u1')).toEqual({ unitId: 'u1', overdue: true });
    expect(toMyFilter(myFilters.parse({ view: 'verified', id: 'r1' }), 'u1')).toEqual({
      unitId: 'u1',
      status: ['VERIFIED'],
    });
  });

  it('counts another view or the overdue switch as narrowing the list, not the page count or an opened item', () => {
    const narrowed = (query: LocationQuery) => isNarrowed(myFilters, myFilters.parse(query));
    expect(narrowed({ page: '2' })).toBe(false);
    expect(narrowed({ id: 'r1' })).toBe(false);
    expect(narrowed({ view: 'all' })).toBe(true);
    expect(narrowed({ overdue: '1', id: 'r1' })).toBe(true);
  });

  it('says nothing is left to do only when nothing narrows the to-do view', () => {
    expect(myEmptyState(myFilters.parse({})).title).toBe('没有需要处理的整改事项');
    expect(myEmptyState(myFilters.parse({})).hint).toContain('待核验');
    expect(myEmptyState(myFilters.parse({ overdue: '1' })).title).toBe('没有符合条件的整改事项');
    expect(myEmptyState(myFilters.parse({ view: 'verified' }))).toEqual({
      title: '没有符合条件的整改事项',
      hint: '换一个筛选条件看看。',
    });
  });
});

describe('the verification queue', () => {
  it('holds only items marked done, optionally the overdue ones', () => {
    expect(toVerifyFilter(verifyFilters.parse({}))).toEqual({ status: ['DONE'] });
    expect(toVerifyFilter(verifyFilters.parse({ overdue: '1', id: 'r9' }))).toEqual({
      status: ['DONE'],
      overdue: true,
    });
    const f = verifyFilters.parse({ overdue: '1', page: '2', id: 'r9' });
    expect(f).toEqual({ overdue: true, page: 2, id: 'r9' });
    expect(verifyFilters.parse(verifyFilters.toQuery(f) as LocationQuery)).toEqual(f);
    expect(isNarrowed(verifyFilters, verifyFilters.parse({ id: 'r9' }))).toBe(false);
    expect(isNarrowed(verifyFilters, f)).toBe(true);
  });

  it('is linked from a to-do with the item opened', () => {
    expect(verifyPath('r 1')).toBe('/workspace/verify?id=r%201');
    expect(verifyPath()).toBe('/workspace/verify');
    expect(myRectificationsPath('r1')).toBe('/workspace/my-rectifications?id=r1');
    expect(verifyFilters.parse({ id: 'r 1' }).id).toBe('r 1');
  });
});

describe('stillMatching', () => {
  it('takes the items judged or answered in place off the count', () => {
    const shown = [{ status: 'DONE' as const }, { status: 'VERIFIED' as const }, { status: 'OPEN' as const }];
    expect(stillMatching(4, shown, ['DONE'])).toBe(2);
    expect(stillMatching(4, shown, ['OPEN', 'IN_PROGRESS', 'DONE'])).toBe(3);
    expect(stillMatching(4, shown, [])).toBe(4);
    expect(stillMatching(4, shown, null)).toBe(4);
    expect(stillMatching(0, shown, ['DONE'])).toBe(0);
  });
});
