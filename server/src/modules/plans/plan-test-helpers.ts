/** Shared pieces of the plans module's tests: a valid plan input, the operations, and activity counts. */
import { count, eq } from 'drizzle-orm';
import { auditEntries, timelineEvents, type Database } from '@flagship/drizzle';
import type { Viewer } from '../../core/context';
import { gql, type GqlResult } from '../../testing';

/** Dates the helper's plans run between; milestone due dates fall inside them. */
export const PLAN_START = '2025-01-01';
export const PLAN_END = '2025-12-31';

export interface MilestoneVars {
  title: string;
  deliverable?: string | null;
  dueDate: string;
  weight: number;
}

/** A valid `PlanInput` (two milestones weighted 30/70 inside the plan dates), with any field replaced. */
export function planInput(overrides: Record<string, unknown> = {}) {
  return {
    goals: '打造“党员服务先锋”品牌，服务群众全覆盖',
    concept: '支部引领，党员先行',
    identity: null,
    workingMethod: '“三一”工作法',
    measures: '建立党员服务岗，每月开展志愿服务',
    startDate: PLAN_START,
    endDate: PLAN_END,
    responsibleUnitId: null,
    responsiblePerson: { name: '张三', title: '支部书记', phone: '13800000001' },
    liaisonLeader: { name: '李四', title: '镇党委副书记', phone: '0571-1234567' },
    supportModes: [{ mode: 'LEADER_LIAISON', detail: '镇领导每季度联系一次' }],
    milestones: [
      { title: '建立服务岗', deliverable: '服务岗名单', dueDate: '2025-03-31', weight: 30 },
      { title: '开展志愿服务', deliverable: '活动记录', dueDate: '2025-09-30', weight: 70 },
    ] as MilestoneVars[],
    ...overrides,
  };
}

export const PLAN_FIELDS = `
  id status revision version goals concept measures startDate endDate
  responsiblePerson { name title phone }
  liaisonLeader { name title phone }
  supportModes { mode detail }
  milestones { id title deliverable dueDate weight status overdue note doneAt version }
  reviews { revision decision comment reviewer { id username } createdAt }
  revisions { revision submittedAt changes { field label before after } }
  changes { field label before after }
`;

export const MILESTONE_FIELDS = 'id title status overdue note doneAt version weight dueDate';

export const SAVE_PLAN = `mutation ($brandId: ID!, $version: Int, $input: PlanInput!) {
  savePlan(brandId: $brandId, version: $version, input: $input) { ${PLAN_FIELDS} } }`;
export const SUBMIT_PLAN = `mutation ($id: ID!, $version: Int!) {
  submitPlan(id: $id, version: $version) { ${PLAN_FIELDS} } }`;
export const REVIEW_PLAN = `mutation ($id: ID!, $version: Int!, $decision: ReviewDecision!, $comment: String) {
  reviewPlan(id: $id, version: $version, decision: $decision, comment: $comment) { ${PLAN_FIELDS} } }`;
export const REPORT_MILESTONE = `mutation ($id: ID!, $version: Int!, $input: MilestoneReportInput!) {
  reportMilestone(id: $id, version: $version, input: $input) { ${MILESTONE_FIELDS} } }`;
export const BRAND_PLAN = `query ($id: ID!) { brand(id: $id) { id progress plan { ${PLAN_FIELDS} } } }`;
export const PLAN_BY_ID = `query ($id: ID!) { plan(id: $id) { ${PLAN_FIELDS} } }`;

export type PlanData = Record<string, any>;

/** Runs an operation and fails the test, with the errors, if it did not succeed. */
export async function ok(
  db: Database,
  viewer: Viewer | null,
  query: string,
  variables: Record<string, unknown>,
  opts: { today?: string } = {},
): Promise<PlanData> {
  const result = await gql(db, viewer, query, variables, opts);
  if (result.errors?.length || !result.data) {
    throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

/** Saves (creates) a plan as `unit` and returns it. */
export async function createPlan(db: Database, unit: Viewer, brandId: string, input = planInput()) {
  return (await ok(db, unit, SAVE_PLAN, { brandId, input })).savePlan as PlanData;
}

/** Saves, submits and approves a plan over GraphQL; returns the approved plan. */
export async function approvedPlan(db: Database, unit: Viewer, leader: Viewer, brandId: string, input = planInput()) {
  const saved = await createPlan(db, unit, brandId, input);
  const submitted = (await ok(db, unit, SUBMIT_PLAN, { id: saved.id, version: saved.version })).submitPlan;
  return (await ok(db, leader, REVIEW_PLAN, { id: submitted.id, version: submitted.version, decision: 'APPROVE' }))
    .reviewPlan as PlanData;
}

/** Audit entries in the whole database and the timeline kinds of one brand (sorted), to see what a step wrote. */
export async function activity(db: Database, brandId: string): Promise<{ audit: number; timeline: string[] }> {
  const [a] = await db.select({ n: count() }).from(auditEntries);
  const rows = await db
    .select({ kind: timelineEvents.kind })
    .from(timelineEvents)
    .where(eq(timelineEvents.brandId, brandId));
  return { audit: Number(a.n), timeline: rows.map((r) => r.kind).sort() };
}

/** Runs `fn` and reports how many audit entries it added and which timeline kinds it added to the brand. */
export async function recorded<T>(
  db: Database,
  brandId: string,
  fn: () => Promise<T>,
): Promise<{ result: T; audit: number; timeline: string[] }> {
  const before = await activity(db, brandId);
  const result = await fn();
  const after = await activity(db, brandId);
  const added = [...after.timeline];
  for (const kind of before.timeline) {
    const i = added.indexOf(kind);
    if (i >= 0) {
      added.splice(i, 1);
    }
  }
  return { result, audit: after.audit - before.audit, timeline: added };
}

/** The first error's per-field messages. */
export function fieldsOf(result: GqlResult): Record<string, string> {
  return result.errors?.[0]?.extensions.fields ?? {};
}
