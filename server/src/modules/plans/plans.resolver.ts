import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ReviewDecision as ReviewDecisionValue } from '@flagship/drizzle';
import type { Context } from '../../core/context';
import { AppError } from '../../core/errors';
import { ReviewDecision } from '../../core/enums';
import { canSeeBrandPrivate } from '../brands/brand-access';
import { Brand, toBrand } from '../brands/brands.types';
import { toUnit, Unit } from '../units/units.types';
import { toUser, User } from '../users/users.types';
import { diffSnapshots } from './plan-diff';
import { MilestoneReportInput, PlanInput } from './plans.inputs';
import { reportMilestone, reviewPlan, savePlan, submitPlan, visiblePlan } from './plans.service';
import {
  Milestone,
  Person,
  Plan,
  PlanFieldChange,
  PlanReview,
  PlanRevision,
  PlanSupport,
  toMilestone,
  toPerson,
  toPlan,
  toReview,
  toSupport,
} from './plans.types';

/** Whether the viewer sees the plan's private parts (phones, reviews, revisions). */
async function privateView(ctx: Context, plan: Plan): Promise<boolean> {
  const brand = await ctx.loaders.brandById.load(plan.brandId);
  return brand !== null && canSeeBrandPrivate(ctx, brand);
}

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => Plan, { nullable: true, description: '创建方案；未通过审核的方案只对本单位和领导、督查员可见' })
  async plan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Plan | null> {
    try {
      return toPlan(await visiblePlan(ctx, id));
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') {
        return null;
      }
      throw error;
    }
  }

  @Mutation(() => Plan, { description: '保存创建方案（品牌所属单位；仅草稿或已退回的方案）' })
  async savePlan(
    @Arg('brandId', () => ID) brandId: string,
    @Arg('input', () => PlanInput) input: PlanInput,
    @Ctx() ctx: Context,
    @Arg('version', () => Int, { nullable: true }) version?: number,
  ) {
    return toPlan(await savePlan(ctx, brandId, version, input));
  }

  @Mutation(() => Plan, { description: '提交方案待审核；每次提交保存为一个修订版' })
  async submitPlan(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: Context) {
    return toPlan(await submitPlan(ctx, id, version));
  }

  @Mutation(() => Plan, { description: '审核方案（领导）；退回须说明理由' })
  async reviewPlan(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('decision', () => ReviewDecision) decision: ReviewDecisionValue,
    @Ctx() ctx: Context,
    @Arg('comment', () => String, { nullable: true }) comment?: string,
  ) {
    return toPlan(await reviewPlan(ctx, id, version, decision, comment));
  }

  @FieldResolver(() => Brand)
  async brand(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Brand> {
    return toBrand((await ctx.loaders.brandById.load(plan.brandId))!);
  }

  @FieldResolver(() => Unit, { nullable: true, description: '责任部门' })
  async responsibleUnit(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Unit | null> {
    const row = plan.responsibleUnitId ? await ctx.loaders.unitById.load(plan.responsibleUnitId) : null;
    return row ? toUnit(row) : null;
  }

  @FieldResolver(() => Person, { description: '责任人' })
  async responsiblePerson(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Person> {
    return toPerson(plan.responsiblePersonValue, await privateView(ctx, plan));
  }

  @FieldResolver(() => Person, { nullable: true, description: '联系领导' })
  async liaisonLeader(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Person | null> {
    return plan.liaisonLeaderValue ? toPerson(plan.liaisonLeaderValue, await privateView(ctx, plan)) : null;
  }

  @FieldResolver(() => [PlanSupport], { description: '帮扶方式' })
  async supportModes(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanSupport[]> {
    return (await ctx.loaders.supportsByPlanId.load(plan.id)).map(toSupport);
  }

  @FieldResolver(() => [Milestone])
  async milestones(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Milestone[]> {
    return (await ctx.loaders.milestonesByPlanId.load(plan.id)).map((m) => toMilestone(m, ctx.today));
  }

  @FieldResolver(() => [PlanReview], { description: '审核记录（公众不可见）' })
  async reviews(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanReview[]> {
    if (!(await privateView(ctx, plan))) {
      return [];
    }
    return (await ctx.loaders.reviewsByPlanId.load(plan.id)).map(toReview);
  }

  @FieldResolver(() => [PlanRevision], { description: '历次提交及每次的变化（公众不可见）' })
  async revisions(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanRevision[]> {
    if (!(await privateView(ctx, plan))) {
      return [];
    }
    const rows = await ctx.loaders.revisionsByPlanId.load(plan.id);
    return rows.map((r, i) =>
      Object.assign(new PlanRevision(), {
        revision: r.revision,
        submittedAt: r.submittedAt,
        submittedBy: r.submittedBy,
        changes: diffSnapshots(rows[i - 1]?.snapshot ?? null, r.snapshot),
      }),
    );
  }

  @FieldResolver(() => [PlanFieldChange], { description: '最近一次提交与上一次提交相比的变化（审核时查看）' })
  async changes(@Root() plan: Plan, @Ctx() ctx: Context): Promise<PlanFieldChange[]> {
    if (!(await privateView(ctx, plan))) {
      return [];
    }
    const rows = await ctx.loaders.revisionsByPlanId.load(plan.id);
    const last = rows.at(-1);
    return last ? diffSnapshots(rows.at(-2)?.snapshot ?? null, last.snapshot) : [];
  }
}

@Resolver(() => PlanReview)
export class PlanReviewResolver {
  @FieldResolver(() => User, { nullable: true })
  async reviewer(@Root() review: PlanReview, @Ctx() ctx: Context): Promise<User | null> {
    const row = review.reviewerId ? await ctx.loaders.userById.load(review.reviewerId) : null;
    return row ? toUser(row) : null;
  }
}

@Resolver(() => Milestone)
export class MilestoneResolver {
  @Mutation(() => Milestone, { description: '报告节点进展（品牌所属单位），可附佐证材料' })
  async reportMilestone(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => MilestoneReportInput) input: MilestoneReportInput,
    @Ctx() ctx: Context,
  ) {
    return toMilestone(await reportMilestone(ctx, id, version, input), ctx.today);
  }
}

/** The plan module's fields on Brand. */
@Resolver(() => Brand)
export class BrandPlanResolver {
  @FieldResolver(() => Plan, { nullable: true, description: '创建方案；公众只见已通过审核的方案' })
  async plan(@Root() brand: Brand, @Ctx() ctx: Context): Promise<Plan | null> {
    const row = await ctx.loaders.planByBrandId.load(brand.id);
    if (!row || (row.status !== 'APPROVED' && !canSeeBrandPrivate(ctx, brand))) {
      return null;
    }
    return toPlan(row);
  }

  @FieldResolver(() => [Milestone], { description: '创建计划节点（已通过审核的方案；本单位另见草稿中的节点）' })
  async milestones(@Root() brand: Brand, @Ctx() ctx: Context): Promise<Milestone[]> {
    const plan = await this.plan(brand, ctx);
    if (!plan) {
      return [];
    }
    return (await ctx.loaders.milestonesByPlanId.load(plan.id)).map((m) => toMilestone(m, ctx.today));
  }
}
