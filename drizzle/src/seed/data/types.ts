import type {
  BranchForm,
  BrandCategory,
  BrandStage,
  CaseStatus,
  Level,
  RectificationStatus,
  UnitKind,
} from '../../tables/enums';
import type { CaseTag } from './case-vocabulary';

/**
 * Tier code of a unit: its tier at the start of the year, and `>` its tier now when it changed this year.
 * L = 后进 LAGGING, A = 一般 AVERAGE, V = 先进 ADVANCED.
 */
export type TierCode = 'L' | 'A' | 'V' | 'L>A' | 'L>V' | 'A>V';

/** One unit: name (also its seed key `unit:<name>`), kind, tier code and, for 特色党支部, its form. */
export type UnitSeed = [name: string, kind: UnitKind, tier: TierCode, form?: BranchForm];

/** A town / street committee with the units under it. */
export interface TownSeed {
  name: string;
  tier: TierCode;
  children: UnitSeed[];
}

/** State of a plan that is not approved yet (brands before 创建 BUILDING). */
export type PendingPlan = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'RESUBMITTED';

/** One demo brand. Its history is derived from `stage` and `since` (see schedule.ts). */
export interface BrandSeed {
  name: string;
  slogan: string;
  summary: string;
  category: BrandCategory;
  /** Owner unit name. */
  unit: string;
  coUnits?: string[];
  stage: BrandStage;
  /** Highest level reached, for PROMOTED brands (NAMED brands are COUNTY). */
  level?: Level;
  /**
   * Days since the brand entered its current state: declared, cultivating, plan approved (BUILDING), acceptance,
   * named, last promotion, withdrawn.
   */
  since: number;
  /** Plan of a brand before BUILDING; absent means no plan yet. */
  plan?: PendingPlan;
  /** An approved plan that was returned once before approval. */
  returnedOnce?: boolean;
  /** Reason given when the plan was returned. */
  returnComment?: string;
  /** How many past-due milestones are still not done (BUILDING brands). */
  overdue?: number;
  /** Length of the plan in days (default 300). */
  planDays?: number;
  /** Number of milestones, 4 to 6 (default 5). */
  milestoneCount?: 4 | 5 | 6;
  /** Custom milestones [title, deliverable] instead of the generated ones. */
  milestones?: [string, string][];
  withdrawReason?: string;
  goal: string;
  /** 理念 */
  concept: string;
  /** 标识 */
  identity: string;
  /** 工作法 */
  method: string;
  /** 载体: where the work happens. */
  carrier: string;
  /** The brand's regular activity. */
  activity: string;
}

/** One problem found by an inspection and the rectification item it became. */
export interface FindingSeed {
  /** The inspection: `<brand name or unit name>:<kind>:<n>` (see plan-inspections.ts). */
  at: string;
  /** Code of the checklist item the problem was scored down on (see data/checklist.ts). */
  item: string;
  problem: string;
  measure: string;
  /** Deadline in days after the inspection. */
  days: number;
  status: RectificationStatus;
  /** Made public (公开栏) when raised. */
  public: boolean;
  /** The inspector's reason for sending a first DONE back to OPEN. */
  rejected?: string;
  /** Photos uploaded with the DONE step(s): with `rejected`, the first and then the second DONE. */
  photos?: string[];
}

/**
 * One demo model case (典型案例). Its seed key is `case:<title>`. The four sections use a light markup that the
 * seed turns into the HTML subset the server stores: one paragraph per line, a line starting with `- ` is a list
 * item (neighbouring items form one list), `**…**` is bold.
 */
export interface CaseSeed {
  title: string;
  summary: string;
  /** The brand it belongs to (written by the brand's unit), or null for a case of `unit` without a brand. */
  brand: string | null;
  unit?: string;
  /** Level recognised; never above the brand's level. */
  level: Level | null;
  tags: CaseTag[];
  /** Default PUBLISHED. */
  status?: CaseStatus;
  /** Days before today of its last workflow step (published, submitted, returned or last saved). */
  days?: number;
  /** Cited as evidence of the brand's latest promotion, which is to this level; published 20 days before it. */
  cites?: Level;
  featured?: boolean;
  /** File name of its cover photo (see covers.ts). */
  cover?: string;
  /** The leader's reason for returning it: its last step (RETURNED), or once before (SUBMITTED, PUBLISHED). */
  returned?: string;
  background: string;
  practice: string;
  results: string;
  lessons: string;
}
