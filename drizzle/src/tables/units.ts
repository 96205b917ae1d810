import { sql } from 'drizzle-orm';
import { check, index, text, uuid, type AnyPgColumn, pgTable } from 'drizzle-orm/pg-core';
import { at, id, stamps, version } from './common';
import { BRANCH_FORMS, UNIT_KINDS, UNIT_TIERS, sqlList, type BranchForm, type UnitKind, type UnitTier } from './enums';
import { users } from './users';

/**
 * The unit tree (基层党组织). `path` is the materialised path of ancestor ids ("/root/…/self/") so a subtree is
 * one indexed prefix match.
 */
export const units = pgTable(
  'units',
  {
    id: id(),
    name: text().notNull(),
    kind: text().$type<UnitKind>().notNull(),
    tier: text().$type<UnitTier>().notNull().default('AVERAGE'),
    branchForm: text().$type<BranchForm>(),
    parentId: uuid().references((): AnyPgColumn => units.id, { onDelete: 'restrict' }),
    path: text().notNull(),
    /** Tier at the start of the year: the baseline the dashboard measures transformation against. */
    baselineTier: text().$type<UnitTier>().notNull().default('AVERAGE'),
    version: version(),
    ...stamps(),
  },
  (t) => [
    check('units_kind_check', sql.raw(`kind in (${sqlList(UNIT_KINDS)})`)),
    check('units_tier_check', sql.raw(`tier in (${sqlList(UNIT_TIERS)})`)),
    check('units_baseline_tier_check', sql.raw(`baseline_tier in (${sqlList(UNIT_TIERS)})`)),
    check('units_branch_form_check', sql.raw(`branch_form is null or branch_form in (${sqlList(BRANCH_FORMS)})`)),
    check('units_name_check', sql`length(${t.name}) between 1 and 100`),
    index('units_parent_idx').on(t.parentId),
    index('units_path_idx').using('btree', t.path.op('text_pattern_ops')),
    index('units_kind_idx').on(t.kind),
    index('units_tier_idx').on(t.tier),
    index('units_name_idx').on(t.name),
  ],
);

/** Every tier change with who, when and why (先进 / 一般 / 后进 history). */
export const unitTierChanges = pgTable(
  'unit_tier_changes',
  {
    id: id(),
    unitId: uuid()
      .notNull()
      .references(() => units.id, { onDelete: 'cascade' }),
    fromTier: text().$type<UnitTier>(),
    toTier: text().$type<UnitTier>().notNull(),
    reason: text().notNull(),
    changedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    changedAt: at().notNull().defaultNow(),
  },
  (t) => [
    check('unit_tier_changes_to_check', sql.raw(`to_tier in (${sqlList(UNIT_TIERS)})`)),
    index('unit_tier_changes_unit_idx').on(t.unitId, t.changedAt),
  ],
);
