import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type {
  MilestoneStatus as MilestoneStatusValue,
  PersonValue,
  PlanStatus as PlanStatusValue,
  ReviewDecision as ReviewDecisionValue,
  SupportMode as SupportModeValue,
} from '@flagship/drizzle';
import { DateScalar } from '../../core/scalars';
import { MilestoneStatus, PlanStatus, ReviewDecision, SupportMode } from '../../core/enums';
import type { MilestoneRow, PlanRow, ReviewRow, SupportRow } from './plans.repository';

@ObjectType({ description: '责任人、联系领导等人员' })
export class Person {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: '职务' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: '联系电话（仅本单位及领导、督查员、管理员可见）' })
  phone!: string | null;
}

@ObjectType({ description: '帮扶方式及内容' })
export class PlanSupport {
  @Field(() => SupportMode)
  mode!: SupportModeValue;

  @Field(() => String)
  detail!: string;
}

@ObjectType({ description: '方案审核记录' })
export class PlanReview {
  @Field(() => Int)
  revision!: number;

  @Field(() => ReviewDecision)
  decision!: ReviewDecisionValue;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  reviewerId!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: '两次提交之间某一项的变化' })
export class PlanFieldChange {
  @Field(() => String, { description: '字段名，如 goals、milestones' })
  field!: string;

  @Field(() => String, { description: '中文名称' })
  label!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType({ description: '方案的一次提交（修订版）' })
export class PlanRevision {
  @Field(() => Int)
  revision!: number;

  @Field(() => Date)
  submittedAt!: Date;

  submittedBy!: string | null;

  @Field(() => [PlanFieldChange], { description: '与上一次提交相比的变化（首次提交为空）' })
  changes!: PlanFieldChange[];
}

@ObjectType({ description: '品牌创建方案' })
export class Plan {
  @Field(() => ID)
  id!: string;

  brandId!: string;

  @Field(() => PlanStatus)
  status!: PlanStatusValue;

  @Field(() => Int, { description: '已提交的次数' })
  revision!: number;

  @Field(() => String)
  goals!: string;

  @Field(() => String, { nullable: true, description: '理念' })
  concept!: string | null;

  @Field(() => String, { nullable: true, description: '标识' })
  identity!: string | null;

  @Field(() => String, { nullable: true, description: '工作法' })
  workingMethod!: string | null;

  @Field(() => String)
  measures!: string;

  @Field(() => DateScalar, { description: '开始日期' })
  startDate!: string;

  @Field(() => DateScalar, { description: '结束日期' })
  endDate!: string;

  responsibleUnitId!: string | null;
  responsiblePersonValue!: PersonValue;
  liaisonLeaderValue!: PersonValue | null;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType({ description: '创建计划节点' })
export class Milestone {
  @Field(() => ID)
  id!: string;

  brandId!: string;
  planId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: '交付成果' })
  deliverable!: string | null;

  @Field(() => DateScalar, { description: '计划完成日期' })
  dueDate!: string;

  @Field(() => Float)
  weight!: number;

  @Field(() => MilestoneStatus)
  status!: MilestoneStatusValue;

  @Field(() => Boolean, { description: '已过计划完成日期且未完成' })
  overdue!: boolean;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Date, { nullable: true })
  doneAt!: Date | null;

  @Field(() => Int)
  version!: number;
}

export function toPlan(row: PlanRow): Plan {
  return Object.assign(new Plan(), row, {
    responsiblePersonValue: row.responsiblePerson,
    liaisonLeaderValue: row.liaisonLeader,
  });
}

/** A milestone as shown today: `overdue` is judged at read time against `today`. */
export function toMilestone(row: MilestoneRow, today: string): Milestone {
  return Object.assign(new Milestone(), row, { overdue: row.status !== 'DONE' && row.dueDate < today });
}

export function toSupport(row: SupportRow): PlanSupport {
  return Object.assign(new PlanSupport(), { mode: row.mode, detail: row.detail });
}

export function toReview(row: ReviewRow): PlanReview {
  return Object.assign(new PlanReview(), row);
}

/** A person, with the phone number only for those who may see the brand's private parts. */
export function toPerson(value: PersonValue, showPhone: boolean): Person {
  return Object.assign(new Person(), {
    name: value.name,
    title: value.title ?? null,
    phone: showPhone ? (value.phone ?? null) : null,
  });
}
