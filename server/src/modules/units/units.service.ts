import type { Context } from '../../core/context';
import { requireViewer } from '../../core/access';
import { decodeCursor, pageSize, toPage, type Page } from '../../core/connection';
import { notFound } from '../../core/errors';
import { countUnits, listUnits, type UnitQuery, type UnitRow } from './units.repository';
import { toUnit, type Unit, type UnitFilter } from './units.types';

/** Units, for logged-in users, in tree order. */
export async function unitPage(
  ctx: Context,
  filter: UnitFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Page<Unit>> {
  requireViewer(ctx.viewer);
  const limit = pageSize(first);
  const cursor = decodeCursor(after, 1);
  const q: UnitQuery = { ...filter, search: filter?.search?.trim() || null };
  const rows = await listUnits(ctx.db, q, limit, cursor);
  rows.forEach((r) => ctx.loaders.unitById.prime(r.id, r));
  return toPage(
    rows,
    limit,
    (r) => [r.path],
    toUnit,
    () => countUnits(ctx.db, q),
  );
}

/** One unit, for logged-in users. */
export async function unitById(ctx: Context, id: string): Promise<UnitRow> {
  requireViewer(ctx.viewer);
  const row = await ctx.loaders.unitById.load(id);
  if (!row) {
    throw notFound('单位');
  }
  return row;
}
