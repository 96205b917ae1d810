import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ownsUnit } from '../../core/access';
import { subjectKey } from '../attachments/attachments.repository';
import { Attachment, toAttachment } from '../attachments/attachments.types';
import { canSeeBrand } from '../brands/brand-access';
import { Brand, LevelChange, toBrand, toLevelChange } from '../brands/brands.types';
import { toUnit, Unit } from '../units/units.types';
import { toUser, User } from '../users/users.types';
import { visibleCase } from './case-access';
import { recordCaseView } from './case-views.service';
import { publishModelCase, returnModelCase, setModelCaseFeatured, submitModelCase } from './case-workflow.service';
import { ModelCaseInput } from './cases.inputs';
import { saveModelCase } from './cases.service';
import { CaseReview, ModelCase, toCaseReview, toModelCase } from './cases.types';
import { RICH_TEXT_SUBSET } from './rich-text';

@Resolver(() => ModelCase)
export class ModelCaseResolver {
  @Query(() => ModelCase, {
    nullable: true,
    description: '典型案例；未发布的案例只对本单位和领导、督查员、管理员可见，其他人得到 null',
  })
  async modelCase(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ModelCase | null> {
    const row = await visibleCase(ctx, id);
    return row ? toModelCase(row) : null;
  }

  @Query(() => String, { description: '案例正文允许的富文本（HTML）子集及净化规则' })
  caseRichTextRules(): string {
    return RICH_TEXT_SUBSET;
  }

  @Mutation(() => ModelCase, {
    description:
      '新建（不传 id，状态为草稿）或修改（传 id 和 version，仅草稿或已退回的案例）典型案例。' +
      '创建单位为本单位及本单位的品牌编写；领导和管理员可为任一单位编写；督查员不能编写。',
  })
  async saveModelCase(
    @Arg('input', () => ModelCaseInput) input: ModelCaseInput,
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('version', () => Int, { nullable: true }) version?: number,
  ) {
    return toModelCase(await saveModelCase(ctx, id, version, input));
  }

  @Mutation(() => ModelCase, { description: '提交案例待审核（草稿或已退回的案例；本单位或领导）' })
  async submitModelCase(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return toModelCase(await submitModelCase(ctx, id, version));
  }

  @Mutation(() => ModelCase, {
    description: '发布已提交的案例（领导、管理员）；本人编写的草稿也可直接发布',
  })
  async publishModelCase(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return toModelCase(await publishModelCase(ctx, id, version));
  }

  @Mutation(() => ModelCase, { description: '退回已提交的案例（领导、管理员），须说明理由' })
  async returnModelCase(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('comment', () => String) comment: string,
    @Ctx() ctx: Context,
  ) {
    return toModelCase(await returnModelCase(ctx, id, version, comment));
  }

  @Mutation(() => ModelCase, { description: '设为或取消精选（领导、管理员；仅已发布的案例）' })
  async setModelCaseFeatured(
    @Arg('id', () => ID) id: string,
    @Arg('featured', () => Boolean) featured: boolean,
    @Ctx() ctx: Context,
    @Arg('version', () => Int, { nullable: true, description: '读取时的版本；提供时过期则返回 CONFLICT' })
    version?: number,
  ) {
    return toModelCase(await setModelCaseFeatured(ctx, id, featured, version));
  }

  @Mutation(() => Int, {
    description: '记录一次阅读并返回浏览次数：同一访客每天只计一次，只统计已发布的案例（任何人可调用）',
  })
  async recordCaseView(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<number> {
    return recordCaseView(ctx, id);
  }

  @FieldResolver(() => Brand, { nullable: true, description: '所属品牌（对查看者不可见的品牌为 null）' })
  async brand(@Root() row: ModelCase, @Ctx() ctx: Context): Promise<Brand | null> {
    const brand = row.brandId ? await ctx.loaders.brandById.load(row.brandId) : null;
    return brand && canSeeBrand(ctx, brand) ? toBrand(brand) : null;
  }

  @FieldResolver(() => Unit)
  async unit(@Root() row: ModelCase, @Ctx() ctx: Context): Promise<Unit> {
    return toUnit((await ctx.loaders.unitById.load(row.unitId))!);
  }

  @FieldResolver(() => [Attachment], { description: '照片（由早到晚）' })
  async photos(@Root() row: ModelCase, @Ctx() ctx: Context): Promise<Attachment[]> {
    return (await ctx.loaders.attachmentsBySubject.load(subjectKey('MODEL_CASE', row.id))).map(toAttachment);
  }

  @FieldResolver(() => Attachment, { nullable: true, description: '封面图片' })
  async cover(@Root() row: ModelCase, @Ctx() ctx: Context): Promise<Attachment | null> {
    if (!row.coverAttachmentId) {
      return null;
    }
    const files = await ctx.loaders.attachmentsBySubject.load(subjectKey('MODEL_CASE', row.id));
    const file = files.find((f) => f.id === row.coverAttachmentId);
    return file ? toAttachment(file) : null;
  }

  @FieldResolver(() => [CaseReview], { description: '审核记录（由早到晚；只对本单位和领导、督查员、管理员可见）' })
  async reviews(@Root() row: ModelCase, @Ctx() ctx: Context): Promise<CaseReview[]> {
    if (!ownsUnit(ctx.viewer, row.unitId)) {
      return [];
    }
    return (await ctx.loaders.caseReviews.load(row.id)).map(toCaseReview);
  }

  @FieldResolver(() => [LevelChange], { description: '所属品牌的影响级别晋升历史（由早到晚；无品牌时为空）' })
  async levelHistory(@Root() row: ModelCase, @Ctx() ctx: Context): Promise<LevelChange[]> {
    const brand = row.brandId ? await ctx.loaders.brandById.load(row.brandId) : null;
    if (!brand || !canSeeBrand(ctx, brand)) {
      return [];
    }
    return (await ctx.loaders.levelChanges.load(brand.id)).map(toLevelChange);
  }
}

@Resolver(() => CaseReview)
export class CaseReviewResolver {
  @FieldResolver(() => User, { nullable: true, description: '审核人' })
  async reviewer(@Root() review: CaseReview, @Ctx() ctx: Context): Promise<User | null> {
    const row = review.reviewerId ? await ctx.loaders.userById.load(review.reviewerId) : null;
    return row ? toUser(row) : null;
  }
}
