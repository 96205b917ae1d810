/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 特色党支部形式 */
export type BranchForm =
  | 'FUNCTIONAL'
  | 'INDUSTRY'
  | 'JOINT'
  | 'MOBILE'
  | 'ONLINE'
  | 'REGIONAL';

/** 品牌类别 */
export type BrandCategory =
  | 'OTHER'
  | 'PROGRAM'
  | 'SERVICE'
  | 'WORK_METHOD';

export type BrandFilter = {
  category?: Array<BrandCategory> | null | undefined;
  level?: Array<Level> | null | undefined;
  search?: string | null | undefined;
  stage?: Array<BrandStage> | null | undefined;
  /** 镇（街道）等上级单位：含其下全部单位的品牌（品牌名录按镇筛选） */
  townId?: string | number | null | undefined;
  unitId?: string | number | null | undefined;
};

/** 品牌排序：NEWEST 最新申报、LEVEL 影响级别从高到低（搜索时按相关度） */
export type BrandSort =
  | 'LEVEL'
  | 'NEWEST';

/** 创建阶段 */
export type BrandStage =
  | 'ACCEPTANCE'
  | 'BUILDING'
  | 'CULTIVATING'
  | 'DECLARED'
  | 'NAMED'
  | 'PROMOTED'
  | 'WITHDRAWN';

/** 案例审核意见：发布 / 退回 */
export type CaseReviewDecision =
  | 'PUBLISH'
  | 'RETURN';

/** 案例状态：草稿 / 已提交 / 已发布 / 已退回 */
export type CaseStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'RETURNED'
  | 'SUBMITTED';

export type ChecklistItemInput = {
  /** 评分说明（不超过 500 个字） */
  description?: string | null | undefined;
  /** 满分（大于 0，不超过 100） */
  maxScore: number;
  /** 分组，如"五有" */
  section?: string | null | undefined;
  title: string;
};

export type ChecklistTemplateInput = {
  description?: string | null | undefined;
  /** 检查项（1 到 50 项） */
  items: Array<ChecklistItemInput>;
  name: string;
};

export type CreateBrandInput = {
  category: BrandCategory;
  name: string;
  slogan?: string | null | undefined;
  summary: string;
  /** 所属单位；创建单位用户可省略（默认本单位），管理员必填 */
  unitId?: string | number | null | undefined;
};

export type CreateUnitInput = {
  /** 特色党支部形式 */
  branchForm?: BranchForm | null | undefined;
  kind: UnitKind;
  name: string;
  /** 上级单位 */
  parentId: string | number;
  /** 等次（默认一般），同时作为年初基准 */
  tier?: UnitTier | null | undefined;
};

export type CreateUserInput = {
  displayName: string;
  /** 初始密码，至少 8 位 */
  password: string;
  role: Role;
  /** 所属单位（创建单位用户必填） */
  unitId?: string | number | null | undefined;
  /** 登录名：字母、数字、下划线或短横线，3–32 位 */
  username: string;
};

export type FindingInput = {
  /** 整改时限（不早于检查日期） */
  deadline: string;
  /** 整改措施 */
  measure: string;
  /** 存在问题 */
  problem: string;
  /** 是否在公开栏公开 */
  public: boolean;
  /** 整改责任人 */
  responsiblePerson: PersonInput;
};

/** 五有标准 */
export type FiveHaves =
  | 'CARRIER'
  | 'CONCEPT'
  | 'INFLUENCE'
  | 'LOGO'
  | 'NAME';

/** 健康度：绿 / 黄 / 红 */
export type HealthStatus =
  | 'AMBER'
  | 'GREEN'
  | 'RED';

export type InspectionFilter = {
  brandId?: string | number | null | undefined;
  /** 检查日期不早于（含） */
  from?: string | null | undefined;
  kind?: Array<InspectionKind> | null | undefined;
  /** 检查日期不晚于（含） */
  to?: string | null | undefined;
  /** 镇（街道）等上级单位：含其下全部单位的检查 */
  townId?: string | number | null | undefined;
  /** 被检查单位（仅该单位本身，不含下级） */
  unitId?: string | number | null | undefined;
};

export type InspectionInput = {
  /** 现场照片等佐证材料（已上传附件的 id） */
  attachmentIds?: Array<string | number> | null | undefined;
  /** 被检查的品牌（须属于被检查单位） */
  brandId?: string | number | null | undefined;
  /** 客户端生成的请求编号；重试时带同一编号，不会重复登记 */
  clientRequestId?: string | null | undefined;
  /** 检查日期（不晚于今天） */
  date: string;
  /** 发现问题（最多 30 个），每个生成一条整改事项 */
  findings: Array<FindingInput>;
  /** 每个检查项的得分（当前版本的全部检查项） */
  items: Array<InspectionItemInput>;
  kind: InspectionKind;
  /** 总体评价 */
  summary?: string | null | undefined;
  /** 检查表 */
  templateId: string | number;
  /** 被检查单位 */
  unitId: string | number;
};

export type InspectionItemInput = {
  /** 检查表当前版本的检查项 */
  itemId: string | number;
  note?: string | null | undefined;
  /** 得分（0 到该项满分） */
  score: number;
};

/** 检查类型：定期检查 / 随机抽查 / 自查 */
export type InspectionKind =
  | 'REGULAR'
  | 'SELF'
  | 'SPOT';

/** 影响级别 */
export type Level =
  | 'CITY'
  | 'COUNTY'
  | 'NATIONAL'
  | 'PROVINCE';

export type MilestoneInput = {
  deliverable?: string | null | undefined;
  dueDate: string;
  title: string;
  /** 权重（大于 0，不超过 100）；进度按权重占比计算 */
  weight: number;
};

export type MilestoneReportInput = {
  /** 佐证材料（已上传附件的 id） */
  attachmentIds?: Array<string | number> | null | undefined;
  note?: string | null | undefined;
  status: MilestoneStatus;
};

/** 节点状态 */
export type MilestoneStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PENDING';

/** 典型案例筛选条件；各条件同时满足 */
export type ModelCaseFilter = {
  /** 所属品牌的类别（任一）；未关联品牌的案例不在其中 */
  category?: Array<BrandCategory> | null | undefined;
  /** 是否精选 */
  featured?: boolean | null | undefined;
  /** 认定级别（任一） */
  level?: Array<Level> | null | undefined;
  /** 全文搜索（标题、摘要、正文、标签），不超过 50 个字 */
  search?: string | null | undefined;
  /** 状态（任一），供领导的审核队列使用；只在查看者可见的范围内筛选 */
  status?: Array<CaseStatus> | null | undefined;
  /** 标签（完全一致） */
  tag?: string | null | undefined;
  /** 单位及其下级单位（如某镇及其各村） */
  unitId?: string | number | null | undefined;
  year?: number | null | undefined;
};

/** 典型案例的内容。创建单位只能为本单位、本单位的品牌编写；领导可为任一单位编写；督查员和管理员不能编写案例。 */
export type ModelCaseInput = {
  /** 新增的照片（本人上传、尚未使用的附件）；已属于本案例的照片可再次传入，不会重复关联 */
  attachmentIds?: Array<string | number> | null | undefined;
  /** 背景（HTML，只保留 caseRichTextRules 所述的安全子集，1–20000 个字符，且须有文字） */
  background: string;
  /** 所属品牌；创建单位只能选本单位的品牌 */
  brandId?: string | number | null | undefined;
  /** 封面：本次传入或已属于本案例的一张图片；不填则无封面 */
  coverAttachmentId?: string | number | null | undefined;
  /** 经验启示（HTML，只保留 caseRichTextRules 所述的安全子集，1–20000 个字符，且须有文字） */
  lessons: string;
  /** 认定的影响级别 */
  level?: Level | null | undefined;
  /** 做法（HTML，只保留 caseRichTextRules 所述的安全子集，1–20000 个字符，且须有文字） */
  practice: string;
  /** 从本案例取下的照片（须为本案例的照片；文件不删除，只是不再属于本案例、不再公开） */
  removeAttachmentIds?: Array<string | number> | null | undefined;
  /** 成效（HTML，只保留 caseRichTextRules 所述的安全子集，1–20000 个字符，且须有文字） */
  results: string;
  /** 摘要（纯文本，1–300 个字） */
  summary: string;
  /** 标签（至多 10 个，每个 1–12 个字；去除首尾空格和重复） */
  tags: Array<string>;
  /** 标题（1–60 个字） */
  title: string;
  /** 所属单位；创建单位默认为本单位；领导须填写，或由所选品牌确定（须与品牌所属单位一致） */
  unitId?: string | number | null | undefined;
  /** 年份（2000 年至今年） */
  year: number;
};

/** 案例排序：最新发布 / 浏览最多 / 级别最高 / 相关度（有搜索词时默认） */
export type ModelCaseSort =
  | 'LEVEL'
  | 'MOST_VIEWED'
  | 'NEWEST'
  | 'RELEVANCE';

export type PersonInput = {
  name: string;
  phone?: string | null | undefined;
  title?: string | null | undefined;
};

export type PlanInput = {
  concept?: string | null | undefined;
  endDate: string;
  goals: string;
  identity?: string | null | undefined;
  liaisonLeader?: PersonInput | null | undefined;
  measures: string;
  milestones: Array<MilestoneInput>;
  responsiblePerson: PersonInput;
  /** 责任部门（单位） */
  responsibleUnitId?: string | number | null | undefined;
  startDate: string;
  supportModes: Array<PlanSupportInput>;
  workingMethod?: string | null | undefined;
};

/** 方案状态 */
export type PlanStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

export type PlanSupportInput = {
  detail: string;
  mode: SupportMode;
};

/** 群众评议：满意 / 基本满意 / 不满意 */
export type PublicRating =
  | 'BASICALLY_SATISFIED'
  | 'SATISFIED'
  | 'UNSATISFIED';

/** 整改事项筛选；公众只能看到公开事项（无论是否指定 publicOnly） */
export type RectificationFilter = {
  brandId?: string | number | null | undefined;
  /** true：已过整改时限且尚未核验的事项；false：其余事项（按当天日期计算） */
  overdue?: boolean | null | undefined;
  /** 只看向群众公开的事项 */
  publicOnly?: boolean | null | undefined;
  status?: Array<RectificationStatus> | null | undefined;
  /** 镇（街道）等上级单位：含其下全部单位的事项（公开栏按镇筛选） */
  townId?: string | number | null | undefined;
  /** 责任单位（仅该单位本身，不含下级） */
  unitId?: string | number | null | undefined;
};

/** 整改状态 */
export type RectificationStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'VERIFIED';

/** 责任单位更新整改进展。允许的状态变化：待整改 → 整改中，待整改 → 已整改，整改中 → 已整改；其他变化（含直接标记为已核验）一律拒绝。标记"已整改"须填写整改说明，并上传至少一份佐证材料；不上传佐证材料时，整改说明须不少于 10 个字。 */
export type RectificationUpdateInput = {
  /** 佐证材料（本人上传、尚未使用的附件 id） */
  attachmentIds?: Array<string | number> | null | undefined;
  /** 整改说明（标记"已整改"时必填） */
  note?: string | null | undefined;
  status: RectificationStatus;
};

/** 审核意见：通过 / 退回 */
export type ReviewDecision =
  | 'APPROVE'
  | 'RETURN';

/** 角色：创建单位 / 领导 / 督查员 / 管理员 */
export type Role =
  | 'ADMIN'
  | 'INSPECTOR'
  | 'LEADER'
  | 'UNIT';

/** 帮扶方式 */
export type SupportMode =
  | 'DEPARTMENT_AID'
  | 'LEADER_LIAISON'
  | 'POLICY_SUPPORT';

export type UnitFilter = {
  /** 年初等次（转化提升的基准）：如年初后进的单位，含已转化的 */
  baselineTier?: Array<UnitTier> | null | undefined;
  kind?: Array<UnitKind> | null | undefined;
  parentId?: string | number | null | undefined;
  search?: string | null | undefined;
  tier?: Array<UnitTier> | null | undefined;
};

/** 单位类型 */
export type UnitKind =
  | 'AGENCY'
  | 'COMMUNITY'
  | 'COUNTY_COMMITTEE'
  | 'DEPARTMENT'
  | 'ENTERPRISE'
  | 'INSTITUTION'
  | 'SOCIAL_ORG'
  | 'TOWN_COMMITTEE'
  | 'VILLAGE';

/** 先进 / 一般 / 后进 */
export type UnitTier =
  | 'ADVANCED'
  | 'AVERAGE'
  | 'LAGGING';

export type UpdateUnitInput = {
  branchForm?: BranchForm | null | undefined;
  /** 清除特色党支部形式 */
  clearBranchForm?: boolean | null | undefined;
  kind?: UnitKind | null | undefined;
  name?: string | null | undefined;
  /** 移动到新的上级单位（连同下级一起移动） */
  parentId?: string | number | null | undefined;
};

export type UpdateUserInput = {
  /** 停用后该用户的会话立即失效 */
  disabled?: boolean | null | undefined;
  displayName?: string | null | undefined;
  role?: Role | null | undefined;
  /** 所属单位；不传则不变，传 null 则不再属于任何单位（创建单位用户必须有单位） */
  unitId?: string | number | null | undefined;
};

export type UserFilter = {
  disabled?: boolean | null | undefined;
  role?: Array<Role> | null | undefined;
  search?: string | null | undefined;
  unitId?: string | number | null | undefined;
};

export type AdminChecklistTemplateFragment = { id: string, name: string, description: string | null, version: number, retired: boolean, retiredAt: string | null, updatedAt: string, items: Array<{ id: string, title: string, section: string | null, description: string | null, maxScore: number }> };

export type AdminChecklistTemplatesQueryVariables = Exact<{
  includeRetired?: boolean | null | undefined;
}>;


export type AdminChecklistTemplatesQuery = { checklistTemplates: Array<{ id: string, name: string, description: string | null, version: number, retired: boolean, retiredAt: string | null, updatedAt: string, items: Array<{ id: string, title: string, section: string | null, description: string | null, maxScore: number }> }> };

export type AdminChecklistTemplateQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminChecklistTemplateQuery = { checklistTemplate: { id: string, name: string, description: string | null, version: number, retired: boolean, retiredAt: string | null, updatedAt: string, items: Array<{ id: string, title: string, section: string | null, description: string | null, maxScore: number }> } | null };

export type AdminCreateChecklistTemplateMutationVariables = Exact<{
  input: ChecklistTemplateInput;
}>;


export type AdminCreateChecklistTemplateMutation = { createChecklistTemplate: { id: string, name: string, description: string | null, version: number, retired: boolean, retiredAt: string | null, updatedAt: string, items: Array<{ id: string, title: string, section: string | null, description: string | null, maxScore: number }> } };

export type AdminUpdateChecklistTemplateMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: ChecklistTemplateInput;
}>;


export type AdminUpdateChecklistTemplateMutation = { updateChecklistTemplate: { id: string, name: string, description: string | null, version: number, retired: boolean, retiredAt: string | null, updatedAt: string, items: Array<{ id: string, title: string, section: string | null, description: string | null, maxScore: number }> } };

export type AdminRetireChecklistTemplateMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRetireChecklistTemplateMutation = { retireChecklistTemplate: { id: string, name: string, description: string | null, version: number, retired: boolean, retiredAt: string | null, updatedAt: string, items: Array<{ id: string, title: string, section: string | null, description: string | null, maxScore: number }> } };

export type AdminUnitFragment = { id: string, name: string, kind: UnitKind, tier: UnitTier, branchForm: BranchForm | null, version: number, parent: { id: string } | null };

export type AdminUnitTreeQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type AdminUnitTreeQuery = { units: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, kind: UnitKind, tier: UnitTier, branchForm: BranchForm | null, version: number, parent: { id: string } | null }> } };

export type AdminUnitLatestQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminUnitLatestQuery = { unit: { id: string, name: string, kind: UnitKind, tier: UnitTier, branchForm: BranchForm | null, version: number, parent: { id: string } | null } | null };

export type AdminCreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type AdminCreateUnitMutation = { createUnit: { id: string, name: string, kind: UnitKind, tier: UnitTier, branchForm: BranchForm | null, version: number, parent: { id: string } | null } };

export type AdminUpdateUnitMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateUnitInput;
}>;


export type AdminUpdateUnitMutation = { updateUnit: { id: string, name: string, kind: UnitKind, tier: UnitTier, branchForm: BranchForm | null, version: number, parent: { id: string } | null } };

export type AdminUserFragment = { id: string, username: string, displayName: string, role: Role, disabled: boolean, version: number, unit: { id: string, name: string } | null };

export type AdminUsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, username: string, displayName: string, role: Role, disabled: boolean, version: number, unit: { id: string, name: string } | null } }> } };

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AdminCreateUserMutation = { createUser: { id: string, username: string, displayName: string, role: Role, disabled: boolean, version: number, unit: { id: string, name: string } | null } };

export type AdminUpdateUserMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateUserInput;
}>;


export type AdminUpdateUserMutation = { updateUser: { id: string, username: string, displayName: string, role: Role, disabled: boolean, version: number, unit: { id: string, name: string } | null } };

export type AdminResetPasswordMutationVariables = Exact<{
  id: string | number;
  password: string;
}>;


export type AdminResetPasswordMutation = { resetPassword: { id: string, username: string, displayName: string, role: Role, disabled: boolean, version: number, unit: { id: string, name: string } | null } };

export type ChangeMyPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangeMyPasswordMutation = { changeMyPassword: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, role: Role, unit: { id: string, name: string } | null } | null };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { id: string, username: string, displayName: string, role: Role, unit: { id: string, name: string } | null } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type BoardQueryVariables = Exact<{
  filter?: RectificationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BoardQuery = { rectifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, problem: string, measure: string, deadline: string, status: RectificationStatus, overdue: boolean, responsiblePerson: { name: string, title: string | null }, unit: { id: string, name: string, parent: { id: string, name: string } | null }, brand: { id: string, name: string } | null, reviewSummary: { total: number, satisfied: number, basicallySatisfied: number, unsatisfied: number, satisfactionRate: number | null }, reviews: Array<{ id: string, rating: PublicRating, comment: string | null, createdAt: string }> }> } };

export type BoardSummaryQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
}>;


export type BoardSummaryQuery = { publicReviewSummary: { total: number, satisfied: number, basicallySatisfied: number, unsatisfied: number, satisfactionRate: number | null } };

export type PublicRectificationQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicRectificationQuery = { rectification: { id: string, problem: string, measure: string, deadline: string, status: RectificationStatus, overdue: boolean, responsiblePerson: { name: string, title: string | null }, unit: { id: string, name: string, parent: { id: string, name: string } | null }, brand: { id: string, name: string } | null, reviewSummary: { total: number, satisfied: number, basicallySatisfied: number, unsatisfied: number, satisfactionRate: number | null }, reviews: Array<{ id: string, rating: PublicRating, comment: string | null, createdAt: string }> } | null };

export type BoardTownsQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardTownsQuery = { towns: Array<{ id: string, name: string }> };

export type PublicRectificationFragment = { id: string, problem: string, measure: string, deadline: string, status: RectificationStatus, overdue: boolean, responsiblePerson: { name: string, title: string | null }, unit: { id: string, name: string, parent: { id: string, name: string } | null }, brand: { id: string, name: string } | null, reviewSummary: { total: number, satisfied: number, basicallySatisfied: number, unsatisfied: number, satisfactionRate: number | null }, reviews: Array<{ id: string, rating: PublicRating, comment: string | null, createdAt: string }> };

export type ReviewSummaryFieldsFragment = { total: number, satisfied: number, basicallySatisfied: number, unsatisfied: number, satisfactionRate: number | null };

export type ReviewRectificationMutationVariables = Exact<{
  id: string | number;
  rating: PublicRating;
  comment?: string | null | undefined;
}>;


export type ReviewRectificationMutation = { reviewRectification: { id: string, rating: PublicRating, comment: string | null, createdAt: string } };

export type BrandCardFragment = { id: string, name: string, slogan: string | null, category: BrandCategory, stage: BrandStage, level: Level | null, progress: number, health: { status: HealthStatus }, unit: { id: string, name: string, kind: UnitKind, parent: { id: string, name: string, kind: UnitKind, parent: { id: string, name: string, kind: UnitKind } | null } | null }, highlight: { name: string, snippet: string } | null };

export type BrandDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type BrandDetailQuery = { brand: { id: string, name: string, slogan: string | null, summary: string, category: BrandCategory, stage: BrandStage, level: Level | null, createdAt: string, unit: { id: string, name: string, kind: UnitKind, parent: { id: string, name: string, kind: UnitKind, parent: { id: string, name: string, kind: UnitKind } | null } | null }, progressDetail: { percent: number, doneWeight: number, totalWeight: number, milestoneCount: number, formula: string }, health: { status: HealthStatus, reasons: Array<string>, rule: string }, fiveHaves: Array<{ item: FiveHaves, met: boolean, evidence: string | null }>, stageHistory: Array<{ id: string, fromStage: BrandStage | null, toStage: BrandStage, at: string }>, levelHistory: Array<{ id: string, fromLevel: Level | null, toLevel: Level, evidence: string, issuer: string | null, recognizedOn: string | null, at: string, case: { id: string, title: string } | null, document: { id: string, url: string, filename: string } | null }>, plan: { id: string, status: PlanStatus, goals: string, concept: string | null, identity: string | null, workingMethod: string | null, measures: string, startDate: string, endDate: string, responsibleUnit: { id: string, name: string } | null, responsiblePerson: { name: string, title: string | null, phone: string | null }, liaisonLeader: { name: string, title: string | null, phone: string | null } | null, supportModes: Array<{ mode: SupportMode, detail: string }> } | null, milestones: Array<{ id: string, title: string, deliverable: string | null, dueDate: string, weight: number, status: MilestoneStatus, overdue: boolean, note: string | null, doneAt: string | null, attachments: Array<{ id: string, url: string, filename: string, contentType: string }> }>, inspections: { totalCount: number, nodes: Array<{ id: string, kind: InspectionKind, date: string, score: number, maxScore: number, summary: string | null }> }, rectifications: { totalCount: number, nodes: Array<{ id: string, problem: string, measure: string, deadline: string, status: RectificationStatus, overdue: boolean, public: boolean, responsiblePerson: { name: string, title: string | null }, reviewSummary: { total: number, satisfied: number, basicallySatisfied: number, unsatisfied: number, satisfactionRate: number | null } }> }, modelCases: Array<{ id: string, title: string, summary: string, level: Level | null, year: number, status: CaseStatus, cover: { id: string, url: string } | null }> } | null };

export type BrandListQueryVariables = Exact<{
  filter?: BrandFilter | null | undefined;
  sort?: BrandSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BrandListQuery = { brands: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, slogan: string | null, category: BrandCategory, stage: BrandStage, level: Level | null, progress: number, health: { status: HealthStatus }, unit: { id: string, name: string, kind: UnitKind, parent: { id: string, name: string, kind: UnitKind, parent: { id: string, name: string, kind: UnitKind } | null } | null }, highlight: { name: string, snippet: string } | null } }> } };

export type BrandRectificationFragment = { id: string, problem: string, measure: string, deadline: string, status: RectificationStatus, overdue: boolean, public: boolean, responsiblePerson: { name: string, title: string | null }, reviewSummary: { total: number, satisfied: number, basicallySatisfied: number, unsatisfied: number, satisfactionRate: number | null } };

export type BrandTimelineQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BrandTimelineQuery = { brand: { id: string, timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: string, summary: string, at: string, actor: { id: string, displayName: string } | null }> } } | null };

export type MilestoneItemFragment = { id: string, title: string, deliverable: string | null, dueDate: string, weight: number, status: MilestoneStatus, overdue: boolean, note: string | null, doneAt: string | null, attachments: Array<{ id: string, url: string, filename: string, contentType: string }> };

export type PublicPlanFragment = { id: string, status: PlanStatus, goals: string, concept: string | null, identity: string | null, workingMethod: string | null, measures: string, startDate: string, endDate: string, responsibleUnit: { id: string, name: string } | null, responsiblePerson: { name: string, title: string | null, phone: string | null }, liaisonLeader: { name: string, title: string | null, phone: string | null } | null, supportModes: Array<{ mode: SupportMode, detail: string }> };

export type TownsQueryVariables = Exact<{ [key: string]: never; }>;


export type TownsQuery = { towns: Array<{ id: string, name: string }> };

export type UnitPlaceFragment = { id: string, name: string, kind: UnitKind, parent: { id: string, name: string, kind: UnitKind, parent: { id: string, name: string, kind: UnitKind } | null } | null };

export type CaseCardFragment = { id: string, title: string, summary: string, level: Level | null, year: number, tags: Array<string>, cover: { id: string, url: string } | null, unit: { id: string, name: string }, brand: { id: string, name: string } | null };

export type CaseListQueryVariables = Exact<{
  filter?: ModelCaseFilter | null | undefined;
  sort?: ModelCaseSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseListQuery = { modelCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, summary: string, level: Level | null, year: number, tags: Array<string>, highlight: { title: string, snippet: string } | null, cover: { id: string, url: string } | null, unit: { id: string, name: string }, brand: { id: string, name: string } | null }> }, modelCaseFacets: { level: Array<{ value: string, label: string, count: number }>, category: Array<{ value: string, label: string, count: number }>, year: Array<{ value: string, label: string, count: number }>, tag: Array<{ value: string, label: string, count: number }>, town: Array<{ value: string, label: string, count: number }> } };

export type FacetFragment = { value: string, label: string, count: number };

export type CaseListCursorQueryVariables = Exact<{
  filter?: ModelCaseFilter | null | undefined;
  sort?: ModelCaseSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseListCursorQuery = { modelCases: { pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseDetailQuery = { modelCase: { background: string, practice: string, results: string, lessons: string, viewCount: number, publishedAt: string | null, status: CaseStatus, id: string, title: string, summary: string, level: Level | null, year: number, tags: Array<string>, photos: Array<{ id: string, url: string, filename: string, contentType: string }>, brand: { id: string, name: string, level: Level | null } | null, unit: { id: string, name: string, parent: { id: string, name: string } | null }, levelHistory: Array<{ id: string, fromLevel: Level | null, toLevel: Level, evidence: string, issuer: string | null, recognizedOn: string | null, at: string }>, cover: { id: string, url: string } | null } | null };

export type SimilarCasesQueryVariables = Exact<{
  id: string | number;
}>;


export type SimilarCasesQuery = { modelCase: { id: string, similar: Array<{ id: string, title: string, summary: string, level: Level | null, year: number, tags: Array<string>, cover: { id: string, url: string } | null, unit: { id: string, name: string }, brand: { id: string, name: string } | null }> } | null };

export type RecordCaseViewMutationVariables = Exact<{
  id: string | number;
}>;


export type RecordCaseViewMutation = { recordCaseView: number };

export type FeaturedCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type FeaturedCasesQuery = { modelCases: { totalCount: number, nodes: Array<{ id: string, title: string, summary: string, level: Level | null, year: number, tags: Array<string>, cover: { id: string, url: string, contentType: string } | null, brand: { id: string, name: string } | null, unit: { id: string, name: string } }> } };

export type LevelWallQueryVariables = Exact<{ [key: string]: never; }>;


export type LevelWallQuery = { brands: { totalCount: number, nodes: Array<{ id: string, name: string, slogan: string | null, level: Level | null, unit: { id: string, name: string } }> } };

export type ShowcaseFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type ShowcaseFiguresQuery = { showcaseFigures: { showcaseBrands: number, namedBrands: number, publishedCases: number, publicRectifications: number, verifiedRectifications: number, reviewCount: number, satisfactionRate: number | null, brandsByStage: Array<{ stage: BrandStage, count: number }> } };

export type ComparedInspectionFragment = { id: string, kind: InspectionKind, date: string, score: number, maxScore: number, summary: string | null, inspector: { id: string, displayName: string } | null };

export type BrandInspectionComparisonQueryVariables = Exact<{
  brandId: string | number;
  from: string;
  to: string;
}>;


export type BrandInspectionComparisonQuery = { inspectionComparison: { from: string, to: string, rule: string, brand: { id: string, name: string, unit: { id: string, name: string } }, selfInspection: { id: string, kind: InspectionKind, date: string, score: number, maxScore: number, summary: string | null, inspector: { id: string, displayName: string } | null } | null, inspectorInspection: { id: string, kind: InspectionKind, date: string, score: number, maxScore: number, summary: string | null, inspector: { id: string, displayName: string } | null } | null, rows: Array<{ title: string, section: string | null, selfScore: number | null, inspectorScore: number | null, maxScore: number, selfMaxScore: number | null, inspectorMaxScore: number | null, difference: number | null, flagged: boolean }>, totals: { selfScore: number | null, selfMaxScore: number | null, inspectorScore: number | null, inspectorMaxScore: number | null, difference: number | null, flaggedCount: number } } };

export type ComparisonBrandSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  unitId?: string | number | null | undefined;
}>;


export type ComparisonBrandSearchQuery = { brands: { nodes: Array<{ id: string, name: string, unit: { id: string, name: string } }> } };

export type InspectionDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionDetailQuery = { inspection: { id: string, kind: InspectionKind, date: string, score: number, maxScore: number, summary: string | null, templateVersion: number, createdAt: string, brand: { id: string, name: string } | null, unit: { id: string, name: string }, inspector: { id: string, displayName: string } | null, template: { id: string, name: string, version: number }, items: Array<{ score: number, note: string | null, item: { id: string, title: string, section: string | null, maxScore: number } }>, findings: Array<{ id: string, problem: string, position: number, rectification: { id: string, measure: string, deadline: string, status: RectificationStatus, overdue: boolean, public: boolean, responsiblePerson: { name: string, title: string | null }, unit: { id: string } } | null }>, attachments: Array<{ id: string, filename: string, contentType: string, size: number, url: string }> } | null };

export type InspectionTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type InspectionTemplatesQuery = { checklistTemplates: Array<{ id: string, name: string, description: string | null, version: number, items: Array<{ id: string, title: string, section: string | null, description: string | null, maxScore: number }> }> };

export type InspectionUnitQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionUnitQuery = { unit: { id: string, name: string, kind: UnitKind } | null };

export type InspectionBrandQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionBrandQuery = { brand: { id: string, name: string, stage: BrandStage, unit: { id: string, name: string, kind: UnitKind }, inspections: { nodes: Array<{ id: string, template: { id: string } }> } } | null };

export type InspectionUnitSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type InspectionUnitSearchQuery = { units: { nodes: Array<{ id: string, name: string, kind: UnitKind }> } };

export type InspectionUnitBrandsQueryVariables = Exact<{
  unitId: string | number;
}>;


export type InspectionUnitBrandsQuery = { brands: { nodes: Array<{ id: string, name: string, stage: BrandStage }> } };

export type RecordInspectionMutationVariables = Exact<{
  input: InspectionInput;
}>;


export type RecordInspectionMutation = { recordInspection: { id: string, kind: InspectionKind, date: string, score: number, maxScore: number, brand: { id: string, name: string } | null, rectifications: Array<{ id: string }> } };

export type SelfInspectionsQueryVariables = Exact<{
  filter?: InspectionFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SelfInspectionsQuery = { inspections: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: InspectionKind, date: string, score: number, maxScore: number, summary: string | null, brand: { id: string, name: string } | null, inspector: { id: string, displayName: string } | null, findings: Array<{ id: string }>, attachments: Array<{ id: string }> } }> } };

export type SpotDrawItemFragment = { id: string, weight: number, reasons: Array<string>, position: number, done: boolean, brand: { id: string, name: string, stage: BrandStage, health: { status: HealthStatus } }, unit: { id: string, name: string, tier: UnitTier }, inspection: { id: string, date: string, score: number, maxScore: number } | null };

export type SpotDrawFragment = { id: string, seed: number, count: number, candidates: number, rule: string, createdAt: string, drawnBy: { id: string, displayName: string }, items: Array<{ id: string, weight: number, reasons: Array<string>, position: number, done: boolean, brand: { id: string, name: string, stage: BrandStage, health: { status: HealthStatus } }, unit: { id: string, name: string, tier: UnitTier }, inspection: { id: string, date: string, score: number, maxScore: number } | null }> };

export type DrawSpotChecksMutationVariables = Exact<{
  count: number;
  seed?: number | null | undefined;
}>;


export type DrawSpotChecksMutation = { drawSpotChecks: { id: string, seed: number, count: number, candidates: number, rule: string, createdAt: string, drawnBy: { id: string, displayName: string }, items: Array<{ id: string, weight: number, reasons: Array<string>, position: number, done: boolean, brand: { id: string, name: string, stage: BrandStage, health: { status: HealthStatus } }, unit: { id: string, name: string, tier: UnitTier }, inspection: { id: string, date: string, score: number, maxScore: number } | null }> } };

export type SpotCheckDrawsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SpotCheckDrawsQuery = { spotCheckDraws: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, seed: number, count: number, candidates: number, rule: string, createdAt: string, drawnBy: { id: string, displayName: string }, items: Array<{ id: string, weight: number, reasons: Array<string>, position: number, done: boolean, brand: { id: string, name: string, stage: BrandStage, health: { status: HealthStatus } }, unit: { id: string, name: string, tier: UnitTier }, inspection: { id: string, date: string, score: number, maxScore: number } | null }> } }> } };

export type PendingSpotChecksQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingSpotChecksQuery = { pendingSpotChecks: Array<{ id: string, weight: number, reasons: Array<string>, position: number, done: boolean, brand: { id: string, name: string, stage: BrandStage, health: { status: HealthStatus } }, unit: { id: string, name: string, tier: UnitTier }, inspection: { id: string, date: string, score: number, maxScore: number } | null }> };

export type BrandActionContextQueryVariables = Exact<{
  id: string | number;
}>;


export type BrandActionContextQuery = { brand: { id: string, plan: { id: string, status: PlanStatus } | null, modelCases: Array<{ id: string, title: string, status: CaseStatus, year: number }> } | null };

export type ChangeBrandStageMutationVariables = Exact<{
  id: string | number;
  stage: BrandStage;
  note?: string | null | undefined;
  version?: number | null | undefined;
}>;


export type ChangeBrandStageMutation = { changeBrandStage: { id: string, stage: BrandStage, version: number, stageHistory: Array<{ id: string, fromStage: BrandStage | null, toStage: BrandStage, note: string | null, at: string }> } };

export type PromoteBrandLevelMutationVariables = Exact<{
  id: string | number;
  level: Level;
  evidence: string;
  issuer?: string | null | undefined;
  recognizedOn?: string | null | undefined;
  caseId?: string | number | null | undefined;
  documentAttachmentId?: string | number | null | undefined;
}>;


export type PromoteBrandLevelMutation = { promoteBrandLevel: { id: string, level: Level | null, version: number, levelHistory: Array<{ id: string, fromLevel: Level | null, toLevel: Level, evidence: string, issuer: string | null, recognizedOn: string | null, at: string }> } };

export type BrandManageQueryVariables = Exact<{
  id: string | number;
}>;


export type BrandManageQuery = { brand: { id: string, name: string, slogan: string | null, category: BrandCategory, stage: BrandStage, level: Level | null, version: number, progress: number, health: { status: HealthStatus, reasons: Array<string> }, unit: { id: string, name: string, parent: { id: string, name: string } | null }, plan: { id: string, status: PlanStatus, revision: number } | null, stageHistory: Array<{ id: string, fromStage: BrandStage | null, toStage: BrandStage, note: string | null, at: string, actor: { id: string, displayName: string } | null }>, levelHistory: Array<{ id: string, fromLevel: Level | null, toLevel: Level, evidence: string, issuer: string | null, recognizedOn: string | null, at: string, case: { id: string, title: string } | null, document: { id: string, url: string, filename: string } | null }> } | null };

export type CaseForReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseForReviewQuery = { modelCase: { id: string, title: string, summary: string, background: string, practice: string, results: string, lessons: string, tags: Array<string>, level: Level | null, year: number, status: CaseStatus, featured: boolean, version: number, updatedAt: string, publishedAt: string | null, brand: { id: string, name: string } | null, unit: { id: string, name: string }, cover: { id: string, url: string } | null, photos: Array<{ id: string, url: string, filename: string }>, reviews: Array<{ id: string, decision: CaseReviewDecision, comment: string | null, createdAt: string, reviewer: { id: string, displayName: string } | null }> } | null };

export type PublishCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type PublishCaseMutation = { publishModelCase: { id: string, status: CaseStatus, version: number, publishedAt: string | null } };

export type ReturnCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
  comment: string;
}>;


export type ReturnCaseMutation = { returnModelCase: { id: string, status: CaseStatus, version: number, reviews: Array<{ id: string, decision: CaseReviewDecision, comment: string | null, createdAt: string }> } };

export type SetCaseFeaturedMutationVariables = Exact<{
  id: string | number;
  featured: boolean;
  version?: number | null | undefined;
}>;


export type SetCaseFeaturedMutation = { setModelCaseFeatured: { id: string, featured: boolean, version: number } };

export type LeaderDashboardQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
}>;


export type LeaderDashboardQuery = { dashboard: { overdueMilestones: number, openRectifications: number, overdueRectifications: number, totalRectifications: number, rectificationClosureRate: number, averageInspectionScore: number | null, brandsByStage: Array<{ stage: BrandStage, count: number }>, brandsByLevel: Array<{ level: Level, count: number }>, progressDistribution: Array<{ from: number, to: number, count: number }>, inspectionsByMonth: Array<{ month: string, count: number, regular: number, spot: number, self: number, averageScore: number | null }>, publicSatisfaction: { total: number, satisfied: number, basicallySatisfied: number, unsatisfied: number, rate: number | null }, tierTransformation: { baselineLagging: number, transformedLagging: number, baselineAverage: number, liftedAverage: number, baselineAdvanced: number, keptAdvanced: number } } };

export type LeaderBrandsQueryVariables = Exact<{
  filter?: BrandFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type LeaderBrandsQuery = { brands: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, stage: BrandStage, level: Level | null, progress: number, updatedAt: string, health: { status: HealthStatus }, unit: { id: string, name: string, parent: { id: string, name: string } | null }, plan: { id: string, status: PlanStatus } | null, milestones: Array<{ id: string, overdue: boolean }> } }> } };

export type LeaderRectificationsQueryVariables = Exact<{
  filter?: RectificationFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type LeaderRectificationsQuery = { rectifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, problem: string, measure: string, deadline: string, status: RectificationStatus, overdue: boolean, public: boolean, responsiblePerson: { name: string, title: string | null }, unit: { id: string, name: string }, brand: { id: string, name: string } | null } }> } };

export type LeaderInspectionsQueryVariables = Exact<{
  filter?: InspectionFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type LeaderInspectionsQuery = { inspections: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: InspectionKind, date: string, score: number, maxScore: number, summary: string | null, unit: { id: string, name: string }, brand: { id: string, name: string } | null, inspector: { id: string, displayName: string } | null, findings: Array<{ id: string }> } }> } };

export type PlanForReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanForReviewQuery = { plan: { id: string, status: PlanStatus, revision: number, version: number, updatedAt: string, goals: string, concept: string | null, identity: string | null, workingMethod: string | null, measures: string, startDate: string, endDate: string, brand: { id: string, name: string, stage: BrandStage, level: Level | null, unit: { id: string, name: string } }, revisions: Array<{ revision: number, submittedAt: string }>, changes: Array<{ field: string, label: string, before: string | null, after: string | null }>, reviews: Array<{ revision: number, decision: ReviewDecision, comment: string | null, createdAt: string, reviewer: { id: string, displayName: string } | null }>, responsibleUnit: { id: string, name: string } | null, responsiblePerson: { name: string, title: string | null, phone: string | null }, liaisonLeader: { name: string, title: string | null, phone: string | null } | null, supportModes: Array<{ mode: SupportMode, detail: string }>, milestones: Array<{ id: string, title: string, deliverable: string | null, dueDate: string, weight: number }> } | null };

export type ReviewPlanMutationVariables = Exact<{
  id: string | number;
  version: number;
  decision: ReviewDecision;
  comment?: string | null | undefined;
}>;


export type ReviewPlanMutation = { reviewPlan: { id: string, status: PlanStatus, version: number, reviews: Array<{ revision: number, decision: ReviewDecision, comment: string | null, createdAt: string }> } };

export type ReviewQueuePlansQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ReviewQueuePlansQuery = { plans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, revision: number, updatedAt: string, brand: { id: string, name: string, unit: { id: string, name: string } }, revisions: Array<{ revision: number, submittedAt: string }> }> } };

export type ReviewQueueCasesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ReviewQueueCasesQuery = { modelCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, updatedAt: string, brand: { id: string, name: string } | null, unit: { id: string, name: string }, reviews: Array<{ id: string, decision: CaseReviewDecision }> }> } };

export type LeaderUnitRowFragment = { id: string, name: string, kind: UnitKind, tier: UnitTier, baselineTier: UnitTier, version: number, parent: { id: string, name: string } | null, tierHistory: Array<{ id: string, fromTier: UnitTier | null, toTier: UnitTier, reason: string, changedAt: string }> };

export type LeaderUnitsQueryVariables = Exact<{
  filter?: UnitFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type LeaderUnitsQuery = { units: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, kind: UnitKind, tier: UnitTier, baselineTier: UnitTier, version: number, parent: { id: string, name: string } | null, tierHistory: Array<{ id: string, fromTier: UnitTier | null, toTier: UnitTier, reason: string, changedAt: string }> } }> } };

export type LeaderUnitQueryVariables = Exact<{
  id: string | number;
}>;


export type LeaderUnitQuery = { unit: { id: string, name: string, kind: UnitKind, tier: UnitTier, baselineTier: UnitTier, version: number, parent: { id: string, name: string } | null, tierHistory: Array<{ id: string, fromTier: UnitTier | null, toTier: UnitTier, reason: string, changedAt: string }> } | null };

export type UnitOutlineQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type UnitOutlineQuery = { units: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, kind: UnitKind, parent: { id: string } | null }> } };

export type ChangeUnitTierMutationVariables = Exact<{
  id: string | number;
  tier: UnitTier;
  reason: string;
  version?: number | null | undefined;
}>;


export type ChangeUnitTierMutation = { changeUnitTier: { id: string, name: string, kind: UnitKind, tier: UnitTier, baselineTier: UnitTier, version: number, parent: { id: string, name: string } | null, tierHistory: Array<{ id: string, fromTier: UnitTier | null, toTier: UnitTier, reason: string, changedAt: string }> } };

export type AnswerRectificationMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: RectificationUpdateInput;
}>;


export type AnswerRectificationMutation = { updateRectification: { id: string, problem: string, measure: string, deadline: string, status: RectificationStatus, overdue: boolean, public: boolean, version: number, doneAt: string | null, verifiedAt: string | null, createdAt: string, responsiblePerson: { name: string, title: string | null, phone: string | null }, unit: { id: string, name: string }, brand: { id: string, name: string } | null, inspection: { id: string, kind: InspectionKind, date: string, score: number, maxScore: number, inspector: { id: string, displayName: string } | null } | null, verifiedBy: { id: string, displayName: string } | null, attachments: Array<{ id: string, filename: string, contentType: string, size: number, url: string }>, history: Array<{ id: string, fromStatus: RectificationStatus | null, toStatus: RectificationStatus, note: string | null, attachmentIds: Array<string>, at: string, actor: { id: string, displayName: string } | null }> } };

export type VerifyRectificationMutationVariables = Exact<{
  id: string | number;
  version: number;
  accepted: boolean;
  comment?: string | null | undefined;
}>;


export type VerifyRectificationMutation = { verifyRectification: { id: string, problem: string, measure: string, deadline: string, status: RectificationStatus, overdue: boolean, public: boolean, version: number, doneAt: string | null, verifiedAt: string | null, createdAt: string, responsiblePerson: { name: string, title: string | null, phone: string | null }, unit: { id: string, name: string }, brand: { id: string, name: string } | null, inspection: { id: string, kind: InspectionKind, date: string, score: number, maxScore: number, inspector: { id: string, displayName: string } | null } | null, verifiedBy: { id: string, displayName: string } | null, attachments: Array<{ id: string, filename: string, contentType: string, size: number, url: string }>, history: Array<{ id: string, fromStatus: RectificationStatus | null, toStatus: RectificationStatus, note: string | null, attachmentIds: Array<string>, at: string, actor: { id: string, displayName: string } | null }> } };

export type WorkRectificationFragment = { id: string, problem: string, measure: string, deadline: string, status: RectificationStatus, overdue: boolean, public: boolean, version: number, doneAt: string | null, verifiedAt: string | null, createdAt: string, responsiblePerson: { name: string, title: string | null, phone: string | null }, unit: { id: string, name: string }, brand: { id: string, name: string } | null, inspection: { id: string, kind: InspectionKind, date: string, score: number, maxScore: number, inspector: { id: string, displayName: string } | null } | null, verifiedBy: { id: string, displayName: string } | null, attachments: Array<{ id: string, filename: string, contentType: string, size: number, url: string }>, history: Array<{ id: string, fromStatus: RectificationStatus | null, toStatus: RectificationStatus, note: string | null, attachmentIds: Array<string>, at: string, actor: { id: string, displayName: string } | null }> };

export type WorkRectificationsQueryVariables = Exact<{
  filter?: RectificationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkRectificationsQuery = { rectifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, problem: string, measure: string, deadline: string, status: RectificationStatus, overdue: boolean, public: boolean, version: number, doneAt: string | null, verifiedAt: string | null, createdAt: string, responsiblePerson: { name: string, title: string | null, phone: string | null }, unit: { id: string, name: string }, brand: { id: string, name: string } | null, inspection: { id: string, kind: InspectionKind, date: string, score: number, maxScore: number, inspector: { id: string, displayName: string } | null } | null, verifiedBy: { id: string, displayName: string } | null, attachments: Array<{ id: string, filename: string, contentType: string, size: number, url: string }>, history: Array<{ id: string, fromStatus: RectificationStatus | null, toStatus: RectificationStatus, note: string | null, attachmentIds: Array<string>, at: string, actor: { id: string, displayName: string } | null }> } }> } };

export type WorkRectificationQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkRectificationQuery = { rectification: { id: string, problem: string, measure: string, deadline: string, status: RectificationStatus, overdue: boolean, public: boolean, version: number, doneAt: string | null, verifiedAt: string | null, createdAt: string, responsiblePerson: { name: string, title: string | null, phone: string | null }, unit: { id: string, name: string }, brand: { id: string, name: string } | null, inspection: { id: string, kind: InspectionKind, date: string, score: number, maxScore: number, inspector: { id: string, displayName: string } | null } | null, verifiedBy: { id: string, displayName: string } | null, attachments: Array<{ id: string, filename: string, contentType: string, size: number, url: string }>, history: Array<{ id: string, fromStatus: RectificationStatus | null, toStatus: RectificationStatus, note: string | null, attachmentIds: Array<string>, at: string, actor: { id: string, displayName: string } | null }> } | null };

export type BrandReportQueryVariables = Exact<{
  id: string | number;
}>;


export type BrandReportQuery = { brand: { id: string, name: string, slogan: string | null, summary: string, category: BrandCategory, stage: BrandStage, level: Level | null, createdAt: string, updatedAt: string, unit: { id: string, name: string, kind: UnitKind, parent: { id: string, name: string } | null }, progressDetail: { percent: number, doneWeight: number, totalWeight: number, milestoneCount: number, formula: string }, health: { status: HealthStatus, reasons: Array<string> }, fiveHaves: Array<{ item: FiveHaves, met: boolean, evidence: string | null }>, stageHistory: Array<{ id: string, fromStage: BrandStage | null, toStage: BrandStage, note: string | null, at: string }>, levelHistory: Array<{ id: string, fromLevel: Level | null, toLevel: Level, evidence: string, issuer: string | null, recognizedOn: string | null }>, plan: { id: string, status: PlanStatus, revision: number, version: number, updatedAt: string, goals: string, concept: string | null, identity: string | null, workingMethod: string | null, measures: string, startDate: string, endDate: string, reviews: Array<{ revision: number, decision: ReviewDecision, comment: string | null, createdAt: string, reviewer: { id: string, displayName: string } | null }>, responsibleUnit: { id: string, name: string } | null, responsiblePerson: { name: string, title: string | null, phone: string | null }, liaisonLeader: { name: string, title: string | null, phone: string | null } | null, supportModes: Array<{ mode: SupportMode, detail: string }>, milestones: Array<{ id: string, title: string, deliverable: string | null, dueDate: string, weight: number }> } | null, milestones: Array<{ id: string, title: string, deliverable: string | null, dueDate: string, weight: number, status: MilestoneStatus, overdue: boolean, note: string | null, doneAt: string | null, attachments: Array<{ id: string, filename: string }> }>, inspections: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: InspectionKind, date: string, score: number, maxScore: number, summary: string | null, inspector: { id: string, displayName: string } | null, items: Array<{ score: number, note: string | null, item: { id: string, title: string, maxScore: number } }>, findings: Array<{ id: string, problem: string }> }> }, rectifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, problem: string, measure: string, deadline: string, status: RectificationStatus, overdue: boolean, public: boolean, doneAt: string | null, verifiedAt: string | null, responsiblePerson: { name: string, title: string | null }, verifiedBy: { id: string, displayName: string } | null, reviewSummary: { total: number, satisfied: number, basicallySatisfied: number, unsatisfied: number }, history: Array<{ id: string, toStatus: RectificationStatus, note: string | null, at: string }> }> }, modelCases: Array<{ id: string, title: string, summary: string, status: CaseStatus, level: Level | null, year: number, publishedAt: string | null }>, timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: string, summary: string, at: string, actor: { id: string, displayName: string } | null }> } } | null };

export type BrandReportMoreQueryVariables = Exact<{
  id: string | number;
  inspectionsAfter?: string | null | undefined;
  rectificationsAfter?: string | null | undefined;
  timelineAfter?: string | null | undefined;
  withInspections: boolean;
  withRectifications: boolean;
  withTimeline: boolean;
}>;


export type BrandReportMoreQuery = { brand: { id: string, inspections?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: InspectionKind, date: string, score: number, maxScore: number, summary: string | null, inspector: { id: string, displayName: string } | null, items: Array<{ score: number, note: string | null, item: { id: string, title: string, maxScore: number } }>, findings: Array<{ id: string, problem: string }> }> }, rectifications?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, problem: string, measure: string, deadline: string, status: RectificationStatus, overdue: boolean, public: boolean, doneAt: string | null, verifiedAt: string | null, responsiblePerson: { name: string, title: string | null }, verifiedBy: { id: string, displayName: string } | null, reviewSummary: { total: number, satisfied: number, basicallySatisfied: number, unsatisfied: number }, history: Array<{ id: string, toStatus: RectificationStatus, note: string | null, at: string }> }> }, timeline?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: string, summary: string, at: string, actor: { id: string, displayName: string } | null }> } } | null };

export type ReportPlanFragment = { id: string, status: PlanStatus, revision: number, version: number, updatedAt: string, goals: string, concept: string | null, identity: string | null, workingMethod: string | null, measures: string, startDate: string, endDate: string, reviews: Array<{ revision: number, decision: ReviewDecision, comment: string | null, createdAt: string, reviewer: { id: string, displayName: string } | null }>, responsibleUnit: { id: string, name: string } | null, responsiblePerson: { name: string, title: string | null, phone: string | null }, liaisonLeader: { name: string, title: string | null, phone: string | null } | null, supportModes: Array<{ mode: SupportMode, detail: string }>, milestones: Array<{ id: string, title: string, deliverable: string | null, dueDate: string, weight: number }> };

export type ReportMilestoneFragment = { id: string, title: string, deliverable: string | null, dueDate: string, weight: number, status: MilestoneStatus, overdue: boolean, note: string | null, doneAt: string | null, attachments: Array<{ id: string, filename: string }> };

export type ReportInspectionsFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: InspectionKind, date: string, score: number, maxScore: number, summary: string | null, inspector: { id: string, displayName: string } | null, items: Array<{ score: number, note: string | null, item: { id: string, title: string, maxScore: number } }>, findings: Array<{ id: string, problem: string }> }> };

export type ReportRectificationsFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, problem: string, measure: string, deadline: string, status: RectificationStatus, overdue: boolean, public: boolean, doneAt: string | null, verifiedAt: string | null, responsiblePerson: { name: string, title: string | null }, verifiedBy: { id: string, displayName: string } | null, reviewSummary: { total: number, satisfied: number, basicallySatisfied: number, unsatisfied: number }, history: Array<{ id: string, toStatus: RectificationStatus, note: string | null, at: string }> }> };

export type ReportTimelineFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: string, summary: string, at: string, actor: { id: string, displayName: string } | null }> };

export type CaseEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseEditorQuery = { modelCase: { id: string, title: string, summary: string, background: string, practice: string, results: string, lessons: string, tags: Array<string>, level: Level | null, year: number, status: CaseStatus, version: number, updatedAt: string, publishedAt: string | null, brand: { id: string, name: string } | null, unit: { id: string, name: string }, cover: { id: string } | null, photos: Array<{ id: string, url: string, filename: string, contentType: string }>, reviews: Array<{ id: string, decision: CaseReviewDecision, comment: string | null, createdAt: string, reviewer: { id: string, displayName: string } | null }> } | null };

export type CaseBrandOptionsQueryVariables = Exact<{
  unitId: string | number;
}>;


export type CaseBrandOptionsQuery = { brands: { nodes: Array<{ id: string, name: string, stage: BrandStage }> } };

export type SaveCaseMutationVariables = Exact<{
  id?: string | number | null | undefined;
  version?: number | null | undefined;
  input: ModelCaseInput;
}>;


export type SaveCaseMutation = { saveModelCase: { id: string, title: string, summary: string, background: string, practice: string, results: string, lessons: string, tags: Array<string>, level: Level | null, year: number, status: CaseStatus, version: number, updatedAt: string, publishedAt: string | null, brand: { id: string, name: string } | null, unit: { id: string, name: string }, cover: { id: string } | null, photos: Array<{ id: string, url: string, filename: string, contentType: string }>, reviews: Array<{ id: string, decision: CaseReviewDecision, comment: string | null, createdAt: string, reviewer: { id: string, displayName: string } | null }> } };

export type SubmitCaseMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitCaseMutation = { submitModelCase: { id: string, title: string, summary: string, background: string, practice: string, results: string, lessons: string, tags: Array<string>, level: Level | null, year: number, status: CaseStatus, version: number, updatedAt: string, publishedAt: string | null, brand: { id: string, name: string } | null, unit: { id: string, name: string }, cover: { id: string } | null, photos: Array<{ id: string, url: string, filename: string, contentType: string }>, reviews: Array<{ id: string, decision: CaseReviewDecision, comment: string | null, createdAt: string, reviewer: { id: string, displayName: string } | null }> } };

export type EditableCaseFragment = { id: string, title: string, summary: string, background: string, practice: string, results: string, lessons: string, tags: Array<string>, level: Level | null, year: number, status: CaseStatus, version: number, updatedAt: string, publishedAt: string | null, brand: { id: string, name: string } | null, unit: { id: string, name: string }, cover: { id: string } | null, photos: Array<{ id: string, url: string, filename: string, contentType: string }>, reviews: Array<{ id: string, decision: CaseReviewDecision, comment: string | null, createdAt: string, reviewer: { id: string, displayName: string } | null }> };

export type MyCasesQueryVariables = Exact<{
  filter: ModelCaseFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type MyCasesQuery = { modelCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, summary: string, status: CaseStatus, year: number, level: Level | null, updatedAt: string, publishedAt: string | null, brand: { id: string, name: string } | null, cover: { id: string, url: string } | null, reviews: Array<{ id: string, decision: CaseReviewDecision, comment: string | null, createdAt: string }> } }> } };

export type DeclareBrandMutationVariables = Exact<{
  input: CreateBrandInput;
}>;


export type DeclareBrandMutation = { createBrand: { id: string, name: string, stage: BrandStage } };

export type EditablePlanFragment = { id: string, status: PlanStatus, revision: number, version: number, updatedAt: string, goals: string, concept: string | null, identity: string | null, workingMethod: string | null, measures: string, startDate: string, endDate: string, reviews: Array<{ revision: number, decision: ReviewDecision, comment: string | null, createdAt: string, reviewer: { displayName: string } | null }>, revisions: Array<{ revision: number, submittedAt: string, changes: Array<{ field: string, label: string, before: string | null, after: string | null }> }>, responsibleUnit: { id: string, name: string } | null, responsiblePerson: { name: string, title: string | null, phone: string | null }, liaisonLeader: { name: string, title: string | null, phone: string | null } | null, supportModes: Array<{ mode: SupportMode, detail: string }>, milestones: Array<{ id: string, title: string, deliverable: string | null, dueDate: string, weight: number }> };

export type MilestoneReportsQueryVariables = Exact<{
  id: string | number;
}>;


export type MilestoneReportsQuery = { brand: { id: string, name: string, stage: BrandStage, progress: number, unit: { id: string }, progressDetail: { formula: string }, plan: { id: string, status: PlanStatus, startDate: string, endDate: string, milestones: Array<{ id: string, title: string, deliverable: string | null, dueDate: string, weight: number, status: MilestoneStatus, overdue: boolean, note: string | null, doneAt: string | null, version: number, attachments: Array<{ id: string, filename: string, contentType: string, size: number, url: string }> }> } | null } | null };

export type MyBrandsQueryVariables = Exact<{
  unitId: string | number;
}>;


export type MyBrandsQuery = { brands: { totalCount: number, nodes: Array<{ id: string, name: string, slogan: string | null, category: BrandCategory, stage: BrandStage, level: Level | null, progress: number, updatedAt: string, health: { status: HealthStatus, reasons: Array<string> }, plan: { id: string, status: PlanStatus, revision: number } | null, milestones: Array<{ id: string, overdue: boolean }> }> } };

export type PlanEditorQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanEditorQuery = { brand: { id: string, name: string, stage: BrandStage, unit: { id: string, name: string }, plan: { id: string, status: PlanStatus, revision: number, version: number, updatedAt: string, goals: string, concept: string | null, identity: string | null, workingMethod: string | null, measures: string, startDate: string, endDate: string, reviews: Array<{ revision: number, decision: ReviewDecision, comment: string | null, createdAt: string, reviewer: { displayName: string } | null }>, revisions: Array<{ revision: number, submittedAt: string, changes: Array<{ field: string, label: string, before: string | null, after: string | null }> }>, responsibleUnit: { id: string, name: string } | null, responsiblePerson: { name: string, title: string | null, phone: string | null }, liaisonLeader: { name: string, title: string | null, phone: string | null } | null, supportModes: Array<{ mode: SupportMode, detail: string }>, milestones: Array<{ id: string, title: string, deliverable: string | null, dueDate: string, weight: number }> } | null } | null };

export type ReportMilestoneMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: MilestoneReportInput;
}>;


export type ReportMilestoneMutation = { reportMilestone: { id: string, title: string, deliverable: string | null, dueDate: string, weight: number, status: MilestoneStatus, overdue: boolean, note: string | null, doneAt: string | null, version: number, attachments: Array<{ id: string, filename: string, contentType: string, size: number, url: string }> } };

export type ReportableMilestoneFragment = { id: string, title: string, deliverable: string | null, dueDate: string, weight: number, status: MilestoneStatus, overdue: boolean, note: string | null, doneAt: string | null, version: number, attachments: Array<{ id: string, filename: string, contentType: string, size: number, url: string }> };

export type SavePlanMutationVariables = Exact<{
  brandId: string | number;
  version?: number | null | undefined;
  input: PlanInput;
}>;


export type SavePlanMutation = { savePlan: { id: string, status: PlanStatus, revision: number, version: number, updatedAt: string, goals: string, concept: string | null, identity: string | null, workingMethod: string | null, measures: string, startDate: string, endDate: string, reviews: Array<{ revision: number, decision: ReviewDecision, comment: string | null, createdAt: string, reviewer: { displayName: string } | null }>, revisions: Array<{ revision: number, submittedAt: string, changes: Array<{ field: string, label: string, before: string | null, after: string | null }> }>, responsibleUnit: { id: string, name: string } | null, responsiblePerson: { name: string, title: string | null, phone: string | null }, liaisonLeader: { name: string, title: string | null, phone: string | null } | null, supportModes: Array<{ mode: SupportMode, detail: string }>, milestones: Array<{ id: string, title: string, deliverable: string | null, dueDate: string, weight: number }> } };

export type SubmitPlanMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type SubmitPlanMutation = { submitPlan: { id: string, status: PlanStatus, revision: number, version: number, updatedAt: string, goals: string, concept: string | null, identity: string | null, workingMethod: string | null, measures: string, startDate: string, endDate: string, reviews: Array<{ revision: number, decision: ReviewDecision, comment: string | null, createdAt: string, reviewer: { displayName: string } | null }>, revisions: Array<{ revision: number, submittedAt: string, changes: Array<{ field: string, label: string, before: string | null, after: string | null }> }>, responsibleUnit: { id: string, name: string } | null, responsiblePerson: { name: string, title: string | null, phone: string | null }, liaisonLeader: { name: string, title: string | null, phone: string | null } | null, supportModes: Array<{ mode: SupportMode, detail: string }>, milestones: Array<{ id: string, title: string, deliverable: string | null, dueDate: string, weight: number }> } };

export type UnitOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type UnitOptionsQuery = { units: { totalCount: number, nodes: Array<{ id: string, name: string, kind: UnitKind }> } };

export type MyTodosQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTodosQuery = { myTodos: Array<{ kind: string, targetId: string, brandId: string | null, title: string, detail: string | null, due: string | null, overdue: boolean }> };

export type PlanContentFragment = { id: string, status: PlanStatus, revision: number, version: number, updatedAt: string, goals: string, concept: string | null, identity: string | null, workingMethod: string | null, measures: string, startDate: string, endDate: string, responsibleUnit: { id: string, name: string } | null, responsiblePerson: { name: string, title: string | null, phone: string | null }, liaisonLeader: { name: string, title: string | null, phone: string | null } | null, supportModes: Array<{ mode: SupportMode, detail: string }>, milestones: Array<{ id: string, title: string, deliverable: string | null, dueDate: string, weight: number }> };

export { AdminChecklistTemplateFragmentDoc } from './documents/AdminChecklistTemplateFragmentDoc';
export { AdminUnitFragmentDoc } from './documents/AdminUnitFragmentDoc';
export { AdminUserFragmentDoc } from './documents/AdminUserFragmentDoc';
export { ReviewSummaryFieldsFragmentDoc } from './documents/ReviewSummaryFieldsFragmentDoc';
export { PublicRectificationFragmentDoc } from './documents/PublicRectificationFragmentDoc';
export { UnitPlaceFragmentDoc } from './documents/UnitPlaceFragmentDoc';
export { BrandCardFragmentDoc } from './documents/BrandCardFragmentDoc';
export { BrandRectificationFragmentDoc } from './documents/BrandRectificationFragmentDoc';
export { MilestoneItemFragmentDoc } from './documents/MilestoneItemFragmentDoc';
export { PublicPlanFragmentDoc } from './documents/PublicPlanFragmentDoc';
export { CaseCardFragmentDoc } from './documents/CaseCardFragmentDoc';
export { FacetFragmentDoc } from './documents/FacetFragmentDoc';
export { ComparedInspectionFragmentDoc } from './documents/ComparedInspectionFragmentDoc';
export { SpotDrawItemFragmentDoc } from './documents/SpotDrawItemFragmentDoc';
export { SpotDrawFragmentDoc } from './documents/SpotDrawFragmentDoc';
export { LeaderUnitRowFragmentDoc } from './documents/LeaderUnitRowFragmentDoc';
export { WorkRectificationFragmentDoc } from './documents/WorkRectificationFragmentDoc';
export { PlanContentFragmentDoc } from './documents/PlanContentFragmentDoc';
export { ReportPlanFragmentDoc } from './documents/ReportPlanFragmentDoc';
export { ReportMilestoneFragmentDoc } from './documents/ReportMilestoneFragmentDoc';
export { ReportInspectionsFragmentDoc } from './documents/ReportInspectionsFragmentDoc';
export { ReportRectificationsFragmentDoc } from './documents/ReportRectificationsFragmentDoc';
export { ReportTimelineFragmentDoc } from './documents/ReportTimelineFragmentDoc';
export { EditableCaseFragmentDoc } from './documents/EditableCaseFragmentDoc';
export { EditablePlanFragmentDoc } from './documents/EditablePlanFragmentDoc';
export { ReportableMilestoneFragmentDoc } from './documents/ReportableMilestoneFragmentDoc';
export { AdminChecklistTemplatesDocument } from './documents/AdminChecklistTemplatesDocument';
export { AdminChecklistTemplateDocument } from './documents/AdminChecklistTemplateDocument';
export { AdminCreateChecklistTemplateDocument } from './documents/AdminCreateChecklistTemplateDocument';
export { AdminUpdateChecklistTemplateDocument } from './documents/AdminUpdateChecklistTemplateDocument';
export { AdminRetireChecklistTemplateDocument } from './documents/AdminRetireChecklistTemplateDocument';
export { AdminUnitTreeDocument } from './documents/AdminUnitTreeDocument';
export { AdminUnitLatestDocument } from './documents/AdminUnitLatestDocument';
export { AdminCreateUnitDocument } from './documents/AdminCreateUnitDocument';
export { AdminUpdateUnitDocument } from './documents/AdminUpdateUnitDocument';
export { AdminUsersDocument } from './documents/AdminUsersDocument';
export { AdminCreateUserDocument } from './documents/AdminCreateUserDocument';
export { AdminUpdateUserDocument } from './documents/AdminUpdateUserDocument';
export { AdminResetPasswordDocument } from './documents/AdminResetPasswordDocument';
export { ChangeMyPasswordDocument } from './documents/ChangeMyPasswordDocument';
export { MeDocument } from './documents/MeDocument';
export { LoginDocument } from './documents/LoginDocument';
export { LogoutDocument } from './documents/LogoutDocument';
export { BoardDocument } from './documents/BoardDocument';
export { BoardSummaryDocument } from './documents/BoardSummaryDocument';
export { PublicRectificationDocument } from './documents/PublicRectificationDocument';
export { BoardTownsDocument } from './documents/BoardTownsDocument';
export { ReviewRectificationDocument } from './documents/ReviewRectificationDocument';
export { BrandDetailDocument } from './documents/BrandDetailDocument';
export { BrandListDocument } from './documents/BrandListDocument';
export { BrandTimelineDocument } from './documents/BrandTimelineDocument';
export { TownsDocument } from './documents/TownsDocument';
export { CaseListDocument } from './documents/CaseListDocument';
export { CaseListCursorDocument } from './documents/CaseListCursorDocument';
export { CaseDetailDocument } from './documents/CaseDetailDocument';
export { SimilarCasesDocument } from './documents/SimilarCasesDocument';
export { RecordCaseViewDocument } from './documents/RecordCaseViewDocument';
export { FeaturedCasesDocument } from './documents/FeaturedCasesDocument';
export { LevelWallDocument } from './documents/LevelWallDocument';
export { ShowcaseFiguresDocument } from './documents/ShowcaseFiguresDocument';
export { BrandInspectionComparisonDocument } from './documents/BrandInspectionComparisonDocument';
export { ComparisonBrandSearchDocument } from './documents/ComparisonBrandSearchDocument';
export { InspectionDetailDocument } from './documents/InspectionDetailDocument';
export { InspectionTemplatesDocument } from './documents/InspectionTemplatesDocument';
export { InspectionUnitDocument } from './documents/InspectionUnitDocument';
export { InspectionBrandDocument } from './documents/InspectionBrandDocument';
export { InspectionUnitSearchDocument } from './documents/InspectionUnitSearchDocument';
export { InspectionUnitBrandsDocument } from './documents/InspectionUnitBrandsDocument';
export { RecordInspectionDocument } from './documents/RecordInspectionDocument';
export { SelfInspectionsDocument } from './documents/SelfInspectionsDocument';
export { DrawSpotChecksDocument } from './documents/DrawSpotChecksDocument';
export { SpotCheckDrawsDocument } from './documents/SpotCheckDrawsDocument';
export { PendingSpotChecksDocument } from './documents/PendingSpotChecksDocument';
export { BrandActionContextDocument } from './documents/BrandActionContextDocument';
export { ChangeBrandStageDocument } from './documents/ChangeBrandStageDocument';
export { PromoteBrandLevelDocument } from './documents/PromoteBrandLevelDocument';
export { BrandManageDocument } from './documents/BrandManageDocument';
export { CaseForReviewDocument } from './documents/CaseForReviewDocument';
export { PublishCaseDocument } from './documents/PublishCaseDocument';
export { ReturnCaseDocument } from './documents/ReturnCaseDocument';
export { SetCaseFeaturedDocument } from './documents/SetCaseFeaturedDocument';
export { LeaderDashboardDocument } from './documents/LeaderDashboardDocument';
export { LeaderBrandsDocument } from './documents/LeaderBrandsDocument';
export { LeaderRectificationsDocument } from './documents/LeaderRectificationsDocument';
export { LeaderInspectionsDocument } from './documents/LeaderInspectionsDocument';
export { PlanForReviewDocument } from './documents/PlanForReviewDocument';
export { ReviewPlanDocument } from './documents/ReviewPlanDocument';
export { ReviewQueuePlansDocument } from './documents/ReviewQueuePlansDocument';
export { ReviewQueueCasesDocument } from './documents/ReviewQueueCasesDocument';
export { LeaderUnitsDocument } from './documents/LeaderUnitsDocument';
export { LeaderUnitDocument } from './documents/LeaderUnitDocument';
export { UnitOutlineDocument } from './documents/UnitOutlineDocument';
export { ChangeUnitTierDocument } from './documents/ChangeUnitTierDocument';
export { AnswerRectificationDocument } from './documents/AnswerRectificationDocument';
export { VerifyRectificationDocument } from './documents/VerifyRectificationDocument';
export { WorkRectificationsDocument } from './documents/WorkRectificationsDocument';
export { WorkRectificationDocument } from './documents/WorkRectificationDocument';
export { BrandReportDocument } from './documents/BrandReportDocument';
export { BrandReportMoreDocument } from './documents/BrandReportMoreDocument';
export { CaseEditorDocument } from './documents/CaseEditorDocument';
export { CaseBrandOptionsDocument } from './documents/CaseBrandOptionsDocument';
export { SaveCaseDocument } from './documents/SaveCaseDocument';
export { SubmitCaseDocument } from './documents/SubmitCaseDocument';
export { MyCasesDocument } from './documents/MyCasesDocument';
export { DeclareBrandDocument } from './documents/DeclareBrandDocument';
export { MilestoneReportsDocument } from './documents/MilestoneReportsDocument';
export { MyBrandsDocument } from './documents/MyBrandsDocument';
export { PlanEditorDocument } from './documents/PlanEditorDocument';
export { ReportMilestoneDocument } from './documents/ReportMilestoneDocument';
export { SavePlanDocument } from './documents/SavePlanDocument';
export { SubmitPlanDocument } from './documents/SubmitPlanDocument';
export { UnitOptionsDocument } from './documents/UnitOptionsDocument';
export { MyTodosDocument } from './documents/MyTodosDocument';