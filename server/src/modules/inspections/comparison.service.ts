import { ownsUnit, requireViewer } from '../../core/access';
import type { Context } from '../../core/context';
import { badInput, forbidden } from '../../core/errors';
import { visibleBrand } from '../brands/brand-access';
import { COMPARISON_RULE, compareSides, type ComparedSide } from './comparison';
import { InspectionComparison } from './comparison.types';
import { latestInspection, type InspectionRow } from './inspections.repository';
import { toInspection } from './inspections.types';

async function sideOf(ctx: Context, row: InspectionRow | null): Promise<ComparedSide | null> {
  if (!row) {
    return null;
  }
  const scored = await ctx.loaders.inspectionItemsByInspectionId.load(row.id);
  return {
    templateId: row.templateId,
    templateVersion: row.templateVersion,
    score: row.score,
    maxScore: row.maxScore,
    items: scored.map(({ scored: s, item }) => ({
      itemId: item.id,
      title: item.title,
      section: item.section,
      maxScore: item.maxScore,
      score: s.score,
    })),
  };
}

/**
 * A brand's latest self-inspection and latest inspector's check (REGULAR or SPOT) within [from, to], side by
 * side, for the brand's own unit and for leaders, inspectors and admins.
 */
export async function inspectionComparison(
  ctx: Context,
  brandId: string,
  from: string,
  to: string,
): Promise<InspectionComparison> {
  requireViewer(ctx.viewer);
  const brand = await visibleBrand(ctx, brandId);
  if (!ownsUnit(ctx.viewer, brand.unitId)) {
    throw forbidden('只能查看本单位品牌的自查与督查对照');
  }
  if (from > to) {
    throw badInput({ to: '结束日期不能早于开始日期' });
  }
  const [self, inspector] = await Promise.all([
    latestInspection(ctx.db, brand.id, ['SELF'], from, to),
    latestInspection(ctx.db, brand.id, ['REGULAR', 'SPOT'], from, to),
  ]);
  const { rows, totals } = compareSides(await sideOf(ctx, self), await sideOf(ctx, inspector));
  return Object.assign(new InspectionComparison(), {
    brandId: brand.id,
    from,
    to,
    selfInspection: self ? toInspection(self) : null,
    inspectorInspection: inspector ? toInspection(inspector) : null,
    rows,
    totals,
    rule: COMPARISON_RULE,
  });
}
