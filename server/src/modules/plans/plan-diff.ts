import type { PersonValue, PlanSnapshot } from '@flagship/drizzle';

const SUPPORT_LABEL: Record<string, string> = {
  LEADER_LIAISON: '领导联系',
  POLICY_SUPPORT: '政策扶持',
  DEPARTMENT_AID: '部门帮扶',
};

function person(p: PersonValue | null): string | null {
  return p ? [p.name, p.title, p.phone].filter(Boolean).join('，') : null;
}

/** Each comparable part of a plan as text, with its Chinese label. */
const PARTS: { field: string; label: string; text: (s: PlanSnapshot) => string | null }[] = [
  { field: 'goals', label: '创建目标', text: (s) => s.goals },
  { field: 'concept', label: '理念', text: (s) => s.concept },
  { field: 'identity', label: '标识', text: (s) => s.identity },
  { field: 'workingMethod', label: '工作法', text: (s) => s.workingMethod },
  { field: 'measures', label: '主要措施', text: (s) => s.measures },
  { field: 'startDate', label: '开始日期', text: (s) => s.startDate },
  { field: 'endDate', label: '结束日期', text: (s) => s.endDate },
  { field: 'responsibleUnitId', label: '责任部门', text: (s) => s.responsibleUnitId },
  { field: 'responsiblePerson', label: '责任人', text: (s) => person(s.responsiblePerson) },
  { field: 'liaisonLeader', label: '联系领导', text: (s) => person(s.liaisonLeader) },
  {
    field: 'supportModes',
    label: '帮扶方式',
    text: (s) => s.supportModes.map((m) => `${SUPPORT_LABEL[m.mode] ?? m.mode}：${m.detail}`).join('\n') || null,
  },
  {
    field: 'milestones',
    label: '创建计划节点',
    text: (s) =>
      s.milestones.map((m) => `${m.title}｜${m.deliverable ?? ''}｜${m.dueDate}｜权重 ${m.weight}`).join('\n') || null,
  },
];

export interface FieldChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

/** What changed between two submissions (`before` null = first submission: nothing to compare). */
export function diffSnapshots(before: PlanSnapshot | null, after: PlanSnapshot): FieldChange[] {
  if (!before) {
    return [];
  }
  return PARTS.flatMap(({ field, label, text }) => {
    const a = text(before);
    const b = text(after);
    return a === b ? [] : [{ field, label, before: a, after: b }];
  });
}
