import type { PlanSnapshot } from '@flagship/drizzle';
import { FieldErrors } from '../../core/errors';
import { isUuid } from '../../core/ids';
import type { PersonInput, PlanInput } from './plans.inputs';

const PHONE = /^[0-9+\-\s()]{5,20}$/;

function person(p: PersonInput | null | undefined) {
  return p ? { name: p.name.trim(), title: p.title?.trim() || null, phone: p.phone?.trim() || null } : null;
}

/** Normalises a plan input (trimmed text, nulls for blanks) into what a revision freezes. */
export function snapshotOf(input: PlanInput): PlanSnapshot {
  return {
    goals: input.goals.trim(),
    concept: input.concept?.trim() || null,
    identity: input.identity?.trim() || null,
    workingMethod: input.workingMethod?.trim() || null,
    measures: input.measures.trim(),
    startDate: input.startDate,
    endDate: input.endDate,
    responsibleUnitId: input.responsibleUnitId || null,
    responsiblePerson: person(input.responsiblePerson)!,
    liaisonLeader: person(input.liaisonLeader),
    supportModes: input.supportModes.map((s) => ({ mode: s.mode, detail: s.detail.trim() })),
    milestones: input.milestones.map((m) => ({
      title: m.title.trim(),
      deliverable: m.deliverable?.trim() || null,
      dueDate: m.dueDate,
      weight: m.weight,
    })),
  };
}

/** The rules a plan must meet to be saved; each problem named by its field path. */
export function checkPlan(plan: PlanSnapshot, errors: FieldErrors): void {
  errors.check(plan.goals.length > 0, 'goals', '请填写创建目标');
  errors.check(plan.measures.length > 0, 'measures', '请填写主要措施');
  errors.check(plan.endDate >= plan.startDate, 'endDate', '结束日期不能早于开始日期');
  errors.check(plan.responsiblePerson.name.length > 0, 'responsiblePerson.name', '请填写责任人姓名');
  for (const [key, p] of [
    ['responsiblePerson', plan.responsiblePerson],
    ['liaisonLeader', plan.liaisonLeader],
  ] as const) {
    errors.check(!p?.phone || PHONE.test(p.phone), `${key}.phone`, '电话号码格式不正确');
  }
  errors.check(!plan.responsibleUnitId || isUuid(plan.responsibleUnitId), 'responsibleUnitId', '责任部门不存在');
  const modes = new Set<string>();
  plan.supportModes.forEach((s, i) => {
    errors.check(s.detail.length > 0, `supportModes.${i}.detail`, '请填写帮扶内容');
    errors.check(!modes.has(s.mode), `supportModes.${i}.mode`, '同一帮扶方式只需填写一次');
    modes.add(s.mode);
  });
  plan.milestones.forEach((m, i) => {
    errors.check(m.title.length > 0, `milestones.${i}.title`, '请填写节点名称');
    errors.check(
      Number.isFinite(m.weight) && m.weight > 0 && m.weight <= 100,
      `milestones.${i}.weight`,
      '权重应大于 0 且不超过 100',
    );
    errors.check(
      m.dueDate >= plan.startDate && m.dueDate <= plan.endDate,
      `milestones.${i}.dueDate`,
      '节点完成日期应在方案起止日期之内',
    );
  });
}
