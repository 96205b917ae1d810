import type { Database } from '@flagship/drizzle';
import type { Context } from '../../core/context';
import { notFound } from '../../core/errors';
import { clientKeyOf } from '../rectifications/public-reviews.service';
import { visibleCase } from './case-access';
import { countView } from './cases.repository';

/**
 * Counts a reader's visit to a case: once per client (a keyed hash of its address, never the address) per day,
 * so reloading cannot inflate the count. Only published cases are counted — a unit or leader reading a draft is
 * not a view — but any case the viewer may see answers its count. Returns the count after the visit.
 */
export async function recordCaseView(ctx: Context, id: string): Promise<number> {
  const row = await visibleCase(ctx, id);
  if (!row) {
    throw notFound('典型案例');
  }
  if (row.status !== 'PUBLISHED') {
    return row.viewCount;
  }
  const clientKey = clientKeyOf(ctx.clientIp);
  return ctx.db.transaction((tx) => countView(tx as unknown as Database, row.id, clientKey, ctx.today));
}
