import type { MyBrandsQuery } from '../../gql/graphql';
import { brandReportPath } from '../report/routes';
import { milestoneReportsPath, planEditorPath } from './routes';

export type MyBrand = MyBrandsQuery['brands']['nodes'][number];

/** A link on a brand's card; `primary` is the next thing the unit should do. */
export interface BrandAction {
  label: string;
  to: string;
  primary: boolean;
}

/** What the unit can do next with a brand, most urgent first. */
export function brandActions(brand: Pick<MyBrand, 'id' | 'stage' | 'plan'>): BrandAction[] {
  const plan = planEditorPath(brand.id);
  if (brand.stage === 'WITHDRAWN') {
    return brand.plan ? [{ label: '查看方案', to: plan, primary: false }] : [];
  }
  switch (brand.plan?.status) {
    case undefined:
      return [{ label: '编写方案', to: plan, primary: true }];
    case 'DRAFT':
      return [{ label: '继续编写方案', to: plan, primary: true }];
    case 'RETURNED':
      return [{ label: '按退回意见修改方案', to: plan, primary: true }];
    case 'SUBMITTED':
      return [{ label: '查看方案（待审核）', to: plan, primary: false }];
    case 'APPROVED':
      return [
        { label: '报告节点进展', to: milestoneReportsPath(brand.id), primary: true },
        { label: '查看方案', to: plan, primary: false },
      ];
  }
}

/**
 * The brand's printable acceptance report (考核验收材料), once there is an approved plan to report on; a brand
 * still being planned has nothing to accept yet.
 */
export function reportLink(brand: Pick<MyBrand, 'id' | 'plan'>): string | null {
  return brand.plan?.status === 'APPROVED' ? brandReportPath(brand.id) : null;
}
