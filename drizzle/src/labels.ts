import type {
  BranchForm,
  BrandCategory,
  BrandStage,
  CaseStatus,
  FiveHaves,
  InspectionKind,
  Level,
  MilestoneStatus,
  PlanStatus,
  PublicRating,
  RectificationStatus,
  Role,
  SupportMode,
  UnitKind,
  UnitTier,
} from './tables/enums';

/**
 * The Chinese label of every domain value (GLOSSARY.md), in one place for the portal, the server's messages and
 * exports, and the demo seed. Type-only imports: the portal imports this module without the database code.
 */
export const ROLE_LABEL: Record<Role, string> = {
  UNIT: '创建单位',
  LEADER: '领导',
  INSPECTOR: '督查员',
  ADMIN: '管理员',
};

export const UNIT_KIND_LABEL: Record<UnitKind, string> = {
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

export const TIER_LABEL: Record<UnitTier, string> = { ADVANCED: '先进', AVERAGE: '一般', LAGGING: '后进' };

export const BRANCH_FORM_LABEL: Record<BranchForm, string> = {
  REGIONAL: '区域型',
  INDUSTRY: '产（行）业型',
  MOBILE: '流动型',
  FUNCTIONAL: '功能型',
  ONLINE: '网络型',
  JOINT: '联合型',
};

export const CATEGORY_LABEL: Record<BrandCategory, string> = {
  SERVICE: '服务',
  WORK_METHOD: '工作法',
  PROGRAM: '工程',
  OTHER: '其他',
};

export const STAGE_LABEL: Record<BrandStage, string> = {
  DECLARED: '申报',
  CULTIVATING: '培育',
  BUILDING: '创建',
  ACCEPTANCE: '验收',
  NAMED: '命名',
  PROMOTED: '推广',
  WITHDRAWN: '撤销',
};

export const LEVEL_LABEL: Record<Level, string> = { COUNTY: '县级', CITY: '市级', PROVINCE: '省级', NATIONAL: '全国' };

export const FIVE_HAVE_LABEL: Record<FiveHaves, string> = {
  NAME: '有名称',
  LOGO: '有标识',
  CONCEPT: '有内涵',
  CARRIER: '有载体',
  INFLUENCE: '有影响',
};

export const PLAN_STATUS_LABEL: Record<PlanStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '待审核',
  APPROVED: '已通过',
  RETURNED: '已退回',
};

export const MILESTONE_STATUS_LABEL: Record<MilestoneStatus, string> = {
  PENDING: '未开始',
  IN_PROGRESS: '推进中',
  DONE: '已完成',
};

export const SUPPORT_MODE_LABEL: Record<SupportMode, string> = {
  LEADER_LIAISON: '领导联系',
  POLICY_SUPPORT: '政策扶持',
  DEPARTMENT_AID: '部门帮扶',
};

export const INSPECTION_KIND_LABEL: Record<InspectionKind, string> = {
  REGULAR: '定期检查',
  SPOT: '不定期抽查',
  SELF: '自查',
};

export const RECTIFICATION_STATUS_LABEL: Record<RectificationStatus, string> = {
  OPEN: '待整改',
  IN_PROGRESS: '整改中',
  DONE: '已整改待核验',
  VERIFIED: '已核验',
};

export const RATING_LABEL: Record<PublicRating, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
};

export const CASE_STATUS_LABEL: Record<CaseStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '待审核',
  PUBLISHED: '已发布',
  RETURNED: '已退回',
};

/** A brand's health (健康度), computed rather than stored. */
export const HEALTH_LABEL: Record<'GREEN' | 'AMBER' | 'RED', string> = { GREEN: '良好', AMBER: '需关注', RED: '预警' };

/** The label of a value, or the value itself when unknown; `empty` when there is no value. */
export function label(map: Readonly<Record<string, string>>, value: string | null | undefined, empty = '—'): string {
  return value ? (map[value] ?? value) : empty;
}
