import type { EditablePlanFragment } from '../../gql/graphql';

/** A line of a before → after comparison. */
export interface DiffLine {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * A line-by-line comparison (longest common subsequence): lists such as milestones and support modes come as one
 * line per item, so a changed item shows as one removed and one added line, and untouched items stay plain.
 */
export function lineDiff(before: string | null | undefined, after: string | null | undefined): DiffLine[] {
  const a = before ? before.split('\n') : [];
  const b = after ? after.split('\n') : [];
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i] });
      i += 1;
      j += 1;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      out.push({ kind: 'removed', text: a[i] });
      i += 1;
    } else {
      out.push({ kind: 'added', text: b[j] });
      j += 1;
    }
  }
  return out;
}

/** The editor's sections, by the field names the server's revision changes use. */
export type PlanSection =
  | 'goals'
  | 'concept'
  | 'identity'
  | 'workingMethod'
  | 'measures'
  | 'dates'
  | 'responsibleUnitId'
  | 'responsiblePerson'
  | 'liaisonLeader'
  | 'supportModes'
  | 'milestones';

/** Words a reviewer uses for each section (a reason that says 节点成果不具体 points at the milestones). */
const MENTIONS: Record<PlanSection, string[]> = {
  goals: ['目标'],
  concept: ['理念', '内涵'],
  identity: ['标识', 'logo', 'LOGO'],
  workingMethod: ['工作法'],
  measures: ['措施', '举措'],
  dates: ['起止', '开始日期', '结束日期', '周期', '时限'],
  responsibleUnitId: ['责任部门', '责任单位'],
  responsiblePerson: ['责任人'],
  liaisonLeader: ['联系领导'],
  supportModes: ['帮扶', '扶持', '支持方式'],
  milestones: ['节点', '成果', '权重', '进度安排', '时间安排'],
};

/** The sections a review comment talks about. */
export function sectionsMentioned(comment: string | null | undefined): PlanSection[] {
  if (!comment) {
    return [];
  }
  return (Object.keys(MENTIONS) as PlanSection[]).filter((s) => MENTIONS[s].some((word) => comment.includes(word)));
}

/** The section a revision change belongs to (start and end date share one). */
export function sectionOfField(field: string): PlanSection {
  return field === 'startDate' || field === 'endDate' ? 'dates' : (field as PlanSection);
}

export type Review = EditablePlanFragment['reviews'][number];

/** The latest review that returned the plan, when the plan stands returned. */
export function returnReview(plan: EditablePlanFragment | null | undefined): Review | null {
  if (plan?.status !== 'RETURNED') {
    return null;
  }
  const returns = plan.reviews.filter((r) => r.decision === 'RETURN');
  return [...returns].sort((x, y) => x.createdAt.localeCompare(y.createdAt)).at(-1) ?? null;
}

/** Why a section is highlighted: the reviewer's reason mentions it, or it changed in the latest revision. */
export interface SectionFlag {
  mentioned: boolean;
  changed: boolean;
}

/** The highlight of each section of a returned plan (none for other plans). */
export function sectionFlags(plan: EditablePlanFragment | null | undefined): Partial<Record<PlanSection, SectionFlag>> {
  const review = returnReview(plan);
  if (!plan || !review) {
    return {};
  }
  const flags: Partial<Record<PlanSection, SectionFlag>> = {};
  for (const s of sectionsMentioned(review.comment)) {
    flags[s] = { mentioned: true, changed: false };
  }
  const latest = [...plan.revisions].sort((x, y) => x.revision - y.revision).at(-1);
  for (const change of latest?.changes ?? []) {
    const s = sectionOfField(change.field);
    flags[s] = { mentioned: flags[s]?.mentioned ?? false, changed: true };
  }
  return flags;
}

/** Each section's Chinese name and the id of the editor's box that holds it (for "go to" links). */
export const SECTION_META: Record<PlanSection, { label: string; anchor: string }> = {
  goals: { label: '创建目标', anchor: 'plan-sec-goals' },
  concept: { label: '理念', anchor: 'plan-sec-goals' },
  identity: { label: '标识', anchor: 'plan-sec-goals' },
  workingMethod: { label: '工作法', anchor: 'plan-sec-goals' },
  measures: { label: '主要措施', anchor: 'plan-sec-measures' },
  dates: { label: '起止日期', anchor: 'plan-sec-measures' },
  responsibleUnitId: { label: '责任部门', anchor: 'plan-sec-people' },
  responsiblePerson: { label: '责任人', anchor: 'plan-sec-people' },
  liaisonLeader: { label: '联系领导', anchor: 'plan-sec-people' },
  supportModes: { label: '帮扶方式', anchor: 'plan-sec-support' },
  milestones: { label: '创建计划节点', anchor: 'plan-sec-milestones' },
};

/** The editor box a form path is in (to scroll to the first problem). */
export function anchorOfPath(path: string): string {
  const head = path.split('.')[0];
  const section = head === 'startDate' || head === 'endDate' ? 'dates' : (head as PlanSection);
  return SECTION_META[section]?.anchor ?? 'plan-sec-goals';
}
