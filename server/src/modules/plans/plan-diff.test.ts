import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '@flagship/drizzle';
import { diffSnapshots } from './plan-diff';

function snapshot(overrides: Partial<PlanSnapshot> = {}): PlanSnapshot {
  return {
    goals: '服务群众全覆盖',
    concept: '支部引领',
    identity: null,
    workingMethod: null,
    measures: '建立党员服务岗',
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    responsibleUnitId: null,
    responsiblePerson: { name: '张三', title: '支部书记', phone: '13800000001' },
    liaisonLeader: null,
    supportModes: [{ mode: 'LEADER_LIAISON', detail: '每季度联系一次' }],
    milestones: [
      { title: '建立服务岗', deliverable: '名单', dueDate: '2025-03-31', weight: 30 },
      { title: '开展志愿服务', deliverable: null, dueDate: '2025-09-30', weight: 70 },
    ],
    ...overrides,
  };
}

describe('diffSnapshots', () => {
  it('finds nothing when the plan is unchanged', () => {
    expect(diffSnapshots(snapshot(), snapshot())).toEqual([]);
  });

  it('has nothing to compare on the first submission', () => {
    expect(diffSnapshots(null, snapshot())).toEqual([]);
  });

  it('names a changed goal with its label and both texts', () => {
    expect(diffSnapshots(snapshot(), snapshot({ goals: '服务群众全覆盖，满意率 95%' }))).toEqual([
      { field: 'goals', label: '创建目标', before: '服务群众全覆盖', after: '服务群众全覆盖，满意率 95%' },
    ]);
  });

  it('reports an optional text that was filled in or cleared', () => {
    const changes = diffSnapshots(
      snapshot({ identity: null, concept: '支部引领' }),
      snapshot({ identity: '红旗标识', concept: null }),
    );
    expect(changes).toEqual([
      { field: 'concept', label: '理念', before: '支部引领', after: null },
      { field: 'identity', label: '标识', before: null, after: '红旗标识' },
    ]);
  });

  it('reports a milestone added, with every milestone listed before and after', () => {
    const before = snapshot();
    const after = snapshot({
      milestones: [
        ...before.milestones,
        { title: '总结验收', deliverable: '总结报告', dueDate: '2025-12-15', weight: 10 },
      ],
    });
    const changes = diffSnapshots(before, after);
    expect(changes.map((c) => c.field)).toEqual(['milestones']);
    expect(changes[0].label).toBe('创建计划节点');
    expect(changes[0].before).toBe('建立服务岗｜名单｜2025-03-31｜权重 30\n开展志愿服务｜｜2025-09-30｜权重 70');
    expect(changes[0].after).toBe(
      '建立服务岗｜名单｜2025-03-31｜权重 30\n开展志愿服务｜｜2025-09-30｜权重 70\n总结验收｜总结报告｜2025-12-15｜权重 10',
    );
  });

  it('reports milestones removed down to none as after = null', () => {
    const changes = diffSnapshots(snapshot(), snapshot({ milestones: [] }));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ field: 'milestones', after: null });
    expect(changes[0].before).toContain('建立服务岗');
  });

  it('notices a changed weight or due date of a milestone', () => {
    const before = snapshot();
    const reweighted = snapshot({
      milestones: [
        { ...before.milestones[0], weight: 40 },
        { ...before.milestones[1], weight: 60 },
      ],
    });
    expect(diffSnapshots(before, reweighted)[0].after).toContain('权重 40');
    const moved = snapshot({ milestones: [{ ...before.milestones[0], dueDate: '2025-04-30' }, before.milestones[1]] });
    expect(diffSnapshots(before, moved)[0].after).toContain('2025-04-30');
  });

  it('shows support modes by their Chinese names and notices a new one', () => {
    const changes = diffSnapshots(
      snapshot(),
      snapshot({
        supportModes: [
          { mode: 'LEADER_LIAISON', detail: '每季度联系一次' },
          { mode: 'POLICY_SUPPORT', detail: '专项资金 5 万元' },
        ],
      }),
    );
    expect(changes).toEqual([
      {
        field: 'supportModes',
        label: '帮扶方式',
        before: '领导联系：每季度联系一次',
        after: '领导联系：每季度联系一次\n政策扶持：专项资金 5 万元',
      },
    ]);
  });

  it('notices a changed support detail and support modes removed', () => {
    const detail = diffSnapshots(
      snapshot(),
      snapshot({ supportModes: [{ mode: 'LEADER_LIAISON', detail: '每月联系' }] }),
    );
    expect(detail).toEqual([
      { field: 'supportModes', label: '帮扶方式', before: '领导联系：每季度联系一次', after: '领导联系：每月联系' },
    ]);
    const removed = diffSnapshots(snapshot(), snapshot({ supportModes: [] }));
    expect(removed).toEqual([
      { field: 'supportModes', label: '帮扶方式', before: '领导联系：每季度联系一次', after: null },
    ]);
  });

  it('reports people by name, title and phone, and dates, in the order of the form', () => {
    const changes = diffSnapshots(
      snapshot(),
      snapshot({
        endDate: '2026-06-30',
        responsiblePerson: { name: '张三', title: '支部书记', phone: '13900000002' },
        liaisonLeader: { name: '李四', title: null, phone: null },
      }),
    );
    expect(changes).toEqual([
      { field: 'endDate', label: '结束日期', before: '2025-12-31', after: '2026-06-30' },
      {
        field: 'responsiblePerson',
        label: '责任人',
        before: '张三，支部书记，13800000001',
        after: '张三，支部书记，13900000002',
      },
      { field: 'liaisonLeader', label: '联系领导', before: null, after: '李四' },
    ]);
  });
});
