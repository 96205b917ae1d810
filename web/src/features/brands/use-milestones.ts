import type { MilestoneStatus } from '../../gql/graphql';

export type MilestoneState = 'done' | 'overdue' | 'in-progress' | 'pending';

export interface MilestoneLike {
  status: MilestoneStatus;
  overdue: boolean;
  dueDate: string;
}

export const MILESTONE_STATE_LABEL: Record<MilestoneState, string> = {
  done: '已完成',
  overdue: '已逾期',
  'in-progress': '推进中',
  pending: '未开始',
};

/** Done first; a milestone past its due date and not done is overdue, whatever its reported status. */
export function milestoneState(m: MilestoneLike): MilestoneState {
  if (m.status === 'DONE') {
    return 'done';
  }
  if (m.overdue) {
    return 'overdue';
  }
  return m.status === 'IN_PROGRESS' ? 'in-progress' : 'pending';
}

/** Today's calendar day in Beijing (YYYY-MM-DD), the day the server counts overdue by. */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** Whole days from `dueDate` to `today` (both YYYY-MM-DD); 0 or less when not yet due. */
export function daysPast(dueDate: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / 86_400_000);
}

/** How the plan stands: done / total and how many are overdue. */
export function milestoneCounts(milestones: readonly MilestoneLike[]) {
  const states = milestones.map(milestoneState);
  return {
    total: states.length,
    done: states.filter((s) => s === 'done').length,
    overdue: states.filter((s) => s === 'overdue').length,
  };
}
