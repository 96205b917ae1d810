import {
  BRAND_CATEGORIES,
  BRAND_STAGES,
  CASE_STATUSES,
  BRANCH_FORMS,
  FIVE_HAVES,
  INSPECTION_KINDS,
  LEVELS,
  MILESTONE_STATUSES,
  PLAN_STATUSES,
  PUBLIC_RATINGS,
  RECTIFICATION_STATUSES,
  REVIEW_DECISIONS,
  ROLES,
  SUPPORT_MODES,
  UNIT_KINDS,
  UNIT_TIERS,
} from '@flagship/drizzle';
import { registerEnumType } from 'type-graphql';

/** A GraphQL enum object ({ VALUE: 'VALUE' }) from a database enumeration. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const Role = enumOf(ROLES);
export const UnitKind = enumOf(UNIT_KINDS);
export const UnitTier = enumOf(UNIT_TIERS);
export const BranchForm = enumOf(BRANCH_FORMS);
export const BrandCategory = enumOf(BRAND_CATEGORIES);
export const BrandStage = enumOf(BRAND_STAGES);
export const Level = enumOf(LEVELS);
export const FiveHaves = enumOf(FIVE_HAVES);
export const PlanStatus = enumOf(PLAN_STATUSES);
export const ReviewDecision = enumOf(REVIEW_DECISIONS);
export const MilestoneStatus = enumOf(MILESTONE_STATUSES);
export const SupportMode = enumOf(SUPPORT_MODES);
export const HealthStatus = enumOf(['GREEN', 'AMBER', 'RED'] as const);
export const InspectionKind = enumOf(INSPECTION_KINDS);
export const RectificationStatus = enumOf(RECTIFICATION_STATUSES);
export const PublicRating = enumOf(PUBLIC_RATINGS);
export const CaseStatus = enumOf(CASE_STATUSES);
export const CaseReviewDecision = enumOf(['PUBLISH', 'RETURN'] as const);
export const ModelCaseSort = enumOf(['NEWEST', 'MOST_VIEWED', 'LEVEL', 'RELEVANCE'] as const);

registerEnumType(Role, { name: 'Role', description: '角色：创建单位 / 领导 / 督查员 / 管理员' });
registerEnumType(UnitKind, { name: 'UnitKind', description: '单位类型' });
registerEnumType(UnitTier, { name: 'UnitTier', description: '先进 / 一般 / 后进' });
registerEnumType(BranchForm, { name: 'BranchForm', description: '特色党支部形式' });
registerEnumType(BrandCategory, { name: 'BrandCategory', description: '品牌类别' });
registerEnumType(BrandStage, { name: 'BrandStage', description: '创建阶段' });
registerEnumType(Level, { name: 'Level', description: '影响级别' });
registerEnumType(FiveHaves, { name: 'FiveHaves', description: '五有标准' });
registerEnumType(PlanStatus, { name: 'PlanStatus', description: '方案状态' });
registerEnumType(ReviewDecision, { name: 'ReviewDecision', description: '审核意见：通过 / 退回' });
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus', description: '节点状态' });
registerEnumType(SupportMode, { name: 'SupportMode', description: '帮扶方式' });
registerEnumType(HealthStatus, { name: 'HealthStatus', description: '健康度：绿 / 黄 / 红' });
registerEnumType(InspectionKind, { name: 'InspectionKind', description: '检查类型：定期检查 / 随机抽查 / 自查' });
registerEnumType(RectificationStatus, { name: 'RectificationStatus', description: '整改状态' });
registerEnumType(PublicRating, { name: 'PublicRating', description: '群众评议：满意 / 基本满意 / 不满意' });
registerEnumType(CaseStatus, { name: 'CaseStatus', description: '案例状态：草稿 / 已提交 / 已发布 / 已退回' });
registerEnumType(CaseReviewDecision, { name: 'CaseReviewDecision', description: '案例审核意见：发布 / 退回' });
registerEnumType(ModelCaseSort, {
  name: 'ModelCaseSort',
  description: '案例排序：最新发布 / 浏览最多 / 级别最高 / 相关度（有搜索词时默认）',
});
