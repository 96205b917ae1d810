import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { BrandStage as BrandStageValue, Level as LevelValue } from '@flagship/drizzle';
import { FIVE_HAVES } from '@flagship/drizzle';
import type { Context } from '../../core/context';
import { BrandStage, Level } from '../../core/enums';
import { DateScalar } from '../../core/scalars';
import { toUnit, Unit } from '../units/units.types';
import { canSeeBrandPrivate } from './brand-access';
import { HEALTH_RULE, healthOf, PROGRESS_FORMULA, progressOf } from './brand-rules';
import {
  BrandFilter,
  BrandSort,
  CreateBrandInput,
  FiveHaveInput,
  UpdateBrandInput,
  type BrandSortValue,
} from './brands.inputs';
import {
  brandPage,
  changeBrandStage,
  createBrand,
  findBrand,
  promoteBrandLevel,
  setFiveHave,
  updateBrand,
} from './brands.service';
import {
  Brand,
  BrandConnection,
  FiveHaveStatus,
  Health,
  LevelChange,
  ProgressDetail,
  StageChange,
  toBrand,
  toLevelChange,
  toStageChange,
} from './brands.types';

@Resolver(() => Brand)
export class BrandResolver {
  @Query(() => BrandConnection, { description: '品牌列表：公众只见展示中的品牌，创建单位另见本单位全部品牌' })
  async brands(
    @Ctx() ctx: Context,
    @Arg('filter', () => BrandFilter, { nullable: true }) filter?: BrandFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('sort', () => BrandSort, { nullable: true, defaultValue: 'NEWEST' }) sort?: BrandSortValue,
  ) {
    return BrandConnection.of(await brandPage(ctx, filter, first, after, sort));
  }

  @Query(() => Brand, { nullable: true })
  async brand(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Brand | null> {
    const row = await findBrand(ctx, id);
    return row ? toBrand(row) : null;
  }

  @Mutation(() => Brand, { description: '申报品牌（创建单位为本单位；管理员为任一单位）' })
  async createBrand(@Arg('input', () => CreateBrandInput) input: CreateBrandInput, @Ctx() ctx: Context) {
    return toBrand(await createBrand(ctx, input));
  }

  @Mutation(() => Brand)
  async updateBrand(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateBrandInput) input: UpdateBrandInput,
    @Ctx() ctx: Context,
  ) {
    return toBrand(await updateBrand(ctx, id, version, input));
  }

  @Mutation(() => Brand, { description: '变更创建阶段（领导）；只允许规定的阶段转换' })
  async changeBrandStage(
    @Arg('id', () => ID) id: string,
    @Arg('stage', () => BrandStage) stage: BrandStageValue,
    @Ctx() ctx: Context,
    @Arg('note', () => String, { nullable: true }) note?: string,
    @Arg('version', () => Int, { nullable: true, description: '读取时的版本；提供时过期则返回 CONFLICT' })
    version?: number,
  ) {
    return toBrand(await changeBrandStage(ctx, id, stage, note, version));
  }

  @Mutation(() => Brand, { description: '晋升影响级别（领导），须附认定文件等佐证' })
  async promoteBrandLevel(
    @Arg('id', () => ID) id: string,
    @Arg('level', () => Level) level: LevelValue,
    @Arg('evidence', () => String) evidence: string,
    @Ctx() ctx: Context,
    @Arg('issuer', () => String, { nullable: true }) issuer?: string,
    @Arg('recognizedOn', () => DateScalar, { nullable: true, description: '认定日期' }) recognizedOn?: string,
    @Arg('caseId', () => ID, { nullable: true, description: '作为佐证的本品牌已发布典型案例' }) caseId?: string,
    @Arg('documentAttachmentId', () => ID, { nullable: true, description: '本人上传的认定文件（附件）' })
    documentAttachmentId?: string,
  ) {
    return toBrand(
      await promoteBrandLevel(ctx, id, level, { evidence, issuer, recognizedOn, caseId, documentAttachmentId }),
    );
  }

  @Mutation(() => Brand, { description: '更新"五有"某一项的达标情况及佐证' })
  async setBrandFiveHave(
    @Arg('brandId', () => ID) brandId: string,
    @Arg('input', () => FiveHaveInput) input: FiveHaveInput,
    @Ctx() ctx: Context,
  ) {
    return toBrand(await setFiveHave(ctx, brandId, input));
  }

  @FieldResolver(() => Unit)
  async unit(@Root() brand: Brand, @Ctx() ctx: Context): Promise<Unit> {
    const row = await ctx.loaders.unitById.load(brand.unitId);
    return toUnit(row!);
  }

  @FieldResolver(() => Float, { description: '进度百分比（0–100），按已批准方案节点权重计算' })
  async progress(@Root() brand: Brand, @Ctx() ctx: Context): Promise<number> {
    return progressOf(await ctx.loaders.milestoneStats.load(brand.id));
  }

  @FieldResolver(() => ProgressDetail)
  async progressDetail(@Root() brand: Brand, @Ctx() ctx: Context): Promise<ProgressDetail> {
    const stats = await ctx.loaders.milestoneStats.load(brand.id);
    return {
      percent: progressOf(stats),
      doneWeight: stats?.doneWeight ?? 0,
      totalWeight: stats?.totalWeight ?? 0,
      milestoneCount: stats?.total ?? 0,
      formula: PROGRESS_FORMULA,
    };
  }

  @FieldResolver(() => Health)
  async health(@Root() brand: Brand, @Ctx() ctx: Context): Promise<Health> {
    const [milestones, rectifications, lastInspection] = await Promise.all([
      ctx.loaders.milestoneStats.load(brand.id),
      ctx.loaders.rectificationStats.load(brand.id),
      ctx.loaders.lastInspection.load(brand.id),
    ]);
    return { ...healthOf({ milestones, rectifications, lastInspection }), rule: HEALTH_RULE };
  }

  @FieldResolver(() => [FiveHaveStatus], { description: '"五有"标准，五项齐全（未评定的为未达标）' })
  async fiveHaves(@Root() brand: Brand, @Ctx() ctx: Context): Promise<FiveHaveStatus[]> {
    const rows = await ctx.loaders.fiveHaves.load(brand.id);
    return FIVE_HAVES.map((item) => {
      const row = rows.find((r) => r.item === item);
      return { item, met: row?.met ?? false, evidence: row?.evidence ?? null, updatedAt: row?.updatedAt ?? null };
    });
  }

  @FieldResolver(() => [StageChange], { description: '创建阶段变更历史（由早到晚）' })
  async stageHistory(@Root() brand: Brand, @Ctx() ctx: Context): Promise<StageChange[]> {
    const showNotes = canSeeBrandPrivate(ctx, brand);
    return (await ctx.loaders.stageChanges.load(brand.id)).map((r) =>
      toStageChange(showNotes ? r : { ...r, note: null }),
    );
  }

  @FieldResolver(() => [LevelChange], { description: '影响级别晋升历史（由早到晚）' })
  async levelHistory(@Root() brand: Brand, @Ctx() ctx: Context): Promise<LevelChange[]> {
    return (await ctx.loaders.levelChanges.load(brand.id)).map(toLevelChange);
  }
}
