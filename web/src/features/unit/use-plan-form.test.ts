import { nextTick } from 'vue';
import { describe, expect, it } from 'vitest';
import type { EditablePlanFragment } from '../../gql/graphql';
import { emptyPlanForm, formFingerprint, formToInput, planToForm, weightSum, type PlanForm } from './plan-form-model';
import { serverFieldsToForm, validatePlan } from './plan-rules';
import { usePlanForm } from './use-plan-form';

/** A plan that meets every rule: 2026-01-01 … 2026-12-31, two milestones of 40 + 60. */
function validForm(): PlanForm {
  const form = emptyPlanForm();
  Object.assign(form, {
    goals: '全村无职党员设岗定责全覆盖',
    measures: '设岗、认岗、履岗、评岗',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
  });
  form.responsiblePerson = { name: '胡敏霞', title: '书记', phone: '139 1000 7422' };
  form.milestones = [
    { key: 'a', title: '建岗', deliverable: '岗位清单', dueDate: '2026-03-01', weight: 40 },
    { key: 'b', title: '评岗', deliverable: '', dueDate: '2026-11-30', weight: 60 },
  ];
  return form;
}

describe('plan rules (the server’s, in the browser)', () => {
  it('accepts a complete plan', () => {
    expect(validatePlan(validForm())).toEqual({});
  });

  it('requires goals, measures, both dates and the responsible person’s name', () => {
    const errors = validatePlan(emptyPlanForm());
    expect(errors).toMatchObject({
      goals: '请填写创建目标',
      measures: '请填写主要措施',
      startDate: '请选择开始日期',
      endDate: '请选择结束日期',
      'responsiblePerson.name': '请填写责任人姓名',
    });
    expect(errors['liaisonLeader.name']).toBeUndefined();
  });

  it('wants the end on or after the start, and every milestone due within the plan’s dates', () => {
    const form = validForm();
    form.endDate = '2025-12-31';
    expect(validatePlan(form).endDate).toBe('结束日期不能早于开始日期');
    const later = validForm();
    later.milestones[1].dueDate = '2027-01-05';
    later.milestones[0].dueDate = '2025-12-31';
    expect(validatePlan(later)).toEqual({
      'milestones.a.dueDate': '节点完成日期应在方案起止日期之内',
      'milestones.b.dueDate': '节点完成日期应在方案起止日期之内',
    });
    const sameDay = validForm();
    sameDay.milestones[1].dueDate = '2026-12-31';
    expect(validatePlan(sameDay)).toEqual({});
  });

  it('takes weights above 0 and up to 100', () => {
    for (const [weight, ok] of [
      [0, false],
      [-5, false],
      [100.5, false],
      [0.5, true],
      [100, true],
    ] as const) {
      const form = validForm();
      form.milestones[0].weight = weight;
      expect(validatePlan(form)['milestones.a.weight'], String(weight)).toBe(
        ok ? undefined : '权重应大于 0 且不超过 100',
      );
    }
    const form = validForm();
    form.milestones[0].weight = null;
    expect(validatePlan(form)['milestones.a.weight']).toBe('请填写权重');
  });

  it('checks phone numbers with the server’s pattern and wants a name for a liaison leader given in part', () => {
    const form = validForm();
    form.responsiblePerson.phone = '电话13900';
    form.liaisonLeader.phone = '0571-8888 8888';
    expect(validatePlan(form)).toEqual({
      'responsiblePerson.phone': '电话号码格式不正确',
      'liaisonLeader.name': '请填写联系领导姓名',
    });
  });

  it('wants what a ticked support mode gives', () => {
    const form = validForm();
    form.supportModes.DEPARTMENT_AID.enabled = true;
    expect(validatePlan(form)).toEqual({ 'supportModes.DEPARTMENT_AID.detail': '请填写帮扶内容' });
  });

  it('maps the server’s positional field paths onto the form’s rows and modes', () => {
    const form = validForm();
    form.supportModes.POLICY_SUPPORT = { enabled: true, detail: 'x' };
    form.supportModes.DEPARTMENT_AID = { enabled: true, detail: 'y' };
    expect(
      serverFieldsToForm(
        { 'milestones.1.dueDate': '节点完成日期应在方案起止日期之内', 'supportModes.1.mode': '重复', goals: '太长' },
        form,
      ),
    ).toEqual({
      'milestones.b.dueDate': '节点完成日期应在方案起止日期之内',
      'supportModes.DEPARTMENT_AID.mode': '重复',
      goals: '太长',
    });
  });
});

describe('the form model', () => {
  it('sends trimmed text, nulls for blanks, no liaison leader when none is given and modes in order', () => {
    const form = validForm();
    form.concept = '  ';
    form.supportModes.DEPARTMENT_AID = { enabled: true, detail: ' 结对 ' };
    form.supportModes.LEADER_LIAISON = { enabled: true, detail: '调研' };
    const input = formToInput(form);
    expect(input.concept).toBeNull();
    expect(input.liaisonLeader).toBeNull();
    expect(input.supportModes).toEqual([
      { mode: 'LEADER_LIAISON', detail: '调研' },
      { mode: 'DEPARTMENT_AID', detail: '结对' },
    ]);
    expect(input.milestones[1]).toEqual({ title: '评岗', deliverable: null, dueDate: '2026-11-30', weight: 60 });
    expect(weightSum(form)).toBe(100);
  });

  it('round-trips a saved plan', () => {
    const input = formToInput(validForm());
    const plan = {
      ...input,
      responsibleUnit: null,
      supportModes: [],
      milestones: input.milestones.map((m, i) => ({ id: `m${i}`, ...m })),
    } as unknown as EditablePlanFragment;
    expect(formFingerprint(planToForm(plan))).toBe(formFingerprint(validForm()));
  });
});

describe('usePlanForm', () => {
  it('shows “required” once the field has been edited, and a wrong value at once', async () => {
    const f = usePlanForm();
    expect(f.errorFor('goals')).toBeUndefined();
    f.form.goals = '目标';
    await nextTick();
    f.form.goals = '';
    await nextTick();
    expect(f.errorFor('goals')).toBe('请填写创建目标');
    f.form.startDate = '2026-05-01';
    f.form.endDate = '2026-04-01';
    await nextTick();
    expect(f.errorFor('endDate')).toBe('结束日期不能早于开始日期');
    expect(f.errorFor('measures')).toBeUndefined();
    f.showAll.value = true;
    expect(f.errorFor('measures')).toBe('请填写主要措施');
  });

  it('does not flag a row just added, and keeps a row’s errors with it when rows are reordered', async () => {
    const f = usePlanForm(validForm());
    const key = f.addMilestone();
    await nextTick();
    expect(f.errorFor(`milestones.${key}.title`)).toBeUndefined();
    f.form.milestones[0].dueDate = '2027-06-01';
    f.moveMilestone('a', 1);
    await nextTick();
    expect(f.form.milestones.map((m) => m.key)).toEqual(['b', 'a', key]);
    expect(f.errorFor('milestones.a.dueDate')).toBe('节点完成日期应在方案起止日期之内');
    f.removeMilestone(key);
    f.form.milestones[1].dueDate = '2026-06-01';
    await nextTick();
    expect(f.valid.value).toBe(true);
    expect(f.totalWeight.value).toBe(100);
  });

  it('shows the server’s message on its field until that field changes', async () => {
    const f = usePlanForm(validForm());
    f.setServerErrors({ 'milestones.0.title': '已有同名节点', 'responsiblePerson.phone': '号码不存在' });
    expect(f.errorFor('milestones.a.title')).toBe('已有同名节点');
    expect(f.shownErrors.value.map((e) => e.path)).toEqual(['milestones.a.title', 'responsiblePerson.phone']);
    f.form.milestones[0].title = '建岗定责';
    await nextTick();
    expect(f.errorFor('milestones.a.title')).toBeUndefined();
    expect(f.errorFor('responsiblePerson.phone')).toBe('号码不存在');
  });

  it('forgets what was touched when the content is replaced', async () => {
    const f = usePlanForm();
    f.form.goals = 'x';
    await nextTick();
    f.form.goals = '';
    await nextTick();
    f.reset(emptyPlanForm());
    await nextTick();
    expect(f.errorFor('goals')).toBeUndefined();
  });
});
