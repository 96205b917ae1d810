import { Field, ID, Int, ObjectType } from 'type-graphql';
import type {
  CaseStatus as CaseStatusValue,
  Level as LevelValue,
  modelCaseReviews,
  modelCases,
} from '@flagship/drizzle';
import { CaseReviewDecision, CaseStatus, Level } from '../../core/enums';

export type CaseRow = typeof modelCases.$inferSelect;
export type CaseReviewRow = typeof modelCaseReviews.$inferSelect;

@ObjectType({ description: '典型案例' })
export class ModelCase {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '标题' })
  title!: string;

  @Field(() => String, { description: '摘要（纯文本）' })
  summary!: string;

  @Field(() => String, { description: '背景（经过净化的 HTML，见 caseRichTextRules）' })
  background!: string;

  @Field(() => String, { description: '做法（经过净化的 HTML）' })
  practice!: string;

  @Field(() => String, { description: '成效（经过净化的 HTML）' })
  results!: string;

  @Field(() => String, { description: '经验启示（经过净化的 HTML）' })
  lessons!: string;

  @Field(() => [String], { description: '标签' })
  tags!: string[];

  @Field(() => Level, { nullable: true, description: '认定的影响级别' })
  level!: LevelValue | null;

  @Field(() => Int, { description: '年份' })
  year!: number;

  @Field(() => CaseStatus)
  status!: CaseStatusValue;

  @Field(() => Boolean, { description: '是否精选' })
  featured!: boolean;

  @Field(() => Date, { nullable: true, description: '设为精选的时间' })
  featuredAt!: Date | null;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Int, { description: '浏览次数（每个访客每天计一次）' })
  viewCount!: number;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  brandId!: string | null;
  unitId!: string;
  coverAttachmentId!: string | null;
}

export function toModelCase(row: CaseRow): ModelCase {
  return Object.assign(new ModelCase(), {
    id: row.id,
    title: row.title,
    summary: row.summary,
    background: row.background,
    practice: row.practice,
    results: row.results,
    lessons: row.lessons,
    tags: row.tags,
    level: row.level,
    year: row.year,
    status: row.status,
    featured: row.featured,
    featuredAt: row.featuredAt,
    publishedAt: row.publishedAt,
    viewCount: row.viewCount,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    brandId: row.brandId,
    unitId: row.unitId,
    coverAttachmentId: row.coverAttachmentId,
  });
}

@ObjectType({ description: '典型案例的审核记录' })
export class CaseReview {
  @Field(() => ID)
  id!: string;

  @Field(() => CaseReviewDecision)
  decision!: 'PUBLISH' | 'RETURN';

  @Field(() => String, { nullable: true, description: '审核意见；退回时为退回理由' })
  comment!: string | null;

  reviewerId!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

export function toCaseReview(row: CaseReviewRow): CaseReview {
  return Object.assign(new CaseReview(), {
    id: row.id,
    decision: row.decision,
    comment: row.comment,
    reviewerId: row.reviewerId,
    createdAt: row.createdAt,
  });
}
