import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type {
  PersonValue,
  PublicRating as PublicRatingValue,
  RectificationStatus as RectificationStatusValue,
  rectifications,
} from '@flagship/drizzle';
import { Connection } from '../../core/connection';
import { PublicRating, RectificationStatus } from '../../core/enums';
import { DateScalar } from '../../core/scalars';
import type { PublicReviewRow, RatingCounts, RectificationEventRow } from './rectifications.repository';

export type RectificationRow = typeof rectifications.$inferSelect;

@ObjectType({ description: '整改事项' })
export class Rectification {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '存在问题' })
  problem!: string;

  @Field(() => String, { description: '整改措施' })
  measure!: string;

  @Field(() => DateScalar, { description: '整改时限' })
  deadline!: string;

  @Field(() => RectificationStatus)
  status!: RectificationStatusValue;

  @Field(() => Boolean, { description: '已过整改时限且尚未核验通过（按当天日期计算）' })
  overdue!: boolean;

  @Field(() => Boolean, { description: '是否向群众公开' })
  public!: boolean;

  @Field(() => Int)
  version!: number;

  @Field(() => Date, { nullable: true, description: '标记"已整改"的时间（退回后清空）' })
  doneAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '核验通过的时间' })
  verifiedAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  verifiedById!: string | null;
  unitId!: string;
  brandId!: string | null;
  inspectionId!: string | null;
  findingId!: string | null;
  responsiblePersonValue!: PersonValue;
}

/** A rectification as shown today: `overdue` is judged at read time against `today`. */
export function toRectification(row: RectificationRow, today: string): Rectification {
  return Object.assign(new Rectification(), {
    id: row.id,
    problem: row.problem,
    measure: row.measure,
    deadline: row.deadline,
    status: row.status,
    overdue: row.status !== 'VERIFIED' && row.deadline < today,
    public: row.public,
    version: row.version,
    unitId: row.unitId,
    brandId: row.brandId,
    inspectionId: row.inspectionId,
    findingId: row.findingId,
    responsiblePersonValue: row.responsiblePerson,
    doneAt: row.doneAt,
    verifiedAt: row.verifiedAt,
    verifiedById: row.verifiedBy,
    createdAt: row.createdAt,
  });
}

export const RectificationConnection = Connection('Rectification', Rectification);

@ObjectType({ description: '整改事项的一步：状态变化、说明、佐证材料和操作人' })
export class RectificationEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => RectificationStatus, { nullable: true, description: '原状态（新建时为空）' })
  fromStatus!: RectificationStatusValue | null;

  @Field(() => RectificationStatus)
  toStatus!: RectificationStatusValue;

  @Field(() => String, { nullable: true, description: '整改说明，或核验意见（退回时为退回理由）' })
  note!: string | null;

  @Field(() => [ID], { description: '佐证材料（附件 id，经 /files/:id 查看）' })
  attachmentIds!: string[];

  actorId!: string | null;

  @Field(() => Date)
  at!: Date;
}

@ObjectType({ description: '群众评议（匿名）' })
export class PublicReview {
  @Field(() => ID)
  id!: string;

  @Field(() => PublicRating)
  rating!: PublicRatingValue;

  @Field(() => String, { nullable: true, description: '评议意见（纯文本，显示时须转义）' })
  comment!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: '群众评议汇总' })
export class PublicReviewSummary {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  satisfied!: number;

  @Field(() => Int)
  basicallySatisfied!: number;

  @Field(() => Int)
  unsatisfied!: number;

  @Field(() => Float, {
    nullable: true,
    description: '满意率（%，一位小数）=（满意 + 基本满意）÷ 评议总数 × 100；尚无评议时为空',
  })
  satisfactionRate!: number | null;
}

export function toRectificationEvent(row: RectificationEventRow): RectificationEvent {
  return Object.assign(new RectificationEvent(), row);
}

export function toPublicReview(row: PublicReviewRow): PublicReview {
  return Object.assign(new PublicReview(), {
    id: row.id,
    rating: row.rating,
    comment: row.comment,
    createdAt: row.createdAt,
  });
}

export function toReviewSummary(counts: RatingCounts): PublicReviewSummary {
  const { total, satisfied, basicallySatisfied, unsatisfied } = counts;
  const satisfactionRate = total > 0 ? Math.round(((satisfied + basicallySatisfied) / total) * 1000) / 10 : null;
  return Object.assign(new PublicReviewSummary(), {
    total,
    satisfied,
    basicallySatisfied,
    unsatisfied,
    satisfactionRate,
  });
}
