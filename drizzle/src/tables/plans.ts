import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, id, stamps, version } from './common';
import {
  MILESTONE_STATUSES,
  PLAN_STATUSES,
  REVIEW_DECISIONS,
  SUPPORT_MODES,
  sqlList,
  type MilestoneStatus,
  type PlanStatus,
  type ReviewDecision,
  type SupportMode,
} from './enums';
import { brands } from './brands';
import { units } from './units';
import { users } from './users';

/** A person embedded in a row (责任人, 联系领导). */
export interface PersonValue {
  name: string;
  title?: string | null;
  phone?: string | null;
}

/** What a submission freezes: the plan's fields, its support modes and milestones, in input order. */
export interface PlanSnapshot {
  goals: string;
  concept: string | null;
  identity: string | null;
  workingMethod: string | null;
  measures: string;
  startDate: string;
  endDate: string;
  responsibleUnitId: string | null;
  responsiblePerson: PersonValue;
  liaisonLeader: PersonValue | null;
  supportModes: { mode: SupportMode; detail: string }[];
  milestones: { title: string; deliverable: string | null; dueDate: string; weight: number }[];
}

/** 品牌创建方案: one per brand; every submission is frozen as a revision. */
export const plans = pgTable(
  'plans',
  {
    id: id(),
    brandId: uuid()
      .notNull()
      .references(() => brands.id, { onDelete: 'cascade' }),
    status: text().$type<PlanStatus>().notNull().default('DRAFT'),
    /** Number of the last submission (0 before the first). */
    revision: integer().notNull().default(0),
    goals: text().notNull(),
    concept: text(),
    identity: text(),
    workingMethod: text(),
    measures: text().notNull(),
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }).notNull(),
    responsibleUnitId: uuid().references(() => units.id, { onDelete: 'set null' }),
    responsiblePerson: jsonb().$type<PersonValue>().notNull(),
    liaisonLeader: jsonb().$type<PersonValue>(),
    version: version(),
    ...stamps(),
  },
  (t) => [
    unique('plans_brand_key').on(t.brandId),
    unique('plans_id_brand_key').on(t.id, t.brandId),
    check('plans_status_check', sql.raw(`status in (${sqlList(PLAN_STATUSES)})`)),
    check('plans_dates_check', sql`${t.endDate} >= ${t.startDate}`),
    index('plans_status_idx').on(t.status),
  ],
);

/** Support modes (领导联系、政策扶持、部门帮扶) and what each gives. */
export const planSupports = pgTable(
  'plan_supports',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    mode: text().$type<SupportMode>().notNull(),
    detail: text().notNull(),
    position: integer().notNull(),
  },
  (t) => [
    check('plan_supports_mode_check', sql.raw(`mode in (${sqlList(SUPPORT_MODES)})`)),
    index('plan_supports_plan_idx').on(t.planId, t.position),
  ],
);

/** Frozen copy of a plan at each submission, so reviewers see what changed since the last one. */
export const planRevisions = pgTable(
  'plan_revisions',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    revision: integer().notNull(),
    snapshot: jsonb().$type<PlanSnapshot>().notNull(),
    submittedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    submittedAt: at().notNull().defaultNow(),
  },
  (t) => [unique('plan_revisions_plan_revision_key').on(t.planId, t.revision)],
);

/** A leader's decision on one revision; RETURN carries its reason. */
export const planReviews = pgTable(
  'plan_reviews',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    revision: integer().notNull(),
    decision: text().$type<ReviewDecision>().notNull(),
    comment: text(),
    reviewerId: uuid().references(() => users.id, { onDelete: 'set null' }),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    check('plan_reviews_decision_check', sql.raw(`decision in (${sqlList(REVIEW_DECISIONS)})`)),
    check('plan_reviews_return_reason_check', sql`${t.decision} <> 'RETURN' or length(trim(${t.comment})) > 0`),
    index('plan_reviews_plan_idx').on(t.planId, t.createdAt),
  ],
);

/** 创建计划节点. `overdue` is computed at read time from due date and status. */
export const milestones = pgTable(
  'milestones',
  {
    id: id(),
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    brandId: uuid()
      .notNull()
      .references(() => brands.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    deliverable: text(),
    dueDate: date({ mode: 'string' }).notNull(),
    weight: doublePrecision().notNull(),
    status: text().$type<MilestoneStatus>().notNull().default('PENDING'),
    note: text(),
    doneAt: at(),
    position: integer().notNull(),
    version: version(),
    ...stamps(),
  },
  (t) => [
    check('milestones_status_check', sql.raw(`status in (${sqlList(MILESTONE_STATUSES)})`)),
    foreignKey({
      name: 'milestones_plan_brand_fk',
      columns: [t.planId, t.brandId],
      foreignColumns: [plans.id, plans.brandId],
    }).onDelete('cascade'),
    check('milestones_weight_check', sql`${t.weight} > 0 and ${t.weight} <= 100`),
    check('milestones_done_check', sql`(${t.status} = 'DONE') = (${t.doneAt} is not null)`),
    index('milestones_plan_idx').on(t.planId, t.position),
    index('milestones_brand_idx').on(t.brandId),
    index('milestones_due_idx').on(t.dueDate, t.status),
  ],
);

/** Progress reports on a milestone (note + evidence), newest last. */
export const milestoneReports = pgTable(
  'milestone_reports',
  {
    id: id(),
    milestoneId: uuid()
      .notNull()
      .references(() => milestones.id, { onDelete: 'cascade' }),
    status: text().$type<MilestoneStatus>().notNull(),
    note: text(),
    attachmentIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    reportedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    at: at().notNull().defaultNow(),
  },
  (t) => [
    check('milestone_reports_status_check', sql.raw(`status in (${sqlList(MILESTONE_STATUSES)})`)),
    index('milestone_reports_milestone_idx').on(t.milestoneId, t.at),
  ],
);
