import type { EditablePlanFragment, PlanInput, SupportMode } from '../../gql/graphql';

/** The plan editor's form: every text as a string ('' when blank), dates as `YYYY-MM-DD`. */
export interface PersonForm {
  name: string;
  title: string;
  phone: string;
}

export interface MilestoneRow {
  /** A stable key for the row, so errors and focus follow it when rows are reordered. */
  key: string;
  title: string;
  deliverable: string;
  dueDate: string;
  weight: number | null;
}

export interface SupportForm {
  enabled: boolean;
  detail: string;
}

export interface PlanForm {
  goals: string;
  concept: string;
  identity: string;
  workingMethod: string;
  measures: string;
  startDate: string;
  endDate: string;
  responsibleUnitId: string;
  responsiblePerson: PersonForm;
  liaisonLeader: PersonForm;
  supportModes: Record<SupportMode, SupportForm>;
  milestones: MilestoneRow[];
}

/** The three support modes (帮扶方式) in the order the form shows them, with what each gives. */
export const SUPPORT_MODES: { mode: SupportMode; label: string; hint: string }[] = [
  { mode: 'LEADER_LIAISON', label: '领导联系', hint: '县级领导联系指导：调研频次、帮助解决的问题' },
  { mode: 'POLICY_SUPPORT', label: '政策扶持', hint: '经费补助、评先评优、述职评议等政策支持' },
  { mode: 'DEPARTMENT_AID', label: '部门帮扶', hint: '结对部门及其提供的资源、设施、人员支持' },
];

let keySeed = 0;
/** A new key for a milestone row (unique within the page). */
export function newRowKey(): string {
  keySeed += 1;
  return `m${keySeed}`;
}

const blankPerson = (): PersonForm => ({ name: '', title: '', phone: '' });

/** A blank milestone row. */
export function blankMilestone(): MilestoneRow {
  return { key: newRowKey(), title: '', deliverable: '', dueDate: '', weight: null };
}

/** The form for a plan that has not been written yet. */
export function emptyPlanForm(): PlanForm {
  return {
    goals: '',
    concept: '',
    identity: '',
    workingMethod: '',
    measures: '',
    startDate: '',
    endDate: '',
    responsibleUnitId: '',
    responsiblePerson: blankPerson(),
    liaisonLeader: blankPerson(),
    supportModes: {
      LEADER_LIAISON: { enabled: false, detail: '' },
      POLICY_SUPPORT: { enabled: false, detail: '' },
      DEPARTMENT_AID: { enabled: false, detail: '' },
    },
    milestones: [],
  };
}

const personForm = (p: { name: string; title?: string | null; phone?: string | null } | null | undefined) =>
  p ? { name: p.name, title: p.title ?? '', phone: p.phone ?? '' } : blankPerson();

/** The form filled from a saved plan (or blank when there is none). */
export function planToForm(plan: EditablePlanFragment | null | undefined): PlanForm {
  const form = emptyPlanForm();
  if (!plan) {
    return form;
  }
  for (const s of plan.supportModes) {
    form.supportModes[s.mode] = { enabled: true, detail: s.detail };
  }
  return {
    ...form,
    goals: plan.goals,
    concept: plan.concept ?? '',
    identity: plan.identity ?? '',
    workingMethod: plan.workingMethod ?? '',
    measures: plan.measures,
    startDate: plan.startDate,
    endDate: plan.endDate,
    responsibleUnitId: plan.responsibleUnit?.id ?? '',
    responsiblePerson: personForm(plan.responsiblePerson),
    liaisonLeader: personForm(plan.liaisonLeader),
    milestones: plan.milestones.map((m) => ({
      key: newRowKey(),
      title: m.title,
      deliverable: m.deliverable ?? '',
      dueDate: m.dueDate,
      weight: m.weight,
    })),
  };
}

const text = (s: string) => s.trim();
const optional = (s: string) => s.trim() || null;
const personInput = (p: PersonForm) => ({ name: text(p.name), title: optional(p.title), phone: optional(p.phone) });
const isBlankPerson = (p: PersonForm) => !p.name.trim() && !p.title.trim() && !p.phone.trim();

/** The modes ticked, in the form's order (the order `supportModes` is sent in). */
export function enabledModes(form: PlanForm): SupportMode[] {
  return SUPPORT_MODES.map((s) => s.mode).filter((mode) => form.supportModes[mode].enabled);
}

/** What `savePlan` is sent. Call it only on a valid form (dates and weights present). */
export function formToInput(form: PlanForm): PlanInput {
  return {
    goals: text(form.goals),
    concept: optional(form.concept),
    identity: optional(form.identity),
    workingMethod: optional(form.workingMethod),
    measures: text(form.measures),
    startDate: form.startDate,
    endDate: form.endDate,
    responsibleUnitId: form.responsibleUnitId || null,
    responsiblePerson: personInput(form.responsiblePerson),
    liaisonLeader: isBlankPerson(form.liaisonLeader) ? null : personInput(form.liaisonLeader),
    supportModes: enabledModes(form).map((mode) => ({ mode, detail: text(form.supportModes[mode].detail) })),
    milestones: form.milestones.map((m) => ({
      title: text(m.title),
      deliverable: optional(m.deliverable),
      dueDate: m.dueDate,
      weight: m.weight ?? 0,
    })),
  };
}

/** A comparable fingerprint of the form's content (row keys and whitespace-only edits do not count). */
export function formFingerprint(form: PlanForm): string {
  return JSON.stringify(formToInput(form));
}

/** The sum of the milestones' weights (blank weights count as 0), rounded to 2 decimals. */
export function weightSum(form: PlanForm): number {
  return Math.round(form.milestones.reduce((sum, m) => sum + (m.weight ?? 0), 0) * 100) / 100;
}

/** A deep copy of the form (plain data, safe to keep while the original is edited). */
export function cloneForm(form: PlanForm): PlanForm {
  return JSON.parse(JSON.stringify(form)) as PlanForm;
}
