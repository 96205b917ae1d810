import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { PublicRating as PublicRatingValue } from '@flagship/drizzle';
import type { Context } from '../../core/context';
import { PublicRating } from '../../core/enums';
import { ownsUnit } from '../../core/access';
import { badInput } from '../../core/errors';
import { canSeeBrand } from '../brands/brand-access';
import { subjectKey } from '../attachments/attachments.repository';
import { Attachment, toAttachment } from '../attachments/attachments.types';
import { Brand, toBrand } from '../brands/brands.types';
import { Inspection, toInspection } from '../inspections/inspections.types';
import { Person, toPerson } from '../plans/plans.types';
import { toUnit, Unit } from '../units/units.types';
import { toUser, User } from '../users/users.types';
import { publicReviewSummary, reviewRectification } from './public-reviews.service';
import { MAX_REVIEWS_SHOWN } from './rectifications.loaders';
import { RectificationFilter, RectificationUpdateInput } from './rectifications.inputs';
import { canSeeRectificationPrivate, findRectification, rectificationPage } from './rectification-listing.service';
import { updateRectification, verifyRectification } from './rectifications.service';
import {
  PublicReview,
  PublicReviewSummary,
  Rectification,
  RectificationConnection,
  RectificationEvent,
  toPublicReview,
  toRectification,
  toRectificationEvent,
  toReviewSummary,
} from './rectifications.types';

@Resolver(() => Rectification)
export class RectificationResolver {
  @Query(() => RectificationConnection, {
    description:
      '整改事项（按整改时限由近到远）：公众只见公开事项；创建单位见本单位全部事项及其他单位的公开事项；' +
      '领导、督查员、管理员见全部',
  })
  async rectifications(
    @Ctx() ctx: Context,
    @Arg('filter', () => RectificationFilter, { nullable: true }) filter?: RectificationFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return RectificationConnection.of(await rectificationPage(ctx, filter, first, after));
  }

  @Query(() => Rectification, { nullable: true, description: '一个整改事项；看不到的事项为空' })
  async rectification(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Rectification | null> {
    const row = await findRectification(ctx, id);
    return row ? toRectification(row, ctx.today) : null;
  }

  @Query(() => PublicReviewSummary, { description: '群众评议汇总：某单位及其下级单位的公开事项；不指定单位为全县' })
  async publicReviewSummary(
    @Ctx() ctx: Context,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
  ): Promise<PublicReviewSummary> {
    return toReviewSummary(await publicReviewSummary(ctx, unitId));
  }

  @Mutation(() => Rectification, { description: '责任单位更新整改进展（见 RectificationUpdateInput 的规则）' })
  async updateRectification(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => RectificationUpdateInput) input: RectificationUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return toRectification(await updateRectification(ctx, id, version, input), ctx.today);
  }

  @Mutation(() => Rectification, {
    description: '督查员核验"已整改待核验"的事项：通过则为已核验；不通过须说明理由，事项退回待整改',
  })
  async verifyRectification(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('accepted', () => Boolean) accepted: boolean,
    @Ctx() ctx: Context,
    @Arg('comment', () => String, { nullable: true, description: '核验意见；不通过时必填（退回理由）' })
    comment?: string,
    @Arg('attachmentIds', () => [ID], { nullable: true, description: '核验照片等材料（本人上传、尚未使用）' })
    attachmentIds?: string[],
  ) {
    return toRectification(
      await verifyRectification(ctx, id, version, { accepted, comment, attachmentIds }),
      ctx.today,
    );
  }

  @Mutation(() => PublicReview, {
    description:
      '群众评议（任何人，无需登录）：仅限公开事项；同一来源每个事项每天一次，且每小时最多 20 次；' +
      '意见为纯文本，不超过 500 字',
  })
  async reviewRectification(
    @Arg('id', () => ID) id: string,
    @Arg('rating', () => PublicRating) rating: PublicRatingValue,
    @Ctx() ctx: Context,
    @Arg('comment', () => String, { nullable: true }) comment?: string,
  ) {
    return toPublicReview(await reviewRectification(ctx, id, rating, comment));
  }

  @FieldResolver(() => Person, { description: '责任人；电话仅责任单位及领导、督查员、管理员可见' })
  responsiblePerson(@Root() item: Rectification, @Ctx() ctx: Context): Person {
    return toPerson(item.responsiblePersonValue, canSeeRectificationPrivate(ctx, item));
  }

  @FieldResolver(() => Unit, { description: '责任单位' })
  async unit(@Root() item: Rectification, @Ctx() ctx: Context): Promise<Unit> {
    return toUnit((await ctx.loaders.unitById.load(item.unitId))!);
  }

  @FieldResolver(() => Brand, { nullable: true, description: '所属品牌（看不到的品牌为空）' })
  async brand(@Root() item: Rectification, @Ctx() ctx: Context): Promise<Brand | null> {
    const row = item.brandId ? await ctx.loaders.brandById.load(item.brandId) : null;
    return row && canSeeBrand(ctx, row) ? toBrand(row) : null;
  }

  @FieldResolver(() => Inspection, {
    nullable: true,
    description: '提出本事项的检查（登录用户中，创建单位只见本单位的检查）',
  })
  async inspection(@Root() item: Rectification, @Ctx() ctx: Context): Promise<Inspection | null> {
    const row = item.inspectionId && ctx.viewer ? await ctx.loaders.inspectionById.load(item.inspectionId) : null;
    return row && ownsUnit(ctx.viewer, row.unitId) ? toInspection(row) : null;
  }

  @FieldResolver(() => [Attachment], { description: '整改和核验所附的佐证材料（与事项同样可见）' })
  async attachments(@Root() item: Rectification, @Ctx() ctx: Context): Promise<Attachment[]> {
    return (await ctx.loaders.attachmentsBySubject.load(subjectKey('RECTIFICATION', item.id))).map(toAttachment);
  }

  @FieldResolver(() => User, { nullable: true, description: '核验人（仅登录用户可见）' })
  async verifiedBy(@Root() item: Rectification, @Ctx() ctx: Context): Promise<User | null> {
    const row = item.verifiedById && ctx.viewer ? await ctx.loaders.userById.load(item.verifiedById) : null;
    return row ? toUser(row) : null;
  }

  @FieldResolver(() => PublicReviewSummary, { description: '本事项的群众评议汇总' })
  async reviewSummary(@Root() item: Rectification, @Ctx() ctx: Context): Promise<PublicReviewSummary> {
    return toReviewSummary(await ctx.loaders.reviewSummary.load(item.id));
  }

  @FieldResolver(() => [PublicReview], { description: `最近的群众评议（由新到旧，最多 ${MAX_REVIEWS_SHOWN} 条）` })
  async reviews(
    @Root() item: Rectification,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number,
  ): Promise<PublicReview[]> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_REVIEWS_SHOWN) {
      throw badInput({ first: `评议条数应为 0 到 ${MAX_REVIEWS_SHOWN} 之间的整数` });
    }
    return (await ctx.loaders.latestReviews.load(item.id)).slice(0, first).map(toPublicReview);
  }

  @FieldResolver(() => [RectificationEvent], {
    description: '整改过程（由早到晚）：每一步的状态、说明、佐证材料和操作人；仅责任单位及领导、督查员、管理员可见',
  })
  async history(@Root() item: Rectification, @Ctx() ctx: Context): Promise<RectificationEvent[]> {
    if (!canSeeRectificationPrivate(ctx, item)) {
      return [];
    }
    return (await ctx.loaders.rectificationEvents.load(item.id)).map(toRectificationEvent);
  }
}

@Resolver(() => RectificationEvent)
export class RectificationEventResolver {
  @FieldResolver(() => User, { nullable: true, description: '操作人' })
  async actor(@Root() event: RectificationEvent, @Ctx() ctx: Context): Promise<User | null> {
    const row = event.actorId && ctx.viewer ? await ctx.loaders.userById.load(event.actorId) : null;
    return row ? toUser(row) : null;
  }
}

/** The rectifications module's field on Brand. */
@Resolver(() => Brand)
export class BrandRectificationsResolver {
  @FieldResolver(() => RectificationConnection, { description: '本品牌的整改事项（按可见范围，整改时限由近到远）' })
  async rectifications(
    @Root() brand: Brand,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return RectificationConnection.of(await rectificationPage(ctx, { brandId: brand.id }, first, after));
  }
}
