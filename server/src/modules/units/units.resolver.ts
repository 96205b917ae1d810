import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { requireViewer } from '../../core/access';
import { unitById, unitPage } from './units.service';
import { toTierChange, toUnit, Unit, UnitConnection, UnitFilter, UnitTierChange } from './units.types';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => UnitConnection, { description: '单位列表（按组织树顺序）' })
  async units(
    @Ctx() ctx: Context,
    @Arg('filter', () => UnitFilter, { nullable: true }) filter?: UnitFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return UnitConnection.of(await unitPage(ctx, filter, first, after));
  }

  @Query(() => Unit, { nullable: true })
  async unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Unit | null> {
    const row = await unitById(ctx, id);
    return row ? toUnit(row) : null;
  }

  @FieldResolver(() => Unit, { nullable: true })
  async parent(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Unit | null> {
    const row = unit.parentId ? await ctx.loaders.unitById.load(unit.parentId) : null;
    return row ? toUnit(row) : null;
  }

  @FieldResolver(() => [Unit])
  async children(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Unit[]> {
    return (await ctx.loaders.unitChildren.load(unit.id)).map(toUnit);
  }

  @FieldResolver(() => [UnitTierChange], { description: '等次变更历史' })
  async tierHistory(@Root() unit: Unit, @Ctx() ctx: Context): Promise<UnitTierChange[]> {
    requireViewer(ctx.viewer);
    return (await ctx.loaders.unitTierChanges.load(unit.id)).map(toTierChange);
  }
}
