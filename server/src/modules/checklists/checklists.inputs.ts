import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, Float, InputType } from 'type-graphql';

@InputType()
export class ChecklistItemInput {
  @Field(() => String)
  @MaxLength(100, { message: '检查项名称不能超过 100 个字' })
  title!: string;

  @Field(() => String, { nullable: true, description: '分组，如"五有"' })
  @IsOptional()
  @MaxLength(50, { message: '分组名称不能超过 50 个字' })
  section?: string | null;

  @Field(() => String, { nullable: true, description: '评分说明（不超过 500 个字）' })
  @IsOptional()
  @MaxLength(500, { message: '评分说明不能超过 500 个字' })
  description?: string | null;

  @Field(() => Float, { description: '满分（大于 0，不超过 100）' })
  maxScore!: number;
}

@InputType()
export class ChecklistTemplateInput {
  @Field(() => String)
  @MaxLength(100, { message: '检查表名称不能超过 100 个字' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: '说明不能超过 1000 个字' })
  description?: string | null;

  @Field(() => [ChecklistItemInput], { description: '检查项（1 到 50 项）' })
  @ArrayMaxSize(50, { message: '检查项最多 50 项' })
  @ValidateNested({ each: true })
  items!: ChecklistItemInput[];
}
