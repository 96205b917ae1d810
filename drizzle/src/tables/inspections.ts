import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, id, stamps, version } from './common';
import { INSPECTION_KINDS, sqlList, type InspectionKind } from './enums';
import { brands } from './brands';
import { units } from './units';
import { users } from './users';
import { attachments } from './attachments';

/** 检查表: edits make a new version; items of old versions stay, so old scores never change. */
export const checklistTemplates = pgTable(
  'checklist_templates',
  {
    id: id(),
    name: text().notNull(),
    description: text(),
    /** The current version: its items are those with this `template_version`. */
    version: version(),
    retiredAt: at(),
    ...stamps(),
  },
  (t) => [check('checklist_templates_name_check', sql`length(${t.name}) between 1 and 100`)],
);

/** Items of one version of a template (immutable once written). */
export const checklistItems = pgTable(
  'checklist_items',
  {
    id: id(),
    templateId: uuid()
      .notNull()
      .references(() => checklistTemplates.id, { onDelete: 'cascade' }),
    templateVersion: integer().notNull(),
    title: text().notNull(),
    /** Optional group heading, e.g. 五有 or 阵地建设. */
    section: text(),
    /** Optional scoring guidance for the inspector (评分说明). */
    description: text(),
    maxScore: doublePrecision().notNull(),
    position: integer().notNull(),
  },
  (t) => [
    check('checklist_items_max_check', sql`${t.maxScore} > 0 and ${t.maxScore} <= 100`),
    check('checklist_items_description_check', sql`${t.description} is null or length(${t.description}) <= 500`),
    index('checklist_items_template_idx').on(t.templateId, t.templateVersion, t.position),
  ],
);

/** 督促检查: REGULAR and SPOT by inspectors, SELF by the unit itself. */
export const inspections = pgTable(
  'inspections',
  {
    id: id(),
    kind: text().$type<InspectionKind>().notNull(),
    brandId: uuid().references(() => brands.id, { onDelete: 'cascade' }),
    unitId: uuid()
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    inspectorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    date: date({ mode: 'string' }).notNull(),
    templateId: uuid()
      .notNull()
      .references(() => checklistTemplates.id, { onDelete: 'restrict' }),
    templateVersion: integer().notNull(),
    score: doublePrecision().notNull(),
    maxScore: doublePrecision().notNull(),
    summary: text(),
    /** The spot-check draw item this inspection answers, if any. */
    drawItemId: uuid(),
    /** Client-chosen key so a retried submission creates nothing twice. */
    clientRequestId: text(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    check('inspections_kind_check', sql.raw(`kind in (${sqlList(INSPECTION_KINDS)})`)),
    check('inspections_score_check', sql`${t.score} >= 0 and ${t.score} <= ${t.maxScore}`),
    unique('inspections_client_request_key').on(t.clientRequestId),
    index('inspections_brand_idx').on(t.brandId, t.date),
    index('inspections_unit_idx').on(t.unitId, t.date),
    index('inspections_kind_date_idx').on(t.kind, t.date),
    index('inspections_date_idx').on(t.date, t.id),
  ],
);

export const inspectionItems = pgTable(
  'inspection_items',
  {
    inspectionId: uuid()
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    itemId: uuid()
      .notNull()
      .references(() => checklistItems.id, { onDelete: 'restrict' }),
    score: doublePrecision().notNull(),
    note: text(),
  },
  (t) => [
    primaryKey({ columns: [t.inspectionId, t.itemId] }),
    check('inspection_items_score_check', sql`${t.score} >= 0`),
  ],
);

export const inspectionAttachments = pgTable(
  'inspection_attachments',
  {
    inspectionId: uuid()
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    attachmentId: uuid()
      .notNull()
      .references(() => attachments.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.inspectionId, t.attachmentId] })],
);

/** 检查发现问题: each becomes one rectification item. */
export const findings = pgTable(
  'findings',
  {
    id: id(),
    inspectionId: uuid()
      .notNull()
      .references(() => inspections.id, { onDelete: 'cascade' }),
    problem: text().notNull(),
    position: integer().notNull(),
  },
  (t) => [index('findings_inspection_idx').on(t.inspectionId, t.position)],
);

/** 抽查抽签: a recorded, seeded, weighted random draw. */
export const spotCheckDraws = pgTable('spot_check_draws', {
  id: id(),
  seed: integer().notNull(),
  count: integer().notNull(),
  /** The weighting rule applied, in words and numbers, as it was at the time. */
  rule: text().notNull(),
  candidates: integer().notNull(),
  drawnBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  createdAt: at().notNull().defaultNow(),
});

/** One drawn brand; pending until an inspection answers it. */
export const spotCheckDrawItems = pgTable(
  'spot_check_draw_items',
  {
    id: id(),
    drawId: uuid()
      .notNull()
      .references(() => spotCheckDraws.id, { onDelete: 'cascade' }),
    brandId: uuid()
      .notNull()
      .references(() => brands.id, { onDelete: 'cascade' }),
    unitId: uuid()
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    weight: doublePrecision().notNull(),
    reasons: text().array().notNull(),
    position: integer().notNull(),
    inspectionId: uuid().references(() => inspections.id, { onDelete: 'set null' }),
    done: boolean().notNull().default(false),
  },
  (t) => [
    index('spot_check_draw_items_draw_idx').on(t.drawId, t.position),
    index('spot_check_draw_items_pending_idx').on(t.done, t.brandId),
  ],
);
