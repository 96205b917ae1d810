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
