import { describe, expect, it } from 'vitest';
import { emptyPlanForm } from './plan-form-model';
import { planText } from './plan-text';

describe('planText', () => {
  it('writes the form as Chinese text in the editor’s order, blanks marked', () => {
    const form = emptyPlanForm();
    form.goals = '设岗定责全覆盖';
    form.startDate = '2026-01-01';
    form.endDate = '2026-12-31';
    form.responsiblePerson = { name: '胡敏霞', title: '书记', phone: '' };
    form.supportModes.POLICY_SUPPORT = { enabled: true, detail: '补助 4 万元' };
    form.milestones = [{ key: 'a', title: '建岗', deliverable: '', dueDate: '2026-03-01', weight: 40 }];
    expect(planText(form, '桃源村党支部')).toBe(
      [
        '创建目标：设岗定责全覆盖',
        '理念：（未填写）',
        '标识：（未填写）',
        '工作法：（未填写）',
        '主要措施：（未填写）',
        '起止日期：2026-01-01 至 2026-12-31',
        '责任部门：桃源村党支部',
        '责任人：胡敏霞，书记',
        '联系领导：（未填写）',
        '帮扶方式：\n  政策扶持：补助 4 万元',
        '创建计划节点（权重合计 40）：\n  1. 建岗｜交付成果：—｜完成日期：2026-03-01｜权重：40',
      ].join('\n'),
    );
  });
});
