import type { Role } from '../../gql/graphql';
import { ADMIN_LINKS } from '../admin/admin-links';
import { inspectionFormPath, INSPECTION_LIST_PATH, SELF_INSPECTIONS_PATH, SPOT_CHECKS_PATH } from '../inspection/paths';
import { MY_RECTIFICATIONS_PATH, VERIFY_PATH } from '../rectification/routes';
import { MY_BRANDS_PATH } from '../unit/routes';
import { MY_CASES_PATH, NEW_CASE_PATH } from '../unit-cases/routes';

/** A way into the workspace from its home: where, what it is called, what one does there. */
export interface Shortcut {
  to: string;
  title: string;
  hint: string;
  /** A second, direct link on the same card (编写案例 beside 我的案例). */
  action?: { to: string; label: string };
}

const UNIT: Shortcut[] = [
  { to: MY_BRANDS_PATH, title: '我的品牌', hint: '申报品牌、编写创建方案、报告节点进展' },
  {
    to: MY_CASES_PATH,
    title: '我的案例',
    hint: '总结典型案例、提交审核、查看退回意见',
    action: { to: NEW_CASE_PATH, label: '编写案例' },
  },
  { to: SELF_INSPECTIONS_PATH, title: '单位自查', hint: '对照检查表自查自纠，与督查结果逐项对照' },
  { to: MY_RECTIFICATIONS_PATH, title: '我的整改', hint: '答复检查发现的问题：填写整改说明、上传佐证材料、提交核验' },
];

const INSPECTION: Shortcut[] = [
  { to: SPOT_CHECKS_PATH, title: '抽查抽签', hint: '按权重随机抽取抽查对象，可用种子复核' },
  { to: inspectionFormPath({ kind: 'REGULAR' }), title: '登记检查', hint: '定期检查、不定期抽查逐项打分，记录问题' },
  { to: INSPECTION_LIST_PATH, title: '督促检查记录', hint: '全部定期检查、抽查和自查记录' },
  { to: '/workspace/inspections/compare', title: '自查与督查对照', hint: '同期自查与督查逐项对照，差距大的标出' },
];

const VERIFY: Shortcut = {
  to: VERIFY_PATH,
  title: '整改核验',
  hint: '查看单位的整改说明和佐证材料，核验通过或退回重新整改',
};

const LEADER: Shortcut[] = [
  { to: '/workspace/review', title: '审核', hint: '待审的创建方案和典型案例' },
  { to: '/workspace/dashboard', title: '驾驶舱', hint: '全县或镇街的创建进展、督查、整改和转化' },
  { to: '/workspace/brands', title: '品牌管理', hint: '推进创建阶段、晋升影响级别' },
  { to: '/workspace/units', title: '单位与等次', hint: '先进、一般、后进等次的调整' },
  { to: '/workspace/rectifications', title: '整改事项', hint: '全县整改事项及销号情况' },
  { to: INSPECTION_LIST_PATH, title: '督促检查', hint: '定期检查、抽查和自查记录' },
];

const ADMIN: Shortcut[] = ADMIN_LINKS.map(({ to, title, text }) => ({ to, title, hint: text }));

/** Each role's shortcuts on the workspace home, its own work first. */
export const WORKSPACE_SHORTCUTS: Record<Role, readonly Shortcut[]> = {
  UNIT,
  INSPECTOR: [...INSPECTION, VERIFY],
  LEADER,
  ADMIN: [...ADMIN, ...LEADER, { ...VERIFY, hint: '等待督查员核验的整改事项，及单位的整改说明和佐证材料' }],
};
