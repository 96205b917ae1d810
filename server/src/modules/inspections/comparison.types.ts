import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../core/scalars';
import { Inspection } from './inspections.types';

@ObjectType({ description: '自查与督查对照中的一个检查项' })
export class InspectionComparisonRow {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  section!: string | null;

  @Field(() => Float, { nullable: true, description: '自查得分（无自查或自查无此项时为空）' })
  selfScore!: number | null;

  @Field(() => Float, { nullable: true, description: '督查得分（无督查或督查无此项时为空）' })
  inspectorScore!: number | null;

  @Field(() => Float, { description: '满分（以督查所用版本为准）' })
  maxScore!: number;

  @Field(() => Float, { nullable: true })
  selfMaxScore!: number | null;

  @Field(() => Float, { nullable: true })
  inspectorMaxScore!: number | null;

  @Field(() => Float, { nullable: true, description: '自查得分 − 督查得分' })
  difference!: number | null;

  @Field(() => Boolean, { description: '差值绝对值达到满分的 20%' })
  flagged!: boolean;
}

@ObjectType({ description: '自查与督查对照的合计' })
export class InspectionComparisonTotals {
  @Field(() => Float, { nullable: true })
  selfScore!: number | null;

  @Field(() => Float, { nullable: true })
  selfMaxScore!: number | null;

  @Field(() => Float, { nullable: true })
  inspectorScore!: number | null;

  @Field(() => Float, { nullable: true })
  inspectorMaxScore!: number | null;

  @Field(() => Float, { nullable: true, description: '自查总分 − 督查总分' })
  difference!: number | null;

  @Field(() => Int, { description: '标出的检查项数' })
  flaggedCount!: number;
}

@ObjectType({ description: '同一时期单位自查与督查员检查的对照' })
export class InspectionComparison {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;

  @Field(() => Inspection, { nullable: true, description: '期内最近一次自查' })
  selfInspection!: Inspection | null;

  @Field(() => Inspection, { nullable: true, description: '期内最近一次定期检查或不定期抽查' })
  inspectorInspection!: Inspection | null;

  @Field(() => [InspectionComparisonRow])
  rows!: InspectionComparisonRow[];

  @Field(() => InspectionComparisonTotals)
  totals!: InspectionComparisonTotals;

  @Field(() => String, { description: '对照及标出规则' })
  rule!: string;

  brandId!: string;
}
