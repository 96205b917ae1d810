/**
 * Domain enumerations shared by tables, the server and the seed. Values follow GLOSSARY.md; the database
 * enforces them with CHECK constraints (text columns keep migrations simple when a value is added).
 */
export const ROLES = ['UNIT', 'LEADER', 'INSPECTOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const UNIT_KINDS = [
  'COUNTY_COMMITTEE',
  'TOWN_COMMITTEE',
  'DEPARTMENT',
  'VILLAGE',
  'COMMUNITY',
  'ENTERPRISE',
  'AGENCY',
  'INSTITUTION',
  'SOCIAL_ORG',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_TIERS = ['ADVANCED', 'AVERAGE', 'LAGGING'] as const;
export type UnitTier = (typeof UNIT_TIERS)[number];

export const BRANCH_FORMS = ['REGIONAL', 'INDUSTRY', 'MOBILE', 'FUNCTIONAL', 'ONLINE', 'JOINT'] as const;
export type BranchForm = (typeof BRANCH_FORMS)[number];

export const BRAND_CATEGORIES = ['SERVICE', 'WORK_METHOD', 'PROGRAM', 'OTHER'] as const;
export type BrandCategory = (typeof BRAND_CATEGORIES)[number];

export const BRAND_STAGES = [
  'DECLARED',
  'CULTIVATING',
  'BUILDING',
  'ACCEPTANCE',
  'NAMED',
  'PROMOTED',
  'WITHDRAWN',
] as const;
export type BrandStage = (typeof BRAND_STAGES)[number];

export const LEVELS = ['COUNTY', 'CITY', 'PROVINCE', 'NATIONAL'] as const;
export type Level = (typeof LEVELS)[number];

export const FIVE_HAVES = ['NAME', 'LOGO', 'CONCEPT', 'CARRIER', 'INFLUENCE'] as const;
export type FiveHaves = (typeof FIVE_HAVES)[number];

export const PLAN_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const REVIEW_DECISIONS = ['APPROVE', 'RETURN'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const MILESTONE_STATUSES = ['PENDING', 'IN_PROGRESS', 'DONE'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const SUPPORT_MODES = ['LEADER_LIAISON', 'POLICY_SUPPORT', 'DEPARTMENT_AID'] as const;
export type SupportMode = (typeof SUPPORT_MODES)[number];

/** Builds the SQL list of a CHECK constraint from an enumeration. */
export function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}

/** Kinds of timeline events (进展动态). */
export const TIMELINE_KINDS = [
  'BRAND_CREATED',
  'BRAND_UPDATED',
  'STAGE_CHANGED',
  'LEVEL_PROMOTED',
  'FIVE_HAVE_UPDATED',
  'PLAN_SAVED',
  'PLAN_SUBMITTED',
  'PLAN_APPROVED',
  'PLAN_RETURNED',
  'MILESTONE_REPORTED',
  'INSPECTION_RECORDED',
  'RECTIFICATION_UPDATED',
  'RECTIFICATION_VERIFIED',
  'RECTIFICATION_REJECTED',
  'CASE_SUBMITTED',
  'CASE_PUBLISHED',
  'CASE_RETURNED',
  'CASE_FEATURED',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const INSPECTION_KINDS = ['REGULAR', 'SPOT', 'SELF'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const RECTIFICATION_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export const PUBLIC_RATINGS = ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED'] as const;
export type PublicRating = (typeof PUBLIC_RATINGS)[number];

/** What an attachment is evidence for; decides who may download it. */
export const ATTACHMENT_SUBJECTS = [
  'MILESTONE',
  'INSPECTION',
  'RECTIFICATION',
  'FIVE_HAVE',
  'MODEL_CASE',
  'BRAND',
] as const;
export type AttachmentSubject = (typeof ATTACHMENT_SUBJECTS)[number];

export const CASE_STATUSES = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'RETURNED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
