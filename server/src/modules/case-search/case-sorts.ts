import { desc, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { modelCases, type Level } from '@flagship/drizzle';
import type { ModelCaseSort } from '../../core/enums';
import { decodeCursor } from '../../core/pagination';
import { badInput } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { relevance, type TextSearch } from './text-search';

/** NEWEST, MOST_VIEWED, LEVEL or RELEVANCE (the GraphQL enum `ModelCaseSort`). */
export type CaseSort = keyof typeof ModelCaseSort;

/** A case row as listed: its columns plus the relevance when searching. */
export interface SortableCase {
  id: string;
  level: Level | null;
  viewCount: number;
  publishedAt: Date | null;
  createdAt: Date;
  rank?: number;
}

type Part = 'time' | 'uuid' | 'int' | 'real';

interface SortKey {
  sql: SQL | AnyColumn;
  part: Part;
  of: (row: SortableCase) => string | number;
}

/** Sorting rank of a level: national 4 … county 1, none 0. */
export const LEVEL_RANK: Record<Level, number> = { NATIONAL: 4, PROVINCE: 3, CITY: 2, COUNTY: 1 };

const levelRank = sql`(case ${modelCases.level} when 'NATIONAL' then 4 when 'PROVINCE' then 3
  when 'CITY' then 2 when 'COUNTY' then 1 else 0 end)`;

/** Unpublished cases (null publishedAt) sort after every published one. */
const NEVER = '-infinity';
const published = sql`coalesce(${modelCases.publishedAt}, '-infinity'::timestamptz)`;

const NEWEST: SortKey[] = [
  { sql: published, part: 'time', of: (r) => r.publishedAt?.toISOString() ?? NEVER },
  { sql: modelCases.createdAt, part: 'time', of: (r) => r.createdAt.toISOString() },
  { sql: modelCases.id, part: 'uuid', of: (r) => r.id },
];

/** The sort keys of each order, all descending; the last is always the id, so the order is total. */
function keysOf(sort: CaseSort, search: TextSearch | undefined): SortKey[] {
  switch (sort) {
    case 'NEWEST':
      return NEWEST;
    case 'MOST_VIEWED':
      return [
        { sql: modelCases.viewCount, part: 'int', of: (r) => r.viewCount },
        { sql: modelCases.id, part: 'uuid', of: (r) => r.id },
      ];
    case 'LEVEL':
      return [{ sql: levelRank, part: 'int', of: (r) => (r.level ? LEVEL_RANK[r.level] : 0) }, ...NEWEST];
    case 'RELEVANCE':
      if (!search) {
        return NEWEST;
      }
      return [{ sql: relevance(modelCases.searchVector, search), part: 'real', of: (r) => r.rank ?? 0 }, ...NEWEST];
  }
}

/** The order actually used: RELEVANCE without a search falls back to NEWEST; the default follows the search. */
export function effectiveSort(sort: CaseSort | null | undefined, search: TextSearch | undefined): CaseSort {
  const wanted = sort ?? (search ? 'RELEVANCE' : 'NEWEST');
  return wanted === 'RELEVANCE' && !search ? 'NEWEST' : wanted;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function fits(value: string | number, part: Part): boolean {
  switch (part) {
    case 'time':
      return value === NEVER || (typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value)));
    case 'uuid':
      return typeof value === 'string' && isUuid(value);
    case 'int':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'real':
      return typeof value === 'number' && Number.isFinite(value);
  }
}

const CAST: Record<Part, SQL> = {
  time: sql`timestamptz`,
  uuid: sql`uuid`,
  int: sql`int`,
  real: sql`real`,
};

/** A sort order over model cases: ORDER BY, the keyset condition after a cursor, and the cursor of a row. */
export class CaseOrder {
  private readonly keys: SortKey[];

  constructor(
    readonly sort: CaseSort,
    search: TextSearch | undefined,
  ) {
    this.keys = keysOf(sort, search);
  }

  orderBy(): SQL[] {
    return this.keys.map((k) => desc(k.sql));
  }

  /** The values a cursor after `row` encodes: the sort's name, then its keys. */
  cursorOf(row: SortableCase): (string | number)[] {
    return [this.sort, ...this.keys.map((k) => k.of(row))];
  }

  /** Decodes `after`: a cursor of another sort, or one this server did not make, is BAD_USER_INPUT. */
  decode(after: string | null | undefined): (string | number)[] | null {
    const values = decodeCursor(after, this.keys.length + 1);
    if (values === null) {
      return null;
    }
    const [sort, ...rest] = values;
    if (sort !== this.sort || !rest.every((v, i) => fits(v, this.keys[i].part))) {
      throw badInput({ after: '分页游标无效或不属于当前排序方式' });
    }
    return rest;
  }

  /** Rows strictly after the cursor values in this order. */
  after(values: (string | number)[]): SQL {
    const cols = sql.join(
      this.keys.map((k) => sql`${k.sql}`),
      sql`, `,
    );
    const vals = sql.join(
      values.map((v, i) => sql`${v}::${CAST[this.keys[i].part]}`),
      sql`, `,
    );
    return sql`(${cols}) < (${vals})`;
  }
}
