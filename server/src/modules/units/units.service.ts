import type { Context } from '../../core/context';
import { requireViewer } from '../../core/access';
import { decodeCursor, pageSize, toPage, type Page } from '../../core/connection';
import { isUuid } from '../../core/ids';
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
  if (filter?.parentId && !isUuid(filter.parentId)) {
    // an id that is not a UUID names no unit (and must not reach SQL as a uuid)
    return toPage(
      [],
      limit,
      () => [],
      toUnit,
      async () => 0,
    );
  }
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

/** One unit, for logged-in users; null when no unit has this id. */
export async function unitById(ctx: Context, id: string): Promise<UnitRow | null> {
  requireViewer(ctx.viewer);
  return isUuid(id) ? ctx.loaders.unitById.load(id) : null;
}
