import type { SessionUser } from '../../shared/session';
import { brandReportPath } from '../report/routes';

export interface StaffLink {
  to: string;
  label: string;
}

/** What the logged-in viewer can do with this brand in the workspace, shown on the public brand page. */
export function staffLinks(user: SessionUser | null, brand: { id: string; unit: { id: string } }): StaffLink[] {
  if (!user) {
    return [];
  }
  const report = { to: brandReportPath(brand.id), label: '考核验收材料（可打印）' };
  if (user.role === 'LEADER' || user.role === 'ADMIN') {
    return [{ to: `/workspace/brands/${brand.id}/manage`, label: '管理品牌（阶段、级别）' }, report];
  }
  if (user.role === 'INSPECTOR') {
    return [report];
  }
  if (user.role === 'UNIT' && user.unit?.id === brand.unit.id) {
    return [
      { to: `/workspace/brands/${brand.id}/plan`, label: '编写 / 查看创建方案' },
      { to: `/workspace/brands/${brand.id}/milestones`, label: '报告节点进展' },
      report,
    ];
  }
  return [];
}
