/** Chinese labels for exported cells (the same words the portal shows). */
export const STAGE: Record<string, string> = {
  DECLARED: '申报',
  CULTIVATING: '培育',
  BUILDING: '创建',
  ACCEPTANCE: '验收',
  NAMED: '命名',
  PROMOTED: '推广',
  WITHDRAWN: '撤销',
};
export const LEVEL: Record<string, string> = { COUNTY: '县级', CITY: '市级', PROVINCE: '省级', NATIONAL: '全国' };
export const CATEGORY: Record<string, string> = {
  SERVICE: '服务',
  WORK_METHOD: '工作法',
  PROGRAM: '工程',
  OTHER: '其他',
};
export const HEALTH: Record<string, string> = { GREEN: '良好', AMBER: '需关注', RED: '预警' };
export const RECTIFICATION_STATUS: Record<string, string> = {
  OPEN: '待整改',
  IN_PROGRESS: '整改中',
  DONE: '已整改待核验',
  VERIFIED: '已核验',
};
export const INSPECTION_KIND: Record<string, string> = { REGULAR: '定期检查', SPOT: '不定期抽查', SELF: '自查' };
export const TIER: Record<string, string> = { ADVANCED: '先进', AVERAGE: '一般', LAGGING: '后进' };
export const ROLE: Record<string, string> = { UNIT: '创建单位', LEADER: '领导', INSPECTOR: '督查员', ADMIN: '管理员' };
export const UNIT_KIND: Record<string, string> = {
  COUNTY_COMMITTEE: '县委',
  TOWN_COMMITTEE: '镇（街道）党委',
  DEPARTMENT: '职能部门',
  VILLAGE: '村',
  COMMUNITY: '社区',
  ENTERPRISE: '非公企业',
  AGENCY: '机关',
  INSTITUTION: '事业单位',
  SOCIAL_ORG: '社会组织',
};
export const CASE_STATUS: Record<string, string> = {
  DRAFT: '草稿',
  SUBMITTED: '待审核',
  PUBLISHED: '已发布',
  RETURNED: '已退回',
};
