import { ownsUnit, readsEverything } from '../../core/access';
import type { Context } from '../../core/context';
import { decodeCursor, pageSize, toPage, type Page } from '../../core/connection';
import { isValidDay } from '../../core/dates';
import { badInput } from '../../core/errors';
import { isUuid } from '../../core/ids';
import type { RectificationFilter } from './rectifications.inputs';
import {
  countRectifications,
  listRectifications,
  type RectificationQuery,
  type RectificationRow,
} from './rectifications.repository';
import { toRectification, type Rectification } from './rectifications.types';

/** May the viewer see this item at all: public items to everyone, the rest to its unit and readers of everything. */
export function canSeeRectification(ctx: Context, row: { public: boolean; unitId: string }): boolean {
  return row.public || ownsUnit(ctx.viewer, row.unitId);
}

/** May the viewer see the private parts (phone numbers, history)? Its own unit and readers of everything. */
export function canSeeRectificationPrivate(ctx: Context, row: { unitId: string }): boolean {
  return ownsUnit(ctx.viewer, row.unitId);
}

/** Decodes a `[deadline, id]` cursor; anything this server did not make is BAD_USER_INPUT. */
function decodeDeadlineCursor(after: string | null | undefined): (string | number)[] | null {
  const cursor = decodeCursor(after, 2);
  if (cursor && !(typeof cursor[0] === 'string' && isValidDay(cursor[0]) && isUuid(String(cursor[1])))) {
    throw badInput({ after: '分页游标无效' });
  }
  return cursor;
}

function emptyPage(limit: number): Page<Rectification> {
  return toPage(
    [],
    limit,
    () => [],
    (r: RectificationRow) => toRectification(r, ''),
    async () => 0,
  );
}

/**
 * Rectifications the viewer may see, filtered, earliest deadline first. The public sees only public items whatever
 * the filter says; a unit sees its own and the public ones of others; leaders, inspectors and admins see all.
 */
export async function rectificationPage(
  ctx: Context,
  filter: RectificationFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<Rectification>> {
  const limit = pageSize(first);
  const cursor = decodeDeadlineCursor(after);
  const ids = [filter?.unitId, filter?.townId, filter?.brandId].filter((v) => v !== null && v !== undefined);
  if (!ids.every(isUuid)) {
    return emptyPage(limit);
  }
  let withinPath: string | null = null;
  if (filter?.townId) {
    const town = await ctx.loaders.unitById.load(filter.townId);
    if (!town) {
      return emptyPage(limit);
    }
    withinPath = town.path;
  }
  const v = ctx.viewer;
  const q: RectificationQuery = {
    status: filter?.status,
    overdue: filter?.overdue,
    publicOnly: filter?.publicOnly,
    unitId: filter?.unitId,
    brandId: filter?.brandId,
    withinPath,
    today: ctx.today,
    everything: readsEverything(v),
    ownUnitId: v?.role === 'UNIT' ? v.unitId : null,
  };
  const rows = await listRectifications(ctx.db, q, limit, cursor);
  rows.forEach((r) => ctx.loaders.rectificationById.prime(r.id, r));
  return toPage(
    rows,
    limit,
    (r) => [r.deadline, r.id],
    (r) => toRectification(r, ctx.today),
    () => countRectifications(ctx.db, q),
  );
}

/** The item if the viewer may see it, else null (a hidden item is not revealed to exist). */
export async function findRectification(ctx: Context, id: string): Promise<RectificationRow | null> {
  const row = isUuid(id) ? await ctx.loaders.rectificationById.load(id) : null;
  return row && canSeeRectification(ctx, row) ? row : null;
}
