import type { ReviewQueueCasesQuery, ReviewQueuePlansQuery } from '../../../gql/graphql';

/** One row of the review queue, plan or case alike. */
export interface QueueItem {
  id: string;
  to: string;
  title: string;
  brand: string | null;
  unit: string;
  /** 第 2 次提交, or 曾退回 1 次 for cases. */
  round: string;
  submittedAt: string;
}

type PlanNode = ReviewQueuePlansQuery['plans']['nodes'][number];
type CaseNode = ReviewQueueCasesQuery['modelCases']['nodes'][number];

/** A submitted plan as a queue row; submitted when its latest revision was. */
export function planItem(plan: PlanNode): QueueItem {
  const latest = plan.revisions.reduce<PlanNode['revisions'][number] | null>(
    (a, r) => (!a || r.revision > a.revision ? r : a),
    null,
  );
  return {
    id: plan.id,
    to: `/workspace/review/plans/${plan.id}`,
    title: `${plan.brand.name} · 创建方案`,
    brand: plan.brand.name,
    unit: plan.brand.unit.name,
    round: plan.revision > 1 ? `第 ${plan.revision} 次提交（修订稿）` : '首次提交',
    submittedAt: latest?.submittedAt ?? plan.updatedAt,
  };
}

/** A submitted case as a queue row; how often it was returned before says which round this is. */
export function caseItem(c: CaseNode): QueueItem {
  const returns = c.reviews.filter((r) => r.decision === 'RETURN').length;
  return {
    id: c.id,
    to: `/workspace/review/cases/${c.id}`,
    title: c.title,
    brand: c.brand?.name ?? null,
    unit: c.unit.name,
    round: returns > 0 ? `第 ${returns + 1} 次提交（曾退回 ${returns} 次）` : '首次提交',
    submittedAt: c.updatedAt,
  };
}

/** Oldest submission first: what has waited longest is reviewed first. */
export function byWaiting(items: QueueItem[]): QueueItem[] {
  return [...items].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}
