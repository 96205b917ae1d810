/** Chinese labels for the domain's enumerations: the glossary's (GLOSSARY.md), kept with the enumerations. */
export {
  BRANCH_FORM_LABEL,
  CASE_STATUS_LABEL,
  CATEGORY_LABEL,
  FIVE_HAVE_LABEL,
  HEALTH_LABEL,
  INSPECTION_KIND_LABEL,
  label,
  LEVEL_LABEL,
  MILESTONE_STATUS_LABEL,
  PLAN_STATUS_LABEL,
  RATING_LABEL,
  RECTIFICATION_STATUS_LABEL,
  ROLE_LABEL,
  STAGE_LABEL,
  SUPPORT_MODE_LABEL,
  TIER_LABEL,
  UNIT_KIND_LABEL,
} from '@flagship/drizzle/labels';

export const STAGE_ORDER = ['DECLARED', 'CULTIVATING', 'BUILDING', 'ACCEPTANCE', 'NAMED', 'PROMOTED'] as const;
export const LEVEL_ORDER = ['NATIONAL', 'PROVINCE', 'CITY', 'COUNTY'] as const;
