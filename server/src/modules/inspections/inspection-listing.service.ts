import { ownsUnit, requireViewer } from '../../core/access';
import type { Context } from '../../core/context';
import { decodeCursor, pageSize, toPage, type Page } from '../../core/connection';
import { isValidDay } from '../../core/dates';
import { badInput } from '../../core/errors';
import { isUuid } from '../../core/ids';
import type { Brand } from '../brands/brands.types';
import type { InspectionFilter } from './inspections.inputs';
import { countInspections, listInspections, type InspectionQuery, type InspectionRow } from './inspections.repository';
import { toInspection, type Inspection } from './inspections.types';

/** Decodes a `[date, id]` cursor; anything else is BAD_USER_INPUT. */
function decodeDateIdCursor(after: string | null | undefined): (string | number)[] | null {
  const cursor = decodeCursor(after, 2);
  if (cursor && !(typeof cursor[0] === 'string' && isValidDay(cursor[0]) && isUuid(String(cursor[1])))) {
    throw badInput({ after: '分页游标无效' });
  }
  return cursor;
}

function emptyPage(limit: number): Page<Inspection> {
  return toPage<InspectionRow, Inspection>(
    [],
    limit,
    () => [],
    toInspection,
    async () => 0,
  );
}

async function page(
  ctx: Context,
  q: InspectionQuery,
  limit: number,
  after: string | null | undefined,
): Promise<Page<Inspection>> {
  const cursor = decodeDateIdCursor(after);
  const rows = await listInspections(ctx.db, q, limit, cursor);
  rows.forEach((r) => ctx.loaders.inspectionById.prime(r.id, r));
  return toPage(
    rows,
    limit,
    (r) => [r.date, r.id],
    toInspection,
    () => countInspections(ctx.db, q),
  );
}

/**
 * Inspections for logged-in users, newest first: a unit sees its own unit's only, everyone else all of them.
 * Filter ids that name nothing give an empty page.
 */
export async function inspectionPage(
  ctx: Context,
  filter: InspectionFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<Inspection>> {
  const viewer = requireViewer(ctx.viewer);
  const limit = pageSize(first);
  if (filter?.from && filter.to && filter.from > filter.to) {
    throw badInput({ to: '结束日期不能早于开始日期' });
  }
  const ownUnitId = viewer.role === 'UNIT' ? viewer.unitId : null;
  const badId = [filter?.brandId, filter?.unitId, filter?.townId].some((id) => id && !isUuid(id));
  if (badId || (ownUnitId && filter?.unitId && filter.unitId !== ownUnitId) || (viewer.role === 'UNIT' && !ownUnitId)) {
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
  const q: InspectionQuery = {
    kind: filter?.kind,
    brandId: filter?.brandId,
    unitId: ownUnitId ?? filter?.unitId,
    from: filter?.from,
    to: filter?.to,
    withinPath,
  };
  return page(ctx, q, limit, after);
}

/**
 * One inspection for a logged-in viewer, with the list's visibility: a unit sees only its own unit's
 * inspections; an id that names nothing, or one the viewer may not see, gives null.
 */
export async function findInspection(ctx: Context, id: string): Promise<InspectionRow | null> {
  const viewer = requireViewer(ctx.viewer);
  const row = isUuid(id) ? await ctx.loaders.inspectionById.load(id) : null;
  return row && ownsUnit(viewer, row.unitId) ? row : null;
}

/** A brand's inspections: none for the public (inspections are not public) nor for other units. */
export async function brandInspectionPage(
  ctx: Context,
  brand: Brand,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<Inspection>> {
  const limit = pageSize(first);
  const viewer = ctx.viewer;
  if (!viewer || (viewer.role === 'UNIT' && viewer.unitId !== brand.unitId)) {
    return emptyPage(limit);
  }
  return page(ctx, { brandId: brand.id }, limit, after);
}
