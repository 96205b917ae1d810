import type { InspectionKind, RectificationStatus } from '../../../gql/graphql';
import { dayField, defineListFilters, enumsField, flagField, idField } from '../../../shared/list/list-filters';

export const RECTIFICATION_STATUSES: readonly RectificationStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED'];
/** Not yet verified: what the dashboard counts as open. */
export const OPEN_STATUSES: RectificationStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE'];
export const INSPECTION_KINDS: readonly InspectionKind[] = ['REGULAR', 'SPOT', 'SELF'];

/** The leaders' rectification list: all items (public or not) by status, overdue and town. */
export const rectificationFilters = defineListFilters({
  status: enumsField('status', RECTIFICATION_STATUSES),
  overdue: flagField('overdue'),
  townId: idField('town'),
});
export type RectificationListFilters = ReturnType<typeof rectificationFilters.parse>;
export const {
  parse: parseRectificationQuery,
  toQuery: toRectificationQuery,
  toFilter: toRectificationListFilter,
} = rectificationFilters;

/** The leaders' inspection list: by kind, date range, inspected unit and town (a unit with everything below it). */
export const inspectionFilters = defineListFilters({
  kind: enumsField('kind', INSPECTION_KINDS),
  from: dayField('from'),
  to: dayField('to'),
  unitId: idField('unit'),
  townId: idField('town'),
});
export type InspectionListFilters = ReturnType<typeof inspectionFilters.parse>;
export const {
  parse: parseInspectionQuery,
  toQuery: toInspectionQuery,
  toFilter: toInspectionListFilter,
} = inspectionFilters;

/** The first and last day of a month `YYYY-MM`. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
