import type { Database } from '@flagship/drizzle';
import { groupLoader, rowLoader } from '../../core/loader-utils';
import { checklistItemsByIds, itemsOfVersions, templatesByIds, versionKey } from '../checklists/checklists.repository';
import { drawItemsOf } from '../spot-checks/spot-checks.repository';
import { findingsOf, inspectionsByIds, rectificationsOfInspections, scoredItemsOf } from './inspections.repository';

/**
 * Per-request loaders of checklists, inspections and spot-check draws; core/loaders.ts spreads them into the
 * context's loaders.
 */
export function inspectionLoaders(db: Database) {
  return {
    templateById: rowLoader(
      (ids: readonly string[]) => templatesByIds(db, ids),
      (r) => r.id,
    ),
    checklistItemById: rowLoader(
      (ids: readonly string[]) => checklistItemsByIds(db, ids),
      (r) => r.id,
    ),
    /** Items of one template version, keyed by `versionKey(templateId, version)`, in checklist order. */
    checklistItemsByVersion: groupLoader(
      (keys: readonly string[]) => itemsOfVersions(db, keys),
      (r) => versionKey(r.templateId, r.templateVersion),
    ),
    inspectionById: rowLoader(
      (ids: readonly string[]) => inspectionsByIds(db, ids),
      (r) => r.id,
    ),
    /** Each inspection's scores with the checklist item (of the version used) they score. */
    inspectionItemsByInspectionId: groupLoader(
      (ids: readonly string[]) => scoredItemsOf(db, ids),
      (r) => r.scored.inspectionId,
    ),
    findingsByInspectionId: groupLoader(
      (ids: readonly string[]) => findingsOf(db, ids),
      (r) => r.inspectionId,
    ),
    rectificationsByInspectionId: groupLoader(
      (ids: readonly string[]) => rectificationsOfInspections(db, ids),
      (r) => r.inspectionId as string,
    ),
    spotCheckDrawItemsByDrawId: groupLoader(
      (ids: readonly string[]) => drawItemsOf(db, ids),
      (r) => r.drawId,
    ),
  };
}
