import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { badInput } from './errors';

/** Cursor values: the sort key(s) and the id of the last row of a page, opaque to clients. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Decodes a cursor, or BAD_USER_INPUT for anything this server did not make. */
export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | null {
  if (cursor === null || cursor === undefined || cursor === '') {
    return null;
  }
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw badInput({ after: '分页游标无效' });
}

/** `(a, b) < (x, y)` for descending keyset pagination, `>` for ascending. */
export function keysetAfter(columns: AnyColumn[], values: (string | number)[], direction: 'asc' | 'desc'): SQL {
  const cols = sql.join(
    columns.map((c) => sql`${c}`),
    sql`, `,
  );
  const vals = sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
  return direction === 'desc' ? sql`(${cols}) < (${vals})` : sql`(${cols}) > (${vals})`;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What each value of a cursor must be. */
export type CursorPart = 'time' | 'uuid' | 'int' | 'text';

function fits(value: string | number, part: CursorPart): boolean {
  switch (part) {
    case 'time':
      return typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'int':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'text':
      return typeof value === 'string';
  }
}

/**
 * Decodes a cursor whose values must be of the given kinds, so a forged cursor is BAD_USER_INPUT rather than
 * an SQL error.
 */
export function decodeTypedCursor(cursor: string | null | undefined, parts: CursorPart[]): (string | number)[] | null {
  const values = decodeCursor(cursor, parts.length);
  if (values && !values.every((v, i) => fits(v, parts[i]))) {
    throw badInput({ after: '分页游标无效' });
  }
  return values;
}
