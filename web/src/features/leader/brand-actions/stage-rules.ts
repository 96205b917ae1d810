import type { BrandStage, Level } from '../../../gql/graphql';
import { label, LEVEL_LABEL, STAGE_LABEL } from '../../../shared/labels';

/** The allowed stage transitions, as the server's brand-rules.ts STAGE_TRANSITIONS (anything else is refused). */
export const STAGE_TRANSITIONS: Record<BrandStage, BrandStage[]> = {
  DECLARED: ['CULTIVATING', 'WITHDRAWN'],
  CULTIVATING: ['BUILDING', 'WITHDRAWN'],
  BUILDING: ['ACCEPTANCE', 'WITHDRAWN'],
  ACCEPTANCE: ['NAMED', 'BUILDING', 'WITHDRAWN'],
  NAMED: ['PROMOTED', 'WITHDRAWN'],
  PROMOTED: ['WITHDRAWN'],
  WITHDRAWN: [],
};

/** Levels from lowest to highest. */
export const LEVEL_RANK: readonly Level[] = ['COUNTY', 'CITY', 'PROVINCE', 'NATIONAL'];

/** The stages a brand may move to next. */
export function nextStages(stage: BrandStage): BrandStage[] {
  return STAGE_TRANSITIONS[stage] ?? [];
}

/** Withdrawing a brand, and sending it back from acceptance to building, must say why. */
export function needsNote(from: BrandStage, to: BrandStage): boolean {
  return to === 'WITHDRAWN' || (from === 'ACCEPTANCE' && to === 'BUILDING');
}

/** How a move reads on its button: 推进到「培育」, 退回「创建」, 撤销品牌. */
export function moveLabel(from: BrandStage, to: BrandStage): string {
  if (to === 'WITHDRAWN') {
    return '撤销品牌';
  }
  if (from === 'ACCEPTANCE' && to === 'BUILDING') {
    return '验收未通过，退回「创建」';
  }
  return `推进到「${label(STAGE_LABEL, to)}」`;
}

/** What the confirmation says: every move is recorded and cannot be undone from here; withdrawing is final. */
export function moveConfirmation(name: string, from: BrandStage, to: BrandStage): string {
  if (to === 'WITHDRAWN') {
    return `撤销后「${name}」将不再在品牌名录中展示，也不能再推进或晋升，且无法恢复。确认撤销吗？`;
  }
  const base = `「${name}」将由「${label(STAGE_LABEL, from)}」转为「${label(STAGE_LABEL, to)}」，变更会记入进展动态并向公众展示`;
  return from === 'ACCEPTANCE' && to === 'BUILDING'
    ? `${base}。确认退回吗？`
    : `${base}，此后不能退回原阶段。确认推进吗？`;
}

/** Why a move cannot be made yet, when the app knows (the server checks again). */
export function moveBlocked(from: BrandStage, to: BrandStage, planStatus: string | null | undefined): string | null {
  if (from === 'CULTIVATING' && to === 'BUILDING' && planStatus !== 'APPROVED') {
    return '品牌创建方案审核通过后才能进入「创建」阶段';
  }
  return null;
}

/** The levels a brand may be promoted to: only higher than its current one; none once withdrawn. */
export function higherLevels(level: Level | null | undefined, stage: BrandStage): Level[] {
  if (stage === 'WITHDRAWN') {
    return [];
  }
  const rank = level ? LEVEL_RANK.indexOf(level) : -1;
  return LEVEL_RANK.slice(rank + 1);
}

/** 晋升为「市级」品牌 (from 县级). */
export function promotionLabel(from: Level | null | undefined, to: Level): string {
  return `${from ? `由「${label(LEVEL_LABEL, from)}」` : ''}晋升为「${label(LEVEL_LABEL, to)}」品牌`;
}
