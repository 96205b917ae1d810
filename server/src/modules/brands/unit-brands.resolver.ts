import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { pageSize, toPage } from '../../core/connection';
import { nestedKey } from '../../core/nested-page';
import { Unit } from '../units/units.types';
import type { BrandRow } from './brands.repository';
import { brandPage } from './brands.service';
import { BrandConnection, toBrand } from './brands.types';

/** The brands module's field on Unit: a later page queries directly, the first pages of a list are batched. */
@Resolver(() => Unit)
export class UnitBrandsResolver {
  @FieldResolver(() => BrandConnection, { description: '本单位的品牌（按可见范围，由新到旧）' })
  async brands(
    @Root() unit: Unit,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    if (after) {
      return BrandConnection.of(await brandPage(ctx, { unitId: unit.id }, first, after));
    }
    const limit = pageSize(first);
    const ids = await ctx.loaders.unitBrandPages.load(nestedKey(unit.id, limit));
    const rows = (await ctx.loaders.brandById.loadMany(ids)).filter(
      (r): r is BrandRow => r !== null && !(r instanceof Error),
    );
    return BrandConnection.of(
      toPage(
        rows,
        limit,
        (r) => [r.createdAt.toISOString(), r.id],
        toBrand,
        () => ctx.loaders.unitBrandCounts.load(unit.id),
      ),
    );
  }
}
