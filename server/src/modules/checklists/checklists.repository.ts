import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { checklistItems, checklistTemplates, type Database } from '@flagship/drizzle';

export type ChecklistTemplateRow = typeof checklistTemplates.$inferSelect;
export type ChecklistItemRow = typeof checklistItems.$inferSelect;

/** Templates in the order they were made; retired ones only when asked for. */
export function listTemplates(db: Database, includeRetired: boolean) {
  return db
    .select()
    .from(checklistTemplates)
    .where(includeRetired ? undefined : isNull(checklistTemplates.retiredAt))
    .orderBy(asc(checklistTemplates.createdAt), asc(checklistTemplates.id));
}

export function templatesByIds(db: Database, ids: readonly string[]) {
  return db
    .select()
    .from(checklistTemplates)
    .where(inArray(checklistTemplates.id, [...ids]));
}

export function checklistItemsByIds(db: Database, ids: readonly string[]) {
  return db
    .select()
    .from(checklistItems)
    .where(inArray(checklistItems.id, [...ids]));
}

/** Items of the given template versions (keys `templateId:version`), in their order. */
export function itemsOfVersions(db: Database, keys: readonly string[]) {
  const pairs = keys.map((k) => k.split(':'));
  return db
    .select()
    .from(checklistItems)
    .where(
      and(
        inArray(checklistItems.templateId, [...new Set(pairs.map(([id]) => id))]),
        inArray(checklistItems.templateVersion, [...new Set(pairs.map(([, v]) => Number(v)))]),
      ),
    )
    .orderBy(asc(checklistItems.position));
}

/** The loader key of one version of a template's items. */
export function versionKey(templateId: string, version: number): string {
  return `${templateId}:${version}`;
}

/** The items of one version of a template, read inside a transaction. */
export function itemsOfVersion(db: Database, templateId: string, version: number) {
  return db
    .select()
    .from(checklistItems)
    .where(and(eq(checklistItems.templateId, templateId), eq(checklistItems.templateVersion, version)))
    .orderBy(asc(checklistItems.position));
}
