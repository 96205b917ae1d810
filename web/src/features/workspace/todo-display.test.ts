import { describe, expect, it } from 'vitest';
import { countByKind, todoLink, type Todo } from './todo-display';

const todo = (kind: string, brandId: string | null = 'b1'): Todo => ({
  kind,
  targetId: 't1',
  brandId,
  title: 'x',
  detail: null,
  due: null,
  overdue: false,
});

describe('to-do display', () => {
  it('links each kind to where it is dealt with', () => {
    expect(todoLink(todo('RETURNED_CASE'))).toBe('/workspace/cases/t1/edit');
    expect(todoLink(todo('PLAN_TO_REVIEW'))).toBe('/workspace/review/plans/t1');
    expect(todoLink(todo('CASE_TO_REVIEW'))).toBe('/workspace/review/cases/t1');
    expect(todoLink(todo('OVERDUE_MILESTONE'))).toBe('/workspace/brands/b1/milestones');
    expect(todoLink(todo('RETURNED_PLAN'))).toBe('/workspace/brands/b1/plan');
    expect(todoLink(todo('DRAFT_PLAN'))).toBe('/workspace/brands/b1/plan');
    expect(todoLink(todo('PENDING_SPOT_CHECK'))).toBe('/workspace/inspections/new?brandId=b1&kind=SPOT');
    expect(todoLink(todo('OPEN_RECTIFICATION', null))).toBe('/workspace/my-rectifications?id=t1');
    expect(todoLink(todo('RECTIFICATION_TO_VERIFY'))).toBe('/workspace/verify?id=t1');
  });

  it('counts items per kind with Chinese labels', () => {
    expect(countByKind([todo('DRAFT_PLAN'), todo('DRAFT_PLAN'), todo('PLAN_TO_REVIEW')])).toEqual([
      { kind: 'DRAFT_PLAN', label: '方案未提交', count: 2 },
      { kind: 'PLAN_TO_REVIEW', label: '待审方案', count: 1 },
    ]);
  });
});
