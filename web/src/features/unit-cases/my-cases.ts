import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { CaseStatus, ModelCaseFilter } from '../../gql/graphql';
import { pageOf, pick, values } from '../../shared/list/query-values';

export const CASE_STATUSES = ['DRAFT', 'RETURNED', 'SUBMITTED', 'PUBLISHED'] as const satisfies readonly CaseStatus[];

/** 我的案例's filters, kept in the URL: `?status=RETURNED&page=2`. */
export interface MyCasesFilters {
  status: CaseStatus[];
  page: number;
}

export function parseMyCasesQuery(q: LocationQuery): MyCasesFilters {
  return { status: pick(values(q.status), CASE_STATUSES), page: pageOf(q.page) };
}

export function toMyCasesQuery(f: MyCasesFilters): LocationQueryRaw {
  return {
    ...(f.status.length ? { status: f.status.join(',') } : {}),
    ...(f.page > 1 ? { page: String(f.page) } : {}),
  };
}

/** The unit's own cases, every status unless one is chosen. */
export function toMyCasesFilter(unitId: string, f: MyCasesFilters): ModelCaseFilter {
  return { unitId, ...(f.status.length ? { status: f.status } : {}) };
}

interface Reviewed {
  status: string;
  reviews: { decision: string; comment?: string | null; createdAt: string }[];
}

/** The reason of the latest return, while the case is still returned (else null). */
export function returnReason(c: Reviewed): string | null {
  if (c.status !== 'RETURNED') {
    return null;
  }
  const last = [...c.reviews].reverse().find((r) => r.decision === 'RETURN');
  return last?.comment ?? null;
}

/** What the unit can do with a case now, as the row's button. */
export function caseAction(status: string): string {
  switch (status) {
    case 'DRAFT':
      return '继续编写';
    case 'RETURNED':
      return '按意见修改';
    case 'SUBMITTED':
      return '查看（审核中）';
    default:
      return '查看';
  }
}
