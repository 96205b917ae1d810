import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '@flagship/drizzle';
import { AppError, FieldErrors } from '../../core/errors';
import { checkPlan, snapshotOf } from './plan-input';
import type { PlanInput } from './plans.inputs';
import { planInput } from './plan-test-helpers';

const input = (overrides: Record<string, unknown> = {}) => planInput(overrides) as unknown as PlanInput;

/** The per-field problems `checkPlan` finds in a snapshot ({} when it passes). */
function problemsOf(plan: PlanSnapshot): Record<string, string> {
  const errors = new FieldErrors();
  checkPlan(plan, errors);
  try {
    errors.throwIfAny();
    return {};
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('BAD_USER_INPUT');
    return (e as AppError).fields ?? {};
  }
}

const problems = (overrides: Record<string, unknown> = {}) => problemsOf(snapshotOf(input(overrides)));

const milestone = (dueDate: string, weight = 50, title = '节点') => ({ title, deliverable: null, dueDate, weight });

describe('snapshotOf', () => {
  it('trims text and turns blank optional text into null', () => {
    const snap = snapshotOf(
      input({
        goals: '  目标  ',
        concept: '   ',
        identity: '',
        workingMethod: undefined,
        measures: ' 措施 ',
        responsibleUnitId: '',
        responsiblePerson: { name: ' 张三 ', title: '  ', phone: ' 13800000001 ' },
        liaisonLeader: null,
        supportModes: [{ mode: 'POLICY_SUPPORT', detail: ' 资金 ' }],
        milestones: [{ title: ' 节点一 ', deliverable: '  ', dueDate: '2025-02-01', weight: 100 }],
      }),
    );
    expect(snap).toEqual({
      goals: '目标',
      concept: null,
      identity: null,
      workingMethod: null,
      measures: '措施',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
      responsibleUnitId: null,
      responsiblePerson: { name: '张三', title: null, phone: '13800000001' },
      liaisonLeader: null,
      supportModes: [{ mode: 'POLICY_SUPPORT', detail: '资金' }],
      milestones: [{ title: '节点一', deliverable: null, dueDate: '2025-02-01', weight: 100 }],
    });
  });

  it('keeps milestones and support modes in input order', () => {
    const snap = snapshotOf(
      input({ milestones: [milestone('2025-09-01', 10, '乙'), milestone('2025-02-01', 90, '甲')] }),
    );
    expect(snap.milestones.map((m) => m.title)).toEqual(['乙', '甲']);
  });
});

describe('checkPlan', () => {
  it('accepts the valid plan of the test helper', () => {
    expect(problems()).toEqual({});
  });

  it('refuses an end date before the start date', () => {
    expect(problems({ startDate: '2025-06-01', endDate: '2025-05-31', milestones: [] })).toEqual({
      endDate: '结束日期不能早于开始日期',
    });
  });

  it('accepts a one-day plan with its milestone on that day', () => {
    expect(problems({ startDate: '2025-06-01', endDate: '2025-06-01', milestones: [milestone('2025-06-01')] })).toEqual(
      {},
    );
  });

  it('names the milestone whose due date falls outside the plan dates', () => {
    const found = problems({
      milestones: [milestone('2025-01-01'), milestone('2026-01-01'), milestone('2024-12-31'), milestone('2025-12-31')],
    });
    expect(Object.keys(found).sort()).toEqual(['milestones.1.dueDate', 'milestones.2.dueDate']);
    expect(found['milestones.1.dueDate']).toBe('节点完成日期应在方案起止日期之内');
  });

  it.each([
    ['zero', 0],
    ['negative', -5],
    ['above 100', 100.5],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
  ])('refuses a %s weight', (_name, weight) => {
    expect(problems({ milestones: [milestone('2025-05-01', 50), milestone('2025-06-01', weight)] })).toEqual({
      'milestones.1.weight': '权重应大于 0 且不超过 100',
    });
  });

  it('accepts weights of exactly 100 and fractions', () => {
    expect(problems({ milestones: [milestone('2025-05-01', 100), milestone('2025-06-01', 0.5)] })).toEqual({});
  });

  it('refuses the same support mode twice, naming the second', () => {
    const found = problems({
      supportModes: [
        { mode: 'DEPARTMENT_AID', detail: '一' },
        { mode: 'LEADER_LIAISON', detail: '二' },
        { mode: 'DEPARTMENT_AID', detail: '三' },
      ],
    });
    expect(found).toEqual({ 'supportModes.2.mode': '同一帮扶方式只需填写一次' });
  });

  it('refuses a support mode without detail', () => {
    expect(problems({ supportModes: [{ mode: 'POLICY_SUPPORT', detail: '   ' }] })).toEqual({
      'supportModes.0.detail': '请填写帮扶内容',
    });
  });

  it.each(['abc', '1234', '138-0000-0001x', '123456789012345678901'])('refuses the phone number %j', (phone) => {
    expect(problems({ responsiblePerson: { name: '张三', phone } })).toEqual({
      'responsiblePerson.phone': '电话号码格式不正确',
    });
    expect(problems({ liaisonLeader: { name: '李四', phone } })).toEqual({
      'liaisonLeader.phone': '电话号码格式不正确',
    });
  });

  it.each(['13800000001', '0571-1234567', '+86 (571) 1234567'])('accepts the phone number %j', (phone) => {
    expect(problems({ responsiblePerson: { name: '张三', phone } })).toEqual({});
  });

  it('refuses blank goals, measures, responsible person and milestone titles after trimming', () => {
    const found = problems({
      goals: '   ',
      measures: '\n',
      responsiblePerson: { name: '  ' },
      milestones: [milestone('2025-05-01', 50, '有名称'), milestone('2025-06-01', 50, '  ')],
    });
    expect(found).toEqual({
      goals: '请填写创建目标',
      measures: '请填写主要措施',
      'responsiblePerson.name': '请填写责任人姓名',
      'milestones.1.title': '请填写节点名称',
    });
  });

  it('refuses a responsible unit id that is not a UUID', () => {
    expect(problems({ responsibleUnitId: 'unit-1' })).toEqual({ responsibleUnitId: '责任部门不存在' });
    expect(problems({ responsibleUnitId: '00000000-0000-4000-8000-000000000001' })).toEqual({});
  });

  it('reports every problem of one plan together', () => {
    const found = problems({ goals: '', milestones: [milestone('2030-01-01', 0)] });
    expect(Object.keys(found).sort()).toEqual(['goals', 'milestones.0.dueDate', 'milestones.0.weight']);
  });
});
