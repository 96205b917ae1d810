import type { BrandStage, Level, PlanStatus } from '../tables/enums';
import type { BrandSeed } from './data/types';

/** Stage order along the creation path. */
const PATH: BrandStage[] = ['DECLARED', 'CULTIVATING', 'BUILDING', 'ACCEPTANCE', 'NAMED', 'PROMOTED'];
const LEVEL_PATH: Level[] = ['COUNTY', 'CITY', 'PROVINCE', 'NATIONAL'];

/** Gaps in days between the steps of a brand's history. */
const GAP = {
  cultivate: 15,
  saveDeclared: 8,
  save: 5,
  submit: 12,
  returnAfter: 6,
  resubmitAfter: 10,
  approveAfter: 5,
  acceptAfterEnd: 10,
  nameAfter: 30,
  withdrawAfter: 20,
  /** Days after NAMED (COUNTY) for CITY, then after the previous level for PROVINCE and NATIONAL. */
  level: [0, 150, 200, 250],
  /** A plan that is not approved yet is meant to start 10, 20 or 30 days from today. */
  pendingStart: [10, 20, 30],
};

/** A brand's history as day offsets from today (negative: in the past). */
export interface Schedule {
  stages: { stage: BrandStage; day: number }[];
  levels: { level: Level; day: number }[];
  planStatus: PlanStatus | null;
  planSaved: number;
  /** Day of each submission; revision n is submits[n - 1]. */
  submits: number[];
  /** Day revision 1 was returned, if it was. */
  returned: number | null;
  approved: number | null;
  planStart: number;
  planEnd: number;
}

/** The position of a stage on the creation path (WITHDRAWN counts as where it left the path). */
export function stageRank(stage: BrandStage): number {
  return stage === 'WITHDRAWN' ? 1 : PATH.indexOf(stage);
}

/** The plan status of a brand: approved from BUILDING on, otherwise what the data says. */
function planStatusOf(brand: BrandSeed): PlanStatus | null {
  if (brand.stage !== 'WITHDRAWN' && stageRank(brand.stage) >= 2) {
    return 'APPROVED';
  }
  if (brand.plan === undefined) {
    return null;
  }
  return brand.plan === 'RESUBMITTED' ? 'SUBMITTED' : brand.plan;
}

/** Works the brand's history out forwards from its declaration, then shifts it so that it ends `since` days ago. */
export function scheduleOf(brand: BrandSeed, index: number): Schedule {
  const status = planStatusOf(brand);
  const wasReturned =
    brand.plan === 'RETURNED' || brand.plan === 'RESUBMITTED' || (status === 'APPROVED' && !!brand.returnedOnce);
  const cultivating = GAP.cultivate;
  const planSaved = brand.stage === 'DECLARED' ? GAP.saveDeclared : cultivating + GAP.save;
  const submits: number[] = [];
  let returned: number | null = null;
  if (status !== null && status !== 'DRAFT') {
    submits.push(cultivating + GAP.submit);
    if (wasReturned) {
      returned = submits[0] + GAP.returnAfter;
      if (status !== 'RETURNED') {
        submits.push(returned + GAP.resubmitAfter);
      }
    }
  }
  const approved = status === 'APPROVED' ? submits[submits.length - 1] + GAP.approveAfter : null;
  const planDays = brand.planDays ?? 300;
  const planStart = approved ?? 0;
  const acceptance = planStart + planDays + GAP.acceptAfterEnd;
  const named = acceptance + GAP.nameAfter;
  const topLevel = brand.stage === 'PROMOTED' ? (brand.level ?? 'CITY') : 'COUNTY';
  const levels: { level: Level; day: number }[] = [];
  if (stageRank(brand.stage) >= 4) {
    let day = named;
    for (let i = 0; i <= LEVEL_PATH.indexOf(topLevel); i += 1) {
      day += GAP.level[i];
      levels.push({ level: LEVEL_PATH[i], day });
    }
  }
  const entered: Record<BrandStage, number> = {
    DECLARED: 0,
    CULTIVATING: cultivating,
    BUILDING: approved ?? 0,
    ACCEPTANCE: acceptance,
    NAMED: named,
    PROMOTED: levels.length > 1 ? levels[1].day : 0,
    WITHDRAWN: (returned ?? cultivating + 30) + GAP.withdrawAfter,
  };
  const anchor = brand.stage === 'PROMOTED' ? levels[levels.length - 1].day : entered[brand.stage];
  const shift = -brand.since - anchor;
  const path = brand.stage === 'WITHDRAWN' ? PATH.slice(0, 2) : PATH.slice(0, PATH.indexOf(brand.stage) + 1);
  if (brand.stage === 'WITHDRAWN') {
    path.push('WITHDRAWN');
  }
  const pendingStart = GAP.pendingStart[index % GAP.pendingStart.length];
  return {
    stages: path.map((stage) => ({ stage, day: entered[stage] + shift })),
    levels: levels.map((l) => ({ level: l.level, day: l.day + shift })),
    planStatus: status,
    planSaved: planSaved + shift,
    submits: submits.map((d) => d + shift),
    returned: returned === null ? null : returned + shift,
    approved: approved === null ? null : approved + shift,
    planStart: approved === null ? pendingStart : planStart + shift,
    planEnd: (approved === null ? pendingStart : planStart + shift) + planDays,
  };
}
