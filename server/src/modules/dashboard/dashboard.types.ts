import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { BrandStage as BrandStageValue, Level as LevelValue } from '@flagship/drizzle';
import { BrandStage, Level } from '../../core/enums';

@ObjectType()
export class StageCount {
  @Field(() => BrandStage)
  stage!: BrandStageValue;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class LevelCount {
  @Field(() => Level)
  level!: LevelValue;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '进度分布的一段：from ≤ 进度 < to（最后一段含 100）' })
export class ProgressBucket {
  @Field(() => Int)
  from!: number;

  @Field(() => Int)
  to!: number;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '某月的检查次数' })
export class MonthCount {
  @Field(() => String, { description: '月份 YYYY-MM' })
  month!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  regular!: number;

  @Field(() => Int)
  spot!: number;

  @Field(() => Int)
  self!: number;

  @Field(() => Float, { nullable: true, description: '当月定期检查和抽查的平均得分率（%）' })
  averageScore!: number | null;
}

@ObjectType({ description: '后进转化、一般提升、先进巩固（对照年初基准）' })
export class TierTransformation {
  @Field(() => Int)
  baselineLagging!: number;

  @Field(() => Int, { description: '年初后进、现已不是后进' })
  transformedLagging!: number;

  @Field(() => Int)
  baselineAverage!: number;

  @Field(() => Int, { description: '年初一般、现为先进' })
  liftedAverage!: number;

  @Field(() => Int)
  baselineAdvanced!: number;

  @Field(() => Int, { description: '年初先进、现仍为先进' })
  keptAdvanced!: number;
}

@ObjectType({ description: '群众评议汇总' })
export class SatisfactionFigures {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  satisfied!: number;

  @Field(() => Int)
  basicallySatisfied!: number;

  @Field(() => Int)
  unsatisfied!: number;

  @Field(() => Float, { nullable: true, description: '满意度（满意 + 基本满意）/ 总数，0–1；无评议时为 null' })
  rate!: number | null;
}

@ObjectType({ description: '品牌创建驾驶舱：全县或某单位及其下级' })
export class Dashboard {
  @Field(() => [StageCount])
  brandsByStage!: StageCount[];

  @Field(() => [LevelCount])
  brandsByLevel!: LevelCount[];

  @Field(() => [ProgressBucket], { description: '已批准方案品牌的进度分布' })
  progressDistribution!: ProgressBucket[];

  @Field(() => Int)
  overdueMilestones!: number;

  @Field(() => Int)
  openRectifications!: number;

  @Field(() => Int)
  overdueRectifications!: number;

  @Field(() => Int)
  totalRectifications!: number;

  @Field(() => Float, { description: '整改销号率：已核验 / 全部整改事项，0–1；无整改事项时为 1' })
  rectificationClosureRate!: number;

  @Field(() => Float, { nullable: true, description: '定期检查和抽查的平均得分率（%）；无检查时为 null' })
  averageInspectionScore!: number | null;

  @Field(() => [MonthCount], { description: '近 12 个月每月检查次数（含无检查的月份）' })
  inspectionsByMonth!: MonthCount[];

  @Field(() => SatisfactionFigures)
  publicSatisfaction!: SatisfactionFigures;

  @Field(() => TierTransformation)
  tierTransformation!: TierTransformation;
}

@ObjectType({ description: '首页展示的全县数据（公开）' })
export class ShowcaseFigures {
  @Field(() => [StageCount], { description: '展示中的品牌按创建阶段（培育至推广，不含申报和撤销）' })
  brandsByStage!: StageCount[];

  @Field(() => Int, { description: '展示中的品牌总数' })
  showcaseBrands!: number;

  @Field(() => Int, { description: '已命名品牌数（命名 + 推广）' })
  namedBrands!: number;

  @Field(() => Int, { description: '已发布的典型案例数' })
  publishedCases!: number;

  @Field(() => Int, { description: '公开的整改事项数' })
  publicRectifications!: number;

  @Field(() => Int, { description: '公开的整改事项中已核验销号的数量' })
  verifiedRectifications!: number;

  @Field(() => Int, { description: '群众评议总数（公开事项）' })
  reviewCount!: number;

  @Field(() => Float, { nullable: true, description: '群众满意度（满意 + 基本满意）/ 评议总数，0–1；无评议时为 null' })
  satisfactionRate!: number | null;
}
