import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { searchQuery } from '@flagship/drizzle';
import { badInput } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { decodeCursor } from '../../core/pagination';

/** The longest search the API accepts, in characters, after trimming. */
export const MAX_SEARCH_LENGTH = 50;

/**
 * A prepared full-text search: the user's words (for highlighting) and the `to_tsquery('simple', …)` strings
 * for the whole text and for the title alone (every operand restricted to weight A).
 */
export interface TextSearch {
  text: string;
  query: string;
  titleQuery: string;
}

/**
 * Validates and prepares a search: undefined when there is none, null when it has nothing searchable (the caller
 * answers with no results), BAD_USER_INPUT when it is longer than MAX_SEARCH_LENGTH characters.
 */
export function prepareSearch(search: string | null | undefined): TextSearch | null | undefined {
  const text = search?.trim() ?? '';
  if (text === '') {
    return undefined;
  }
  if ([...text].length > MAX_SEARCH_LENGTH) {
    throw badInput({ search: `搜索词不能超过 ${MAX_SEARCH_LENGTH} 个字` });
  }
  const query = searchQuery(text);
  if (query === null) {
    return null;
  }
  const titleQuery = query
    .split(' & ')
    .map((part) => (part.endsWith(':*') ? `${part}A` : `${part}:A`))
    .join(' & ');
  return { text, query, titleQuery };
}

/** `vector @@ to_tsquery('simple', q)`: the form the GIN index on the vector serves. */
export function matches(vector: AnyPgColumn, search: TextSearch): SQL {
  return sql`${vector} @@ to_tsquery('simple', ${search.query})`;
}

/**
 * Relevance as a `real`: `ts_rank` (title tokens weigh A, body tokens C) plus 2 when the title alone matches,
 * so a title match always ranks above a body-only match (`ts_rank` never exceeds 1).
 */
export function relevance(vector: AnyPgColumn, search: TextSearch): SQL<number> {
  return sql<number>`(ts_rank(${vector}, to_tsquery('simple', ${search.query}))
    + case when ${vector} @@ to_tsquery('simple', ${search.titleQuery}) then 2 else 0 end)::real`.mapWith(Number);
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Decodes a `[relevance, createdAt, id]` cursor of a search result list; anything else is BAD_USER_INPUT. */
export function decodeRankCursor(after: string | null | undefined): [number, string, string] | null {
  const values = decodeCursor(after, 3);
  if (values === null) {
    return null;
  }
  const [rank, at, id] = values;
  if (
    typeof rank !== 'number' ||
    !Number.isFinite(rank) ||
    typeof at !== 'string' ||
    !ISO_TIME.test(at) ||
    Number.isNaN(Date.parse(at)) ||
    !isUuid(String(id))
  ) {
    throw badInput({ after: '分页游标无效或不属于当前排序方式' });
  }
  return [rank, at, String(id)];
}

/** `(relevance, createdAt, id) < cursor`: the keyset condition of a search list ordered by relevance, newest. */
export function afterRank(
  rank: SQL,
  createdAt: AnyPgColumn,
  id: AnyPgColumn,
  cursor: readonly (string | number)[],
): SQL {
  return sql`(${rank}, ${createdAt}, ${id}) < (${cursor[0]}::real, ${cursor[1]}::timestamptz, ${cursor[2]}::uuid)`;
}
