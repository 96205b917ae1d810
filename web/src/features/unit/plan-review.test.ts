import { describe, expect, it } from 'vitest';
import type { EditablePlanFragment } from '../../gql/graphql';
import { lineDiff, returnReview, sectionFlags, sectionsMentioned } from './plan-review';

describe('lineDiff', () => {
  it('marks a changed single value as removed then added', () => {
    expect(lineDiff('2026-01-01', '2026-02-01')).toEqual([
      { kind: 'removed', text: '2026-01-01' },
      { kind: 'added', text: '2026-02-01' },
    ]);
  });

  it('keeps unchanged list items plain and marks only what was added or removed', () => {
    const before = '建岗｜清单｜2026-03-01｜权重 40\n评岗｜｜2026-11-30｜权重 60';
    const after = '建岗｜清单｜2026-03-01｜权重 30\n评岗｜｜2026-11-30｜权重 60\n总结｜案例｜2026-12-20｜权重 10';
    expect(lineDiff(before, after)).toEqual([
      { kind: 'removed', text: '建岗｜清单｜2026-03-01｜权重 40' },
      { kind: 'added', text: '建岗｜清单｜2026-03-01｜权重 30' },
      { kind: 'same', text: '评岗｜｜2026-11-30｜权重 60' },
      { kind: 'added', text: '总结｜案例｜2026-12-20｜权重 10' },
    ]);
  });

  it('shows a first value as added and a cleared one as removed', () => {
    expect(lineDiff(null, '李建华')).toEqual([{ kind: 'added', text: '李建华' }]);
    expect(lineDiff('李建华', null)).toEqual([{ kind: 'removed', text: '李建华' }]);
  });
});

const plan = (over: Partial<EditablePlanFragment>): EditablePlanFragment =>
  ({ status: 'RETURNED', reviews: [], revisions: [], ...over }) as EditablePlanFragment;

describe('the reviewer’s reasons beside the fields', () => {
  it('finds the sections a reason talks about', () => {
    expect(
      sectionsMentioned(
        '岗位设置与村里实际结合不够，未明确联系领导和部门帮扶内容，节点成果不具体，请补充完善后重新提交。',
      ),
    ).toEqual(['liaisonLeader', 'supportModes', 'milestones']);
    expect(sectionsMentioned(null)).toEqual([]);
  });

  it('takes the latest return, and only while the plan stands returned', () => {
    const reviews = [
      { revision: 2, decision: 'RETURN', comment: '第二次', createdAt: '2026-06-02T00:00:00Z', reviewer: null },
      { revision: 1, decision: 'RETURN', comment: '第一次', createdAt: '2026-05-01T00:00:00Z', reviewer: null },
    ] as EditablePlanFragment['reviews'];
    expect(returnReview(plan({ reviews }))?.comment).toBe('第二次');
    expect(returnReview(plan({ reviews, status: 'SUBMITTED' }))).toBeNull();
  });

  it('flags what the reason mentions and what changed in the latest revision', () => {
    const flags = sectionFlags(
      plan({
        reviews: [{ revision: 2, decision: 'RETURN', comment: '措施不具体', createdAt: '2026-06-02T00:00:00Z' }],
        revisions: [
          { revision: 1, submittedAt: '2026-05-01T00:00:00Z', changes: [] },
          {
            revision: 2,
            submittedAt: '2026-06-01T00:00:00Z',
            changes: [
              { field: 'measures', label: '主要措施', before: 'a', after: 'b' },
              { field: 'endDate', label: '结束日期', before: '2026-12-01', after: '2026-12-31' },
            ],
          },
        ],
      } as Partial<EditablePlanFragment>),
    );
    expect(flags).toEqual({ measures: { mentioned: true, changed: true }, dates: { mentioned: false, changed: true } });
  });
});
