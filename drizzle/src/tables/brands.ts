import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { at, id, stamps, version } from './common';
import {
  BRAND_CATEGORIES,
  BRAND_STAGES,
  FIVE_HAVES,
  LEVELS,
  sqlList,
  type BrandCategory,
  type BrandStage,
  type FiveHaves,
  type Level,
} from './enums';
import { units } from './units';
import { users } from './users';
import { attachments } from './attachments';
import { modelCases } from './cases';
import { searchColumns } from './search';

/** 党建品牌. Progress and health are computed at read time, never stored. */
export const brands = pgTable(
  'brands',
  {
    id: id(),
    name: text().notNull(),
    slogan: text(),
    summary: text().notNull(),
    category: text().$type<BrandCategory>().notNull(),
    stage: text().$type<BrandStage>().notNull().default('DECLARED'),
    level: text().$type<Level>(),
    unitId: uuid()
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    coverAttachmentId: uuid().references(() => attachments.id, { onDelete: 'set null' }),
    ...searchColumns(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    version: version(),
    ...stamps(),
  },
  (t) => [
    check('brands_category_check', sql.raw(`category in (${sqlList(BRAND_CATEGORIES)})`)),
    check('brands_stage_check', sql.raw(`stage in (${sqlList(BRAND_STAGES)})`)),
    check('brands_level_check', sql.raw(`level is null or level in (${sqlList(LEVELS)})`)),
    check('brands_name_check', sql`length(${t.name}) between 1 and 60`),
    index('brands_unit_idx').on(t.unitId),
    index('brands_stage_idx').on(t.stage),
    index('brands_level_idx').on(t.level),
    index('brands_category_idx').on(t.category),
    index('brands_updated_idx').on(t.updatedAt, t.id),
    index('brands_name_idx').on(t.name),
    index('brands_search_idx').using('gin', t.searchVector),
    uniqueIndex('brands_live_name_key')
      .on(sql`lower(${t.name})`)
      .where(sql`${t.stage} <> 'WITHDRAWN'`),
  ],
);

/** Co-responsible units (共建单位) of a brand. */
export const brandCoUnits = pgTable(
  'brand_co_units',
  {
    brandId: uuid()
      .notNull()
      .references(() => brands.id, { onDelete: 'cascade' }),
    unitId: uuid()
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.brandId, t.unitId] }), index('brand_co_units_unit_idx').on(t.unitId)],
);

/** Each stage transition: who, when and why. */
export const brandStageChanges = pgTable(
  'brand_stage_changes',
  {
    id: id(),
    brandId: uuid()
      .notNull()
      .references(() => brands.id, { onDelete: 'cascade' }),
    fromStage: text().$type<BrandStage>(),
    toStage: text().$type<BrandStage>().notNull(),
    note: text(),
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    at: at().notNull().defaultNow(),
  },
  (t) => [
    check('brand_stage_changes_to_check', sql.raw(`to_stage in (${sqlList(BRAND_STAGES)})`)),
    check('brand_stage_changes_from_check', sql.raw(`from_stage is null or from_stage in (${sqlList(BRAND_STAGES)})`)),
    index('brand_stage_changes_brand_idx').on(t.brandId, t.at),
  ],
);

/** Each level promotion with its evidence: the recognising document, its issuer and date. */
export const brandLevelChanges = pgTable(
  'brand_level_changes',
  {
    id: id(),
    brandId: uuid()
      .notNull()
      .references(() => brands.id, { onDelete: 'cascade' }),
    fromLevel: text().$type<Level>(),
    toLevel: text().$type<Level>().notNull(),
    evidence: text().notNull(),
    issuer: text(),
    recognizedOn: date({ mode: 'string' }),
    /** A published model case cited as evidence. */
    caseId: uuid().references((): AnyPgColumn => modelCases.id, { onDelete: 'set null' }),
    /** The uploaded recognising document. */
    documentAttachmentId: uuid().references(() => attachments.id, { onDelete: 'set null' }),
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    at: at().notNull().defaultNow(),
  },
  (t) => [
    check('brand_level_changes_to_check', sql.raw(`to_level in (${sqlList(LEVELS)})`)),
    check('brand_level_changes_from_check', sql.raw(`from_level is null or from_level in (${sqlList(LEVELS)})`)),
    index('brand_level_changes_brand_idx').on(t.brandId, t.at),
  ],
);

/** The five-haves standard (五有), one row per brand and item once it has been assessed. */
export const brandFiveHaves = pgTable(
  'brand_five_haves',
  {
    brandId: uuid()
      .notNull()
      .references(() => brands.id, { onDelete: 'cascade' }),
    item: text().$type<FiveHaves>().notNull(),
    met: boolean().notNull().default(false),
    evidence: text(),
    updatedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    updatedAt: at().notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.brandId, t.item] }),
    check('brand_five_haves_item_check', sql.raw(`item in (${sqlList(FIVE_HAVES)})`)),
  ],
);
