import type { BrandStage } from '../../gql/graphql';
import { label, STAGE_LABEL, STAGE_ORDER } from '../../shared/labels';

export type StepState = 'done' | 'current' | 'todo';

export interface StageStep {
  stage: BrandStage;
  label: string;
  state: StepState;
  /** When the brand last entered this stage (ISO), for steps reached. */
  at: string | null;
}

export interface StageChangeLike {
  fromStage?: BrandStage | null;
  toStage: BrandStage;
  at: string;
}

export interface StageSteps {
  steps: StageStep[];
  /** Set when the brand was withdrawn (撤销): when, and at which stage. */
  withdrawn: { at: string | null; fromStage: BrandStage | null } | null;
}

/**
 * The stepper 申报 → 培育 → 创建 → 验收 → 命名 → 推广 for a brand's stage and its history (oldest first): steps
 * before the current one are done, each dated by the last time the brand entered it. A withdrawn brand stops at
 * the stage it was withdrawn from.
 */
export function stageSteps(stage: BrandStage, history: readonly StageChangeLike[]): StageSteps {
  const lastInto = (s: BrandStage) => [...history].reverse().find((h) => h.toStage === s) ?? null;
  let reached: BrandStage = stage;
  let withdrawn: StageSteps['withdrawn'] = null;
  if (stage === 'WITHDRAWN') {
    const change = lastInto('WITHDRAWN');
    const before = change?.fromStage ?? [...history].reverse().find((h) => h.toStage !== 'WITHDRAWN')?.toStage;
    reached = before ?? 'DECLARED';
    withdrawn = { at: change?.at ?? null, fromStage: before ?? null };
  }
  const index = STAGE_ORDER.indexOf(reached as (typeof STAGE_ORDER)[number]);
  const steps = STAGE_ORDER.map((s, i): StageStep => {
    const state: StepState = i < index ? 'done' : i === index ? 'current' : 'todo';
    return { stage: s, label: label(STAGE_LABEL, s), state, at: state === 'todo' ? null : (lastInto(s)?.at ?? null) };
  });
  return { steps, withdrawn };
}
