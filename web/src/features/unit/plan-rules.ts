import type { SupportMode } from '../../gql/graphql';
import { enabledModes, type PlanForm } from './plan-form-model';

/**
 * The rules a plan must meet, the same the server enforces (server/src/modules/plans/plan-input.ts and the
 * length limits of plans.inputs.ts), with the same Chinese messages. Each problem is keyed by the form's path:
 * `goals`, `responsiblePerson.phone`, `supportModes.POLICY_SUPPORT.detail`, `milestones.<row key>.dueDate`.
 */
export type FieldErrors = Record<string, string>;

/** The server's phone pattern. */
export const PHONE = /^[0-9+\-\s()]{5,20}$/;

export const LIMITS = {
  goals: 5000,
  measures: 5000,
  concept: 2000,
  identity: 2000,
  workingMethod: 2000,
  personName: 50,
  personTitle: 50,
  phone: 20,
  supportDetail: 500,
  milestoneTitle: 100,
  deliverable: 500,
  milestones: 50,
} as const;

const blank = (s: string) => s.trim().length === 0;

function checkPerson(
  errors: FieldErrors,
  key: 'responsiblePerson' | 'liaisonLeader',
  p: PlanForm['responsiblePerson'],
  who: string,
): void {
  const any = !blank(p.name) || !blank(p.title) || !blank(p.phone);
  if (blank(p.name) && (key === 'responsiblePerson' || any)) {
    errors[`${key}.name`] = `请填写${who}姓名`;
  } else if (p.name.trim().length > LIMITS.personName) {
    errors[`${key}.name`] = '姓名应为 1 到 50 个字';
  }
  if (p.title.trim().length > LIMITS.personTitle) {
    errors[`${key}.title`] = '职务不能超过 50 个字';
  }
  if (!blank(p.phone) && !PHONE.test(p.phone.trim())) {
    errors[`${key}.phone`] = '电话号码格式不正确';
  }
}

function checkText(errors: FieldErrors, form: PlanForm): void {
  const required: [keyof PlanForm & ('goals' | 'measures'), string, string][] = [
    ['goals', '请填写创建目标', '创建目标应为 1 到 5000 个字'],
    ['measures', '请填写主要措施', '主要措施应为 1 到 5000 个字'],
  ];
  for (const [field, missing, tooLong] of required) {
    if (blank(form[field])) {
      errors[field] = missing;
    } else if (form[field].trim().length > LIMITS[field]) {
      errors[field] = tooLong;
    }
  }
  const optional: ['concept' | 'identity' | 'workingMethod', string][] = [
    ['concept', '理念不能超过 2000 个字'],
    ['identity', '标识说明不能超过 2000 个字'],
    ['workingMethod', '工作法不能超过 2000 个字'],
  ];
  for (const [field, tooLong] of optional) {
    if (form[field].trim().length > LIMITS[field]) {
      errors[field] = tooLong;
    }
  }
}

function checkMilestones(errors: FieldErrors, form: PlanForm): void {
  if (form.milestones.length > LIMITS.milestones) {
    errors.milestones = '创建计划节点最多 50 个';
  }
  const datesKnown = Boolean(form.startDate && form.endDate) && form.endDate >= form.startDate;
  for (const m of form.milestones) {
    const at = `milestones.${m.key}`;
    if (blank(m.title)) {
      errors[`${at}.title`] = '请填写节点名称';
    } else if (m.title.trim().length > LIMITS.milestoneTitle) {
      errors[`${at}.title`] = '节点名称应为 1 到 100 个字';
    }
    if (m.deliverable.trim().length > LIMITS.deliverable) {
      errors[`${at}.deliverable`] = '交付成果不能超过 500 个字';
    }
    if (!m.dueDate) {
      errors[`${at}.dueDate`] = '请选择计划完成日期';
    } else if (datesKnown && (m.dueDate < form.startDate || m.dueDate > form.endDate)) {
      errors[`${at}.dueDate`] = '节点完成日期应在方案起止日期之内';
    }
    if (m.weight === null || Number.isNaN(m.weight)) {
      errors[`${at}.weight`] = '请填写权重';
    } else if (!(m.weight > 0 && m.weight <= 100)) {
      errors[`${at}.weight`] = '权重应大于 0 且不超过 100';
    }
  }
}

/** Every problem of the form, keyed by path; empty when the plan can be saved. */
export function validatePlan(form: PlanForm): FieldErrors {
  const errors: FieldErrors = {};
  checkText(errors, form);
  if (!form.startDate) {
    errors.startDate = '请选择开始日期';
  }
  if (!form.endDate) {
    errors.endDate = '请选择结束日期';
  } else if (form.startDate && form.endDate < form.startDate) {
    errors.endDate = '结束日期不能早于开始日期';
  }
  checkPerson(errors, 'responsiblePerson', form.responsiblePerson, '责任人');
  checkPerson(errors, 'liaisonLeader', form.liaisonLeader, '联系领导');
  for (const mode of enabledModes(form)) {
    const detail = form.supportModes[mode].detail.trim();
    if (!detail) {
      errors[`supportModes.${mode}.detail`] = '请填写帮扶内容';
    } else if (detail.length > LIMITS.supportDetail) {
      errors[`supportModes.${mode}.detail`] = '帮扶内容应为 1 到 500 个字';
    }
  }
  checkMilestones(errors, form);
  return errors;
}

/**
 * The server's `extensions.fields` (paths by position, e.g. `milestones.1.dueDate`, `supportModes.0.detail`)
 * turned into the form's paths (`milestones.<row key>.dueDate`, `supportModes.POLICY_SUPPORT.detail`), for the
 * form as it was sent.
 */
export function serverFieldsToForm(fields: Record<string, string>, form: PlanForm): FieldErrors {
  const modes: SupportMode[] = enabledModes(form);
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const parts = path.split('.');
    const index = Number(parts[1]);
    if (parts[0] === 'milestones' && parts.length > 2 && form.milestones[index]) {
      out[['milestones', form.milestones[index].key, ...parts.slice(2)].join('.')] = message;
    } else if (parts[0] === 'supportModes' && parts.length > 2 && modes[index]) {
      out[['supportModes', modes[index], ...parts.slice(2)].join('.')] = message;
    } else {
      out[path] = message;
    }
  }
  return out;
}

/** The value at a form path (undefined when the path names no value, e.g. a removed row). */
export function valueAt(form: PlanForm, path: string): unknown {
  const parts = path.split('.');
  if (parts[0] === 'milestones' && parts.length === 3) {
    const row = form.milestones.find((m) => m.key === parts[1]);
    return row ? row[parts[2] as keyof typeof row] : undefined;
  }
  let value: unknown = form;
  for (const part of parts) {
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}
