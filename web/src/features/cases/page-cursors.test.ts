import { describe, expect, it } from 'vitest';
import { CursorCache, cursorAt, type CursorFetcher } from './page-cursors';

/** A list of `length` items whose cursors are their positions. */
function list(length: number) {
  const calls: [number, string | null][] = [];
  const fetch: CursorFetcher = async (first, after) => {
    calls.push([first, after]);
    const start = after ? Number(after) : 0;
    const end = Math.min(length, start + first);
    return { endCursor: end > start ? String(end) : null, hasNextPage: end < length };
  };
  return { fetch, calls };
}

describe('finding where page N begins', () => {
  it('needs no request for the first page', async () => {
    const { fetch, calls } = list(44);
    expect(await cursorAt(0, fetch)).toBeNull();
    expect(calls).toEqual([]);
  });

  it('asks once for a page within the first hundred items', async () => {
    const { fetch, calls } = list(44);
    expect(await cursorAt(36, fetch)).toBe('36');
    expect(calls).toEqual([[36, null]]);
  });

  it('walks a hundred items at a time beyond that', async () => {
    const { fetch, calls } = list(500);
    expect(await cursorAt(240, fetch)).toBe('240');
    expect(calls).toEqual([
      [100, null],
      [100, '100'],
      [40, '200'],
    ]);
  });

  it('answers the end of the list for a page past its end, so that page is empty rather than the first', async () => {
    expect(await cursorAt(48, list(44).fetch)).toBe('44');
    const { fetch, calls } = list(150);
    expect(await cursorAt(240, fetch)).toBe('150');
    expect(calls).toHaveLength(2);
  });

  it('remembers cursors per list and offset', () => {
    const cache = new CursorCache();
    cache.set('a', 12, 'c12');
    expect(cache.get('a', 0)).toBeNull();
    expect(cache.get('a', 12)).toBe('c12');
    expect(cache.get('b', 12)).toBeUndefined();
  });
});
