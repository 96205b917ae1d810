import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ChecklistItemRow, ChecklistTemplateRow } from './checklists.repository';

@ObjectType({ description: '检查项（属于检查表的某一版本，写入后不再改变）' })
export class ChecklistItem {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: '分组，如"五有"、"阵地建设"' })
  section!: string | null;

  @Field(() => String, { nullable: true, description: '评分说明（给检查人的评分依据）' })
  description!: string | null;

  @Field(() => Float, { description: '满分' })
  maxScore!: number;

  @Field(() => Int, { description: '所属检查表的版本' })
  templateVersion!: number;

  templateId!: string;
  position!: number;
}

@ObjectType({ description: '检查表；每次修改生成新版本，旧版本的检查项保留' })
export class ChecklistTemplate {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int, { description: '当前版本' })
  version!: number;

  @Field(() => Boolean, { description: '已停用（不能用于新的检查）' })
  retired!: boolean;

  @Field(() => Date, { nullable: true })
  retiredAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

export function toChecklistTemplate(row: ChecklistTemplateRow): ChecklistTemplate {
  return Object.assign(new ChecklistTemplate(), row, { retired: row.retiredAt !== null });
}

export function toChecklistItem(row: ChecklistItemRow): ChecklistItem {
  return Object.assign(new ChecklistItem(), row);
}
