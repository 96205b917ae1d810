import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { Brand, toBrand } from '../brands/brands.types';
import { Inspection, toInspection } from '../inspections/inspections.types';
import { toUnit, Unit } from '../units/units.types';
import { toUser, User } from '../users/users.types';
import { drawSpotChecks, pendingSpotChecks, spotCheckDrawPage } from './spot-checks.service';
import {
  SpotCheckDraw,
  SpotCheckDrawConnection,
  SpotCheckDrawItem,
  toSpotCheckDraw,
  toSpotCheckDrawItem,
} from './spot-checks.types';

@Resolver(() => SpotCheckDraw)
export class SpotCheckDrawResolver {
  @Mutation(() => SpotCheckDraw, {
    description: '抽查抽签（督查员）：按权重不放回抽取 count 个品牌；不给种子时随机选取并记录',
  })
  async drawSpotChecks(
    @Arg('count', () => Int) count: number,
    @Ctx() ctx: Context,
    @Arg('seed', () => Int, { nullable: true }) seed?: number,
  ): Promise<SpotCheckDraw> {
    return toSpotCheckDraw(await drawSpotChecks(ctx, count, seed));
  }

  @Query(() => SpotCheckDrawConnection, { description: '抽查抽签记录（督查员、领导、管理员），由新到旧' })
  async spotCheckDraws(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return SpotCheckDrawConnection.of(await spotCheckDrawPage(ctx, first, after));
  }

  @Query(() => [SpotCheckDrawItem], { description: '待抽查的品牌（尚未完成检查），最早的抽签在前' })
  async pendingSpotChecks(@Ctx() ctx: Context): Promise<SpotCheckDrawItem[]> {
    return (await pendingSpotChecks(ctx)).map(toSpotCheckDrawItem);
  }

  @FieldResolver(() => User, { description: '抽签人' })
  async drawnBy(@Root() draw: SpotCheckDraw, @Ctx() ctx: Context): Promise<User | null> {
    const row = draw.drawnById ? await ctx.loaders.userById.load(draw.drawnById) : null;
    return row ? toUser(row) : null;
  }

  @FieldResolver(() => [SpotCheckDrawItem], { description: '抽中的品牌及权重，按抽中顺序' })
  async items(@Root() draw: SpotCheckDraw, @Ctx() ctx: Context): Promise<SpotCheckDrawItem[]> {
    return (await ctx.loaders.spotCheckDrawItemsByDrawId.load(draw.id)).map(toSpotCheckDrawItem);
  }

  @FieldResolver(() => [Brand], { description: '抽中的品牌，按抽中顺序' })
  async brands(@Root() draw: SpotCheckDraw, @Ctx() ctx: Context): Promise<Brand[]> {
    const items = await ctx.loaders.spotCheckDrawItemsByDrawId.load(draw.id);
    const rows = await Promise.all(items.map((i) => ctx.loaders.brandById.load(i.brandId)));
    return rows.filter((r) => r !== null).map(toBrand);
  }
}

@Resolver(() => SpotCheckDrawItem)
export class SpotCheckDrawItemResolver {
  @FieldResolver(() => Brand)
  async brand(@Root() item: SpotCheckDrawItem, @Ctx() ctx: Context): Promise<Brand> {
    return toBrand((await ctx.loaders.brandById.load(item.brandId))!);
  }

  @FieldResolver(() => Unit)
  async unit(@Root() item: SpotCheckDrawItem, @Ctx() ctx: Context): Promise<Unit> {
    return toUnit((await ctx.loaders.unitById.load(item.unitId))!);
  }

  @FieldResolver(() => Inspection, { nullable: true, description: '完成抽查的检查记录' })
  async inspection(@Root() item: SpotCheckDrawItem, @Ctx() ctx: Context): Promise<Inspection | null> {
    const row = item.inspectionId ? await ctx.loaders.inspectionById.load(item.inspectionId) : null;
    return row ? toInspection(row) : null;
  }
}
