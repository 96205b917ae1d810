import { describe, expect, it } from 'vitest';
import { daysPast, milestoneCounts, milestoneState, todayInChina } from './use-milestones';

describe('milestones', () => {
  it('tells done, overdue, in progress and pending apart', () => {
    expect(milestoneState({ status: 'DONE', overdue: false, dueDate: '2026-01-01' })).toBe('done');
    expect(milestoneState({ status: 'IN_PROGRESS', overdue: true, dueDate: '2026-01-01' })).toBe('overdue');
    expect(milestoneState({ status: 'PENDING', overdue: true, dueDate: '2026-01-01' })).toBe('overdue');
    expect(milestoneState({ status: 'IN_PROGRESS', overdue: false, dueDate: '2027-01-01' })).toBe('in-progress');
    expect(milestoneState({ status: 'PENDING', overdue: false, dueDate: '2027-01-01' })).toBe('pending');
  });

  it('counts days past the due date on the Beijing calendar', () => {
    expect(daysPast('2026-09-07', '2026-11-26')).toBe(80);
    expect(daysPast('2026-11-26', '2026-11-26')).toBe(0);
    expect(todayInChina(new Date('2026-11-25T16:30:00Z'))).toBe('2026-11-26');
  });

  it('sums up a plan', () => {
    const list = [
      { status: 'DONE' as const, overdue: false, dueDate: '2026-01-01' },
      { status: 'IN_PROGRESS' as const, overdue: true, dueDate: '2026-02-01' },
      { status: 'PENDING' as const, overdue: false, dueDate: '2027-01-01' },
    ];
    expect(milestoneCounts(list)).toEqual({ total: 3, done: 1, overdue: 1 });
  });
});
