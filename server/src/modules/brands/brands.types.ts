import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type {
  BrandCategory as BrandCategoryValue,
  BrandStage as BrandStageValue,
  FiveHaves as FiveHavesValue,
  Level as LevelValue,
} from '@flagship/drizzle';
import { Connection } from '../../core/connection';
import { DateScalar } from '../../core/scalars';
import { BrandCategory, BrandStage, FiveHaves, HealthStatus, Level } from '../../core/enums';
import type { HealthStatusValue } from './brand-rules';
import type { BrandRow, LevelChangeRow, StageChangeRow } from './brands.repository';
import type { TimelineRow } from './timeline.repository';

@ObjectType({ description: '党建品牌' })
export class Brand {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  slogan!: string | null;

  @Field(() => String)
  summary!: string;

  @Field(() => BrandCategory)
  category!: BrandCategoryValue;

  @Field(() => BrandStage)
  stage!: BrandStageValue;

  @Field(() => Level, { nullable: true })
  level!: LevelValue | null;

  unitId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

export const BrandConnection = Connection('Brand', Brand);

@ObjectType({ description: '健康度及其原因' })
export class Health {
  @Field(() => HealthStatus)
  status!: HealthStatusValue;

  @Field(() => [String])
  reasons!: string[];

  @Field(() => String, { description: '判定规则' })
  rule!: string;
}

@ObjectType({ description: '进度的计算过程' })
export class ProgressDetail {
  @Field(() => Float, { description: '进度百分比（0–100）' })
  percent!: number;

  @Field(() => Float)
  doneWeight!: number;

  @Field(() => Float)
  totalWeight!: number;

  @Field(() => Int)
  milestoneCount!: number;

  @Field(() => String)
  formula!: string;
}

@ObjectType({ description: '五有标准的达标情况' })
export class FiveHaveStatus {
  @Field(() => FiveHaves)
  item!: FiveHavesValue;

  @Field(() => Boolean)
  met!: boolean;

  @Field(() => String, { nullable: true })
  evidence!: string | null;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;
}

@ObjectType({ description: '创建阶段变更记录' })
export class StageChange {
  @Field(() => ID)
  id!: string;

  @Field(() => BrandStage, { nullable: true })
  fromStage!: BrandStageValue | null;

  @Field(() => BrandStage)
  toStage!: BrandStageValue;

  @Field(() => String, { nullable: true, description: '说明（公众不可见）' })
  note!: string | null;

  actorId!: string | null;
  brandId!: string;

  @Field(() => Date)
  at!: Date;
}

@ObjectType({ description: '影响级别晋升记录及佐证' })
export class LevelChange {
  @Field(() => ID)
  id!: string;

  @Field(() => Level, { nullable: true })
  fromLevel!: LevelValue | null;

  @Field(() => Level)
  toLevel!: LevelValue;

  @Field(() => String, { description: '佐证：认定文件' })
  evidence!: string;

  @Field(() => String, { nullable: true, description: '发文单位' })
  issuer!: string | null;

  @Field(() => DateScalar, { nullable: true, description: '认定日期' })
  recognizedOn!: string | null;

  actorId!: string | null;
  brandId!: string;
  /** A published model case cited as evidence (field resolver in the cases module). */
  caseId!: string | null;
  /** The uploaded recognising document (field resolver in the cases module). */
  documentAttachmentId!: string | null;

  @Field(() => Date)
  at!: Date;
}

@ObjectType({ description: '进展动态' })
export class TimelineEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  kind!: string;

  @Field(() => String)
  summary!: string;

  actorId!: string | null;
  brandId!: string;
  seq!: number;

  @Field(() => Date)
  at!: Date;
}

export const TimelineEventConnection = Connection('TimelineEvent', TimelineEvent);

export function toBrand(row: BrandRow): Brand {
  return Object.assign(new Brand(), row);
}

export function toStageChange(row: StageChangeRow): StageChange {
  return Object.assign(new StageChange(), row);
}

export function toLevelChange(row: LevelChangeRow): LevelChange {
  return Object.assign(new LevelChange(), row);
}

export function toTimelineEvent(row: TimelineRow): TimelineEvent {
  return Object.assign(new TimelineEvent(), row);
}
