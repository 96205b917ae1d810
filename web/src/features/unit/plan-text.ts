import { SUPPORT_MODES, weightSum, type PlanForm } from './plan-form-model';

const line = (label: string, value: string) => `${label}：${value.trim() || '（未填写）'}`;
const person = (p: PlanForm['responsiblePerson']) => [p.name, p.title, p.phone].filter((s) => s.trim()).join('，');

/**
 * The form as plain Chinese text, in the editor's order: what "复制我的内容" puts on the clipboard when the plan
 * was changed by someone else, so nothing the user typed is lost.
 */
export function planText(form: PlanForm, unitName = ''): string {
  const modes = SUPPORT_MODES.filter((s) => form.supportModes[s.mode].enabled).map(
    (s) => `  ${s.label}：${form.supportModes[s.mode].detail.trim()}`,
  );
  const milestones = form.milestones.map(
    (m, i) =>
      `  ${i + 1}. ${m.title.trim()}｜交付成果：${m.deliverable.trim() || '—'}｜完成日期：${m.dueDate || '—'}｜权重：${m.weight ?? '—'}`,
  );
  return [
    line('创建目标', form.goals),
    line('理念', form.concept),
    line('标识', form.identity),
    line('工作法', form.workingMethod),
    line('主要措施', form.measures),
    line('起止日期', form.startDate || form.endDate ? `${form.startDate || '—'} 至 ${form.endDate || '—'}` : ''),
    line('责任部门', unitName),
    line('责任人', person(form.responsiblePerson)),
    line('联系领导', person(form.liaisonLeader)),
    `帮扶方式：${modes.length ? `\n${modes.join('\n')}` : '（未填写）'}`,
    `创建计划节点（权重合计 ${weightSum(form)}）：${milestones.length ? `\n${milestones.join('\n')}` : '（未填写）'}`,
  ].join('\n');
}
