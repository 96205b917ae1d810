import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import type { MilestoneStatus as MilestoneStatusValue, SupportMode as SupportModeValue } from '@flagship/drizzle';
import { MilestoneStatus, SupportMode } from '../../core/enums';
import { DateScalar } from '../../core/scalars';

@InputType()
export class PersonInput {
  @Field(() => String)
  @Length(1, 50, { message: '姓名应为 1 到 50 个字' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50, { message: '职务不能超过 50 个字' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20, { message: '电话不能超过 20 个字符' })
  phone?: string | null;
}

@InputType()
export class PlanSupportInput {
  @Field(() => SupportMode)
  mode!: SupportModeValue;

  @Field(() => String)
  @Length(1, 500, { message: '帮扶内容应为 1 到 500 个字' })
  detail!: string;
}

@InputType()
export class MilestoneInput {
  @Field(() => String)
  @Length(1, 100, { message: '节点名称应为 1 到 100 个字' })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, { message: '交付成果不能超过 500 个字' })
  deliverable?: string | null;

  @Field(() => DateScalar)
  dueDate!: string;

  @Field(() => Float, { description: '权重（大于 0，不超过 100）；进度按权重占比计算' })
  weight!: number;
}

@InputType()
export class PlanInput {
  @Field(() => String)
  @Length(1, 5000, { message: '创建目标应为 1 到 5000 个字' })
  goals!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: '理念不能超过 2000 个字' })
  concept?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: '标识说明不能超过 2000 个字' })
  identity?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: '工作法不能超过 2000 个字' })
  workingMethod?: string | null;

  @Field(() => String)
  @Length(1, 5000, { message: '主要措施应为 1 到 5000 个字' })
  measures!: string;

  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar)
  endDate!: string;

  @Field(() => ID, { nullable: true, description: '责任部门（单位）' })
  responsibleUnitId?: string | null;

  @Field(() => PersonInput)
  @ValidateNested()
  responsiblePerson!: PersonInput;

  @Field(() => PersonInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  liaisonLeader?: PersonInput | null;

  @Field(() => [PlanSupportInput])
  @ArrayMaxSize(10, { message: '帮扶方式最多 10 项' })
  @ValidateNested({ each: true })
  supportModes!: PlanSupportInput[];

  @Field(() => [MilestoneInput])
  @ArrayMaxSize(50, { message: '创建计划节点最多 50 个' })
  @ValidateNested({ each: true })
  milestones!: MilestoneInput[];
}

@InputType()
export class MilestoneReportInput {
  @Field(() => MilestoneStatus)
  status!: MilestoneStatusValue;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: '进展说明不能超过 2000 个字' })
  note?: string | null;

  @Field(() => [ID], { nullable: true, description: '佐证材料（已上传附件的 id）' })
  @IsOptional()
  @ArrayMaxSize(20, { message: '佐证材料最多 20 个' })
  attachmentIds?: string[] | null;
}
