/**
 * The shared tag vocabulary of the demo model cases (典型案例), so that the tag facet and "similar cases" have
 * something to work with. Every demo case carries two to five of these.
 */
export const CASE_TAGS = [
  '党员服务',
  '乡村振兴',
  '非公党建',
  '网格治理',
  '阵地建设',
  '后进转化',
  '产业发展',
  '农家党校',
  '书记工程',
  '流动党员',
  '驻村帮扶',
  '矛盾调解',
  '基层治理',
  '社区治理',
  '机关党建',
  '党员教育',
  '志愿服务',
  '智慧党建',
  '组织覆盖',
  '无职党员',
] as const;
export type CaseTag = (typeof CASE_TAGS)[number];
