import { LEVEL_LABEL } from '../../shared/labels';
import { SECTION_LABEL, SECTIONS, type CaseForm } from './case-form-model';

/** The case as plain text, to copy somewhere safe when someone else changed it meanwhile. */
export function caseText(form: CaseForm): string {
  return [
    `标题：${form.title}`,
    `摘要：${form.summary}`,
    ...SECTIONS.map((s) => `【${SECTION_LABEL[s]}】\n${form[s]}`),
    `标签：${form.tags.join('、') || '无'}`,
    `认定级别：${form.level ? LEVEL_LABEL[form.level] : '未认定'}`,
    `年份：${form.year ?? ''}`,
  ].join('\n\n');
}
