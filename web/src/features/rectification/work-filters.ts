import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { RectificationFilter, RectificationStatus } from '../../gql/graphql';
import { pageOf, single } from '../../shared/list/query-values';

/** The unit's views of its items: what still needs work, what waits for the inspector, what is closed. */
export type MyView = 'todo' | 'waiting' | 'verified' | 'all';

export const MY_VIEWS: readonly { value: MyView; label: string; statuses: RectificationStatus[] }[] = [
  { value: 'todo', label: '待处理', statuses: ['OPEN', 'IN_PROGRESS'] },
  { value: 'waiting', label: '待核验', statuses: ['DONE'] },
  { value: 'verified', label: '已核验', statuses: ['VERIFIED'] },
  { value: 'all', label: '全部', statuses: [] },
];

/** The unit's list, in the URL: view, overdue only, pages shown, and the item opened from a to-do (`id`). */
export interface MyFilters {
  view: MyView;
  overdue: boolean;
  page: number;
  id: string | null;
}

/** The verification queue, in the URL: overdue only, pages shown, and the item opened from a to-do. */
export interface VerifyFilters {
  overdue: boolean;
  page: number;
  id: string | null;
}

export function parseMyQuery(query: LocationQuery): MyFilters {
  const view = single(query.view);
  return {
    view: MY_VIEWS.find((v) => v.value === view)?.value ?? 'todo',
    overdue: single(query.overdue) === '1',
    page: pageOf(query.page),
    id: single(query.id),
  };
}

export function toMyQuery(f: MyFilters): LocationQueryRaw {
  return {
    ...(f.view !== 'todo' ? { view: f.view } : {}),
    ...(f.overdue ? { overdue: '1' } : {}),
    ...(f.page > 1 ? { page: String(f.page) } : {}),
    ...(f.id ? { id: f.id } : {}),
  };
}

/** The server filter for the unit's own items (never other units' public ones). */
export function toMyFilter(f: MyFilters, unitId: string): RectificationFilter {
  const statuses = MY_VIEWS.find((v) => v.value === f.view)?.statuses ?? [];
  return {
    unitId,
    ...(statuses.length ? { status: [...statuses] } : {}),
    ...(f.overdue ? { overdue: true } : {}),
  };
}

export function parseVerifyQuery(query: LocationQuery): VerifyFilters {
  return { overdue: single(query.overdue) === '1', page: pageOf(query.page), id: single(query.id) };
}

export function toVerifyQuery(f: VerifyFilters): LocationQueryRaw {
  return {
    ...(f.overdue ? { overdue: '1' } : {}),
    ...(f.page > 1 ? { page: String(f.page) } : {}),
    ...(f.id ? { id: f.id } : {}),
  };
}

/** The queue: every item a unit marked done and no inspector has judged yet. */
export function toVerifyFilter(f: VerifyFilters): RectificationFilter {
  return { status: ['DONE'], ...(f.overdue ? { overdue: true } : {}) };
}
