import type { MyTodosQuery, Role } from '../../gql/graphql';
import { myRectificationsPath, verifyPath } from '../rectification/routes';
import { inspectionFormPath } from '../inspection/paths';
import { milestoneReportsPath, MY_BRANDS_PATH, planEditorPath } from '../unit/routes';
import { caseEditPath } from '../unit-cases/routes';

export type Todo = MyTodosQuery['myTodos'][number];

/** What will appear in the to-do list, per role, said when it is empty (an admin's work never does). */
export const EMPTY_TODO_HINT: Record<Role, string> = {
  UNIT: '被退回的方案和案例、逾期的创建计划节点、待整改事项会出现在这里。',
  LEADER: '创建单位提交的方案和典型案例待审核时会出现在这里。',
  INSPECTOR: '单位标记“已整改”待核验的事项，和抽签抽中、待检查的品牌会出现在这里。',
  ADMIN: '管理员的工作不进待办：单位、用户和检查表从上方入口维护；待审核的方案和案例见“审核”。',
};

export const TODO_LABEL: Record<string, string> = {
  RETURNED_PLAN: '方案被退回',
  DRAFT_PLAN: '方案未提交',
  OVERDUE_MILESTONE: '节点逾期',
  OPEN_RECTIFICATION: '待整改',
  RETURNED_CASE: '案例被退回',
  PLAN_TO_REVIEW: '待审方案',
  CASE_TO_REVIEW: '待审案例',
  RECTIFICATION_TO_VERIFY: '待核验整改',
  PENDING_SPOT_CHECK: '待抽查',
};

/** Where a to-do item is dealt with in the portal. */
export function todoLink(todo: Todo): string {
  switch (todo.kind) {
    case 'RETURNED_CASE':
      return caseEditPath(todo.targetId);
    case 'PLAN_TO_REVIEW':
      return `/workspace/review/plans/${todo.targetId}`;
    case 'CASE_TO_REVIEW':
      return `/workspace/review/cases/${todo.targetId}`;
    case 'OPEN_RECTIFICATION':
      return myRectificationsPath(todo.targetId);
    case 'RECTIFICATION_TO_VERIFY':
      return verifyPath(todo.targetId);
    case 'PENDING_SPOT_CHECK':
      return todo.brandId ? inspectionFormPath({ brandId: todo.brandId, kind: 'SPOT' }) : '/workspace/spot-checks';
    case 'RETURNED_PLAN':
    case 'DRAFT_PLAN':
      return todo.brandId ? planEditorPath(todo.brandId) : MY_BRANDS_PATH;
    case 'OVERDUE_MILESTONE':
      return todo.brandId ? milestoneReportsPath(todo.brandId) : MY_BRANDS_PATH;
    default:
      return todo.brandId ? `/brands/${todo.brandId}` : '/workspace';
  }
}

/** Counts per kind, for the summary chips at the top of the list. */
export function countByKind(todos: Todo[]): { kind: string; label: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const t of todos) {
    counts.set(t.kind, (counts.get(t.kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, count]) => ({ kind, label: TODO_LABEL[kind] ?? kind, count }));
}
