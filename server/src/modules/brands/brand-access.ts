import type { Context } from '../../core/context';
import { ownsUnit } from '../../core/access';
import { notFound } from '../../core/errors';
import { requireViewer } from '../../core/access';
import { isUuid } from '../../core/ids';
import { isShowcaseStage } from './brand-rules';
import type { BrandRow } from './brands.repository';

/** May the viewer see this brand at all (its own unit's, a reader of everything, or a showcase brand)? */
export function canSeeBrand(ctx: Context, brand: BrandRow): boolean {
  return ownsUnit(ctx.viewer, brand.unitId) || isShowcaseStage(brand.stage);
}

/** May the viewer see the non-showcase parts (drafts, phone numbers, reasons, full timeline)? */
export function canSeeBrandPrivate(ctx: Context, brand: { unitId: string }): boolean {
  return ownsUnit(ctx.viewer, brand.unitId);
}

/** Loads a brand the viewer may see, else NOT_FOUND (a hidden brand is not revealed to exist). */
export async function visibleBrand(ctx: Context, id: string): Promise<BrandRow> {
  const row = isUuid(id) ? await ctx.loaders.brandById.load(id) : null;
  if (!row || !canSeeBrand(ctx, row)) {
    throw notFound('品牌');
  }
  return row;
}

/**
 * Loads a brand for a write: UNAUTHENTICATED for the public, NOT_FOUND if there is no such brand. The caller
 * then checks rights and answers FORBIDDEN, so a logged-in user learns why a write was refused.
 */
export async function brandForWrite(ctx: Context, id: string): Promise<BrandRow> {
  requireViewer(ctx.viewer);
  const row = isUuid(id) ? await ctx.loaders.brandById.load(id) : null;
  if (!row) {
    throw notFound('品牌');
  }
  return row;
}
