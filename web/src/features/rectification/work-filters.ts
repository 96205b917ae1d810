import type { RectificationFilter, RectificationStatus } from '../../gql/graphql';
import {
  defineListFilters,
  flagField,
  localField,
  type Fields,
  type FilterValues,
  type ListFilters,
} from '../../shared/list/list-filters';

/** The unit's views of its items: what still needs work, what waits for the inspector, what is closed. */
export type MyView = 'todo' | 'waiting' | 'verified' | 'all';

export const MY_VIEWS: readonly { value: MyView; label: string; statuses: RectificationStatus[] }[] = [
  { value: 'todo', label: '待处理', statuses: ['OPEN', 'IN_PROGRESS'] },
  { value: 'waiting', label: '待核验', statuses: ['DONE'] },
  { value: 'verified', label: '已核验', statuses: ['VERIFIED'] },
  { value: 'all', label: '全部', statuses: [] },
];

/** The item opened from a to-do (`?id=`): shown above the list, fetched on its own, never part of the filter. */
const pinnedField = localField<string | null>({
  param: 'id',
  empty: null,
  read: (raw) => raw[0] || null,
  write: (v) => v,
});

/** The view in the URL (`?view=waiting`); it becomes statuses in `toMyFilter`. A hand-edited view reads as 待处理. */
const viewField = localField<MyView>({
  param: 'view',
  empty: 'todo',
  read: (raw) => MY_VIEWS.find((v) => v.value === raw[0])?.value ?? 'todo',
  write: (v) => (v === 'todo' ? null : v),
});

/** The unit's list, in the URL: view, overdue only, pages shown, and the item opened from a to-do (`id`). */
export const myFilters = defineListFilters({ view: viewField, overdue: flagField('overdue'), id: pinnedField });
export type MyFilters = (typeof myFilters)['empty'];

/** The server filter for the unit's own items (never other units' public ones), in the view's statuses. */
export function toMyFilter(f: MyFilters, unitId: string): RectificationFilter {
  const statuses = MY_VIEWS.find((v) => v.value === f.view)?.statuses ?? [];
  return { unitId, ...(statuses.length ? { status: [...statuses] } : {}), ...myFilters.toFilter(f) };
}

/** What the unit's empty list says: nothing left to do, or nothing in this view. */
export function myEmptyState(f: MyFilters): { title: string; hint: string } {
  return {
    title: f.view === 'todo' && !f.overdue ? '没有需要处理的整改事项' : '没有符合条件的整改事项',
    hint:
      f.view === 'todo'
        ? '督查员检查发现的问题会作为整改事项出现在这里；已提交的事项请看“待核验”。'
        : '换一个筛选条件看看。',
  };
}

/** The verification queue, in the URL: overdue only, pages shown, and the item opened from a to-do. */
export const verifyFilters = defineListFilters({ overdue: flagField('overdue'), id: pinnedField });
export type VerifyFilters = (typeof verifyFilters)['empty'];

/** The queue: every item a unit marked done and no inspector has judged yet. */
export function toVerifyFilter(f: VerifyFilters): RectificationFilter {
  return { status: ['DONE'], ...verifyFilters.toFilter(f) };
}

/**
 * Whether the filters narrow the list. The item opened from a to-do does not count: on a phone the folded filters
 * stay closed, so the item is on the first screen (清除筛选 still drops it with the rest).
 */
export function isNarrowed<S extends Fields>(spec: ListFilters<S>, f: FilterValues<S>): boolean {
  return spec.isFiltered({ ...f, id: null });
}

/**
 * How many items still match the list's statuses after some on the page were answered or judged in place: the
 * server's count less the shown items that have since moved out (e.g. verified from the queue). Without a status
 * filter nothing moves out.
 */
export function stillMatching(
  total: number,
  shown: readonly { status: RectificationStatus }[],
  statuses: readonly RectificationStatus[] | null | undefined,
): number {
  if (!statuses?.length) {
    return total;
  }
  return Math.max(0, total - shown.filter((item) => !statuses.includes(item.status)).length);
}
