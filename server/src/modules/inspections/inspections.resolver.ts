import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { DateScalar } from '../../core/scalars';
import { subjectKey } from '../attachments/attachments.repository';
import { Attachment, toAttachment } from '../attachments/attachments.types';
import { Brand, toBrand } from '../brands/brands.types';
import { ChecklistTemplate, toChecklistTemplate } from '../checklists/checklists.types';
import { Rectification, toRectification } from '../rectifications/rectifications.types';
import { toUnit, Unit } from '../units/units.types';
import { toUser, User } from '../users/users.types';
import { inspectionComparison } from './comparison.service';
import { InspectionComparison } from './comparison.types';
import { brandInspectionPage, findInspection, inspectionPage } from './inspection-listing.service';
import { InspectionFilter, InspectionInput } from './inspections.inputs';
import { recordInspection } from './inspections.service';
import {
  Finding,
  Inspection,
  InspectionConnection,
  InspectionItem,
  toFinding,
  toInspection,
  toInspectionItem,
} from './inspections.types';

@Resolver(() => Inspection)
export class InspectionResolver {
  @Query(() => InspectionConnection, { description: '督促检查（登录用户；创建单位只见本单位的），由新到旧' })
  async inspections(
    @Ctx() ctx: Context,
    @Arg('filter', () => InspectionFilter, { nullable: true }) filter?: InspectionFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return InspectionConnection.of(await inspectionPage(ctx, filter, first, after));
  }

  @Query(() => Inspection, {
    nullable: true,
    description: '一次督促检查（登录用户；创建单位只见本单位的）；看不到的检查为空',
  })
  async inspection(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Inspection | null> {
    const row = await findInspection(ctx, id);
    return row ? toInspection(row) : null;
  }

  @Query(() => InspectionComparison, {
    description: '品牌在某一时期的自查与督查对照（本单位及领导、督查员、管理员）',
  })
  async inspectionComparison(
    @Arg('brandId', () => ID) brandId: string,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: Context,
  ): Promise<InspectionComparison> {
    return inspectionComparison(ctx, brandId, from, to);
  }

  @Mutation(() => Inspection, {
    description: '登记检查：督查员登记定期检查、不定期抽查；创建单位登记本单位自查。发现的问题生成整改事项',
  })
  async recordInspection(
    @Arg('input', () => InspectionInput) input: InspectionInput,
    @Ctx() ctx: Context,
  ): Promise<Inspection> {
    return toInspection(await recordInspection(ctx, input));
  }

  @FieldResolver(() => Brand, { nullable: true })
  async brand(@Root() inspection: Inspection, @Ctx() ctx: Context): Promise<Brand | null> {
    const row = inspection.brandId ? await ctx.loaders.brandById.load(inspection.brandId) : null;
    return row ? toBrand(row) : null;
  }

  @FieldResolver(() => Unit)
  async unit(@Root() inspection: Inspection, @Ctx() ctx: Context): Promise<Unit> {
    return toUnit((await ctx.loaders.unitById.load(inspection.unitId))!);
  }

  @FieldResolver(() => User, { nullable: true, description: '检查人（自查为登记的单位用户）' })
  async inspector(@Root() inspection: Inspection, @Ctx() ctx: Context): Promise<User | null> {
    const row = inspection.inspectorId ? await ctx.loaders.userById.load(inspection.inspectorId) : null;
    return row ? toUser(row) : null;
  }

  @FieldResolver(() => ChecklistTemplate, { description: '所用检查表（当前状态；所用版本见 templateVersion）' })
  async template(@Root() inspection: Inspection, @Ctx() ctx: Context): Promise<ChecklistTemplate> {
    return toChecklistTemplate((await ctx.loaders.templateById.load(inspection.templateId))!);
  }

  @FieldResolver(() => [InspectionItem], { description: '各检查项得分（检查时所用版本的名称和满分）' })
  async items(@Root() inspection: Inspection, @Ctx() ctx: Context): Promise<InspectionItem[]> {
    return (await ctx.loaders.inspectionItemsByInspectionId.load(inspection.id)).map(toInspectionItem);
  }

  @FieldResolver(() => [Finding])
  async findings(@Root() inspection: Inspection, @Ctx() ctx: Context): Promise<Finding[]> {
    return (await ctx.loaders.findingsByInspectionId.load(inspection.id)).map(toFinding);
  }

  @FieldResolver(() => [Rectification], { description: '本次检查发现问题生成的整改事项' })
  async rectifications(@Root() inspection: Inspection, @Ctx() ctx: Context): Promise<Rectification[]> {
    return (await ctx.loaders.rectificationsByInspectionId.load(inspection.id)).map((r) =>
      toRectification(r, ctx.today),
    );
  }

  @FieldResolver(() => [Attachment], { description: '现场照片等佐证材料' })
  async attachments(@Root() inspection: Inspection, @Ctx() ctx: Context): Promise<Attachment[]> {
    return (await ctx.loaders.attachmentsBySubject.load(subjectKey('INSPECTION', inspection.id))).map(toAttachment);
  }
}

@Resolver(() => Finding)
export class FindingResolver {
  @FieldResolver(() => Rectification, { nullable: true, description: '由该问题生成的整改事项' })
  async rectification(@Root() finding: Finding, @Ctx() ctx: Context): Promise<Rectification | null> {
    const rows = await ctx.loaders.rectificationsByInspectionId.load(finding.inspectionId);
    const row = rows.find((r) => r.findingId === finding.id);
    return row ? toRectification(row, ctx.today) : null;
  }
}

@Resolver(() => InspectionComparison)
export class InspectionComparisonResolver {
  @FieldResolver(() => Brand)
  async brand(@Root() comparison: InspectionComparison, @Ctx() ctx: Context): Promise<Brand> {
    return toBrand((await ctx.loaders.brandById.load(comparison.brandId))!);
  }
}

/** The inspections module's field on Brand. */
@Resolver(() => Brand)
export class BrandInspectionsResolver {
  @FieldResolver(() => InspectionConnection, {
    description: '品牌的督促检查（不公开：公众及其他单位为空），由新到旧',
  })
  async inspections(
    @Root() brand: Brand,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return InspectionConnection.of(await brandInspectionPage(ctx, brand, first, after));
  }
}
