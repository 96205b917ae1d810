import type { CaseStatus } from '../../gql/graphql';
import type { SessionUser } from '../../shared/session';
import { caseEditPath } from '../unit-cases/routes';

export interface CaseStaffLink {
  to: string;
  label: string;
}

/** What the logged-in viewer can do with this case in the workspace, shown on the case page. */
export function caseStaffLinks(
  user: SessionUser | null,
  modelCase: { id: string; status: CaseStatus; unit: { id: string } },
): CaseStaffLink[] {
  if (user?.role === 'LEADER' || user?.role === 'ADMIN') {
    const label = modelCase.status === 'SUBMITTED' ? '审核这个案例' : '审核记录与首页精选';
    return [{ to: `/workspace/review/cases/${modelCase.id}`, label }];
  }
  if (user?.role === 'UNIT' && user.unit?.id === modelCase.unit.id) {
    const editable = modelCase.status === 'DRAFT' || modelCase.status === 'RETURNED';
    return [{ to: caseEditPath(modelCase.id), label: editable ? '修改案例' : '在“我的案例”中查看' }];
  }
  return [];
}
