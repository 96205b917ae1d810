import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { versionKey } from './checklists.repository';
import { ChecklistTemplateInput } from './checklists.inputs';
import {
  createChecklistTemplate,
  findTemplate,
  retireChecklistTemplate,
  updateChecklistTemplate,
  visibleTemplates,
} from './checklists.service';
import { ChecklistItem, ChecklistTemplate, toChecklistItem, toChecklistTemplate } from './checklists.types';

@Resolver(() => ChecklistTemplate)
export class ChecklistTemplateResolver {
  @Query(() => [ChecklistTemplate], { description: '检查表（登录用户）；已停用的仅在 includeRetired 为 true 时列出' })
  async checklistTemplates(
    @Ctx() ctx: Context,
    @Arg('includeRetired', () => Boolean, { nullable: true }) includeRetired?: boolean,
  ): Promise<ChecklistTemplate[]> {
    return (await visibleTemplates(ctx, includeRetired ?? false)).map(toChecklistTemplate);
  }

  @Query(() => ChecklistTemplate, { nullable: true, description: '一张检查表（登录用户；含已停用的）' })
  async checklistTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ChecklistTemplate | null> {
    const row = await findTemplate(ctx, id);
    return row ? toChecklistTemplate(row) : null;
  }

  @Mutation(() => ChecklistTemplate, { description: '新建检查表（管理员）' })
  async createChecklistTemplate(
    @Arg('input', () => ChecklistTemplateInput) input: ChecklistTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<ChecklistTemplate> {
    return toChecklistTemplate(await createChecklistTemplate(ctx, input));
  }

  @Mutation(() => ChecklistTemplate, { description: '修改检查表（管理员）：生成新版本，旧版本的检查项保留' })
  async updateChecklistTemplate(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ChecklistTemplateInput) input: ChecklistTemplateInput,
    @Ctx() ctx: Context,
  ): Promise<ChecklistTemplate> {
    return toChecklistTemplate(await updateChecklistTemplate(ctx, id, version, input));
  }

  @Mutation(() => ChecklistTemplate, { description: '停用检查表（管理员）：不能再用于新的检查' })
  async retireChecklistTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ChecklistTemplate> {
    return toChecklistTemplate(await retireChecklistTemplate(ctx, id));
  }

  @FieldResolver(() => [ChecklistItem], { description: '当前版本的检查项' })
  async items(@Root() template: ChecklistTemplate, @Ctx() ctx: Context): Promise<ChecklistItem[]> {
    return (await ctx.loaders.checklistItemsByVersion.load(versionKey(template.id, template.version))).map(
      toChecklistItem,
    );
  }
}
