import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import type { InspectionKind as InspectionKindValue } from '@flagship/drizzle';
import { InspectionKind } from '../../core/enums';
import { DateScalar } from '../../core/scalars';
import { PersonInput } from '../plans/plans.inputs';

@InputType()
export class InspectionFilter {
  @Field(() => [InspectionKind], { nullable: true })
  kind?: InspectionKindValue[] | null;

  @Field(() => ID, { nullable: true })
  brandId?: string | null;

  @Field(() => ID, { nullable: true, description: '被检查单位（仅该单位本身，不含下级）' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: '镇（街道）等上级单位：含其下全部单位的检查' })
  townId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '检查日期不早于（含）' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '检查日期不晚于（含）' })
  to?: string | null;
}

@InputType()
export class InspectionItemInput {
  @Field(() => ID, { description: '检查表当前版本的检查项' })
  itemId!: string;

  @Field(() => Float, { description: '得分（0 到该项满分）' })
  score!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: '评分说明不能超过 1000 个字' })
  note?: string | null;
}

@InputType()
export class FindingInput {
  @Field(() => String, { description: '存在问题' })
  problem!: string;

  @Field(() => String, { description: '整改措施' })
  measure!: string;

  @Field(() => DateScalar, { description: '整改时限（不早于检查日期）' })
  deadline!: string;

  @Field(() => PersonInput, { description: '整改责任人' })
  @ValidateNested()
  responsiblePerson!: PersonInput;

  @Field(() => Boolean, { description: '是否在公开栏公开' })
  public!: boolean;
}

@InputType()
export class InspectionInput {
  @Field(() => InspectionKind)
  kind!: InspectionKindValue;

  @Field(() => ID, { nullable: true, description: '被检查的品牌（须属于被检查单位）' })
  brandId?: string | null;

  @Field(() => ID, { description: '被检查单位' })
  unitId!: string;

  @Field(() => DateScalar, { description: '检查日期（不晚于今天）' })
  date!: string;

  @Field(() => ID, { description: '检查表' })
  templateId!: string;

  @Field(() => [InspectionItemInput], { description: '每个检查项的得分（当前版本的全部检查项）' })
  @ArrayMaxSize(50, { message: '检查项最多 50 项' })
  @ValidateNested({ each: true })
  items!: InspectionItemInput[];

  @Field(() => [FindingInput], { description: '发现问题（最多 30 个），每个生成一条整改事项' })
  @ArrayMaxSize(30, { message: '发现问题最多 30 个' })
  @ValidateNested({ each: true })
  findings!: FindingInput[];

  @Field(() => [ID], { nullable: true, description: '现场照片等佐证材料（已上传附件的 id）' })
  @IsOptional()
  @ArrayMaxSize(20, { message: '佐证材料最多 20 个' })
  attachmentIds?: string[] | null;

  @Field(() => String, { nullable: true, description: '总体评价' })
  @IsOptional()
  @MaxLength(2000, { message: '总体评价不能超过 2000 个字' })
  summary?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '客户端生成的请求编号；重试时带同一编号，不会重复登记',
  })
  @IsOptional()
  @MaxLength(100, { message: '请求编号不能超过 100 个字符' })
  clientRequestId?: string | null;
}
