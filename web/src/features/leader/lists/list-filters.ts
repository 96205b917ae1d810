import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { InspectionFilter, InspectionKind, RectificationFilter, RectificationStatus } from '../../../gql/graphql';
import { pageOf, pick, single, values } from '../query-values';

export const RECTIFICATION_STATUSES: readonly RectificationStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED'];
/** Not yet verified: what the dashboard counts as open. */
export const OPEN_STATUSES: RectificationStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE'];
export const INSPECTION_KINDS: readonly InspectionKind[] = ['REGULAR', 'SPOT', 'SELF'];

/** The leaders' rectification list: all items (public or not) by status, overdue and town. */
export interface RectificationListFilters {
  status: RectificationStatus[];
  overdue: boolean;
  townId: string | null;
  page: number;
}

export function parseRectificationQuery(query: LocationQuery): RectificationListFilters {
  return {
    status: pick(values(query.status), RECTIFICATION_STATUSES),
    overdue: single(query.overdue) === '1',
    townId: single(query.town),
    page: pageOf(query.page),
  };
}

export function toRectificationQuery(f: RectificationListFilters): LocationQueryRaw {
  return {
    ...(f.status.length ? { status: [...f.status] } : {}),
    ...(f.overdue ? { overdue: '1' } : {}),
    ...(f.townId ? { town: f.townId } : {}),
    ...(f.page > 1 ? { page: String(f.page) } : {}),
  };
}

export function toRectificationListFilter(f: RectificationListFilters): RectificationFilter {
  return {
    ...(f.status.length ? { status: [...f.status] } : {}),
    ...(f.overdue ? { overdue: true } : {}),
    ...(f.townId ? { townId: f.townId } : {}),
  };
}

/** The leaders' inspection list: by kind, date range and inspected unit. */
export interface InspectionListFilters {
  kind: InspectionKind[];
  from: string | null;
  to: string | null;
  unitId: string | null;
  page: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseInspectionQuery(query: LocationQuery): InspectionListFilters {
  const day = (v: string | null) => (v && DAY.test(v) ? v : null);
  return {
    kind: pick(values(query.kind), INSPECTION_KINDS),
    from: day(single(query.from)),
    to: day(single(query.to)),
    unitId: single(query.unit),
    page: pageOf(query.page),
  };
}

export function toInspectionQuery(f: InspectionListFilters): LocationQueryRaw {
  return {
    ...(f.kind.length ? { kind: [...f.kind] } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.unitId ? { unit: f.unitId } : {}),
    ...(f.page > 1 ? { page: String(f.page) } : {}),
  };
}

export function toInspectionListFilter(f: InspectionListFilters): InspectionFilter {
  return {
    ...(f.kind.length ? { kind: [...f.kind] } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.unitId ? { unitId: f.unitId } : {}),
  };
}

/** The first and last day of a month `YYYY-MM`. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
