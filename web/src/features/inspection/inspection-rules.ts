import type { ChecklistItemLike, FindingForm, InspectionForm } from './inspection-form-model';

/** Field path (`scores.<itemId>`, `findings.0.problem`, `date`…) → Chinese message. */
export type FormErrors = Record<string, string>;

export const MAX_FINDINGS = 30;
export const MAX_PHOTOS = 20;
export const MAX_NOTE = 1000;
export const MAX_SUMMARY = 2000;

/** What is wrong with one item's score, or null: scored, a number, from 0 to the item's maximum. */
export function scoreProblem(score: number | null | undefined, max: number): string | null {
  if (score === null || score === undefined) {
    return '请为此项评分';
  }
  if (!Number.isFinite(score) || score < 0 || score > max) {
    return `得分应在 0 到 ${max} 之间`;
  }
  return null;
}

function findingErrors(f: FindingForm, i: number, date: string, errors: FormErrors): void {
  const at = (field: string) => `findings.${i}.${field}`;
  const problem = f.problem.trim().length;
  if (problem === 0 || problem > 1000) {
    errors[at('problem')] = problem === 0 ? '请描述发现的问题' : '问题描述不能超过 1000 个字';
  }
  const measure = f.measure.trim().length;
  if (measure === 0 || measure > 1000) {
    errors[at('measure')] = measure === 0 ? '请填写整改措施' : '整改措施不能超过 1000 个字';
  }
  if (!f.deadline) {
    errors[at('deadline')] = '请选择整改时限';
  } else if (date && f.deadline < date) {
    errors[at('deadline')] = '整改时限不能早于检查日期';
  }
  const name = f.responsibleName.trim().length;
  if (name === 0 || name > 50) {
    errors[at('responsibleName')] = name === 0 ? '请填写整改责任人' : '姓名不能超过 50 个字';
  }
  if (f.responsibleTitle.trim().length > 50) {
    errors[at('responsibleTitle')] = '职务不能超过 50 个字';
  }
  if (f.responsiblePhone.trim().length > 20) {
    errors[at('responsiblePhone')] = '电话不能超过 20 个字符';
  }
}

/**
 * Every problem of the form against the chosen template's items and `today`, as the server would find them
 * (plus "all items scored"), so the user sees them while typing.
 */
export function validateInspection(
  form: InspectionForm,
  items: readonly ChecklistItemLike[],
  today: string,
): FormErrors {
  const errors: FormErrors = {};
  if (!form.unitId) {
    errors.unitId = '请选择被检查单位';
  }
  if (!form.templateId) {
    errors.templateId = '请选择检查表';
  }
  if (!form.date) {
    errors.date = '请选择检查日期';
  } else if (form.date > today) {
    errors.date = '检查日期不能晚于今天';
  }
  const missing: string[] = [];
  for (const item of items) {
    const entry = form.scores[item.id];
    const problem = scoreProblem(entry?.score, item.maxScore);
    if (problem) {
      errors[`scores.${item.id}`] = problem;
      if (entry?.score === null || entry?.score === undefined) {
        missing.push(item.title);
      }
    }
    if ((entry?.note.trim().length ?? 0) > MAX_NOTE) {
      errors[`scores.${item.id}.note`] = `备注不能超过 ${MAX_NOTE} 个字`;
    }
  }
  if (missing.length > 0) {
    errors.scores = missingScores(missing, items.length);
  }
  if (form.findings.length > MAX_FINDINGS) {
    errors.findings = `发现问题最多 ${MAX_FINDINGS} 个`;
  }
  form.findings.forEach((f, i) => findingErrors(f, i, form.date, errors));
  if (form.summary.trim().length > MAX_SUMMARY) {
    errors.summary = `总体评价不能超过 ${MAX_SUMMARY} 个字`;
  }
  if (form.photos.length > MAX_PHOTOS) {
    errors.photos = `佐证材料最多 ${MAX_PHOTOS} 个`;
  }
  return errors;
}

/**
 * The errors to show now: a field's error once it was touched (or has a value out of range), every error
 * once the user tried to submit.
 */
export function visibleErrors(errors: FormErrors, touched: ReadonlySet<string>, attempted: boolean): FormErrors {
  if (attempted) {
    return errors;
  }
  const shown: FormErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    if (touched.has(path) || (path.startsWith('scores.') && message.startsWith('得分应在'))) {
      shown[path] = message;
    }
  }
  return shown;
}

/** The server's field path for a finding (`findings.0.responsiblePerson.name`) as the form's. */
export function formPathOf(serverPath: string, itemIds: readonly string[]): string {
  const person = serverPath.match(/^findings\.(\d+)\.responsiblePerson\.(name|title|phone)$/);
  if (person) {
    const field = { name: 'responsibleName', title: 'responsibleTitle', phone: 'responsiblePhone' }[person[2]];
    return `findings.${person[1]}.${field}`;
  }
  const item = serverPath.match(/^items\.(\d+)\.(score|note|itemId)$/);
  if (item) {
    const id = itemIds[Number(item[1])];
    return item[2] === 'note' ? `scores.${id}.note` : `scores.${id}`;
  }
  return serverPath === 'items' ? 'scores' : serverPath;
}

/**
 * The summary above the checklist for items not yet scored: the short names (the part before "：") of the first
 * three, so a fresh form does not open with a wall of every item's full wording; each item is marked below.
 */
export function missingScores(titles: readonly string[], total: number): string {
  if (titles.length === total && total > 3) {
    return `${total} 项都还没有评分，请逐项评分（未评分的项目已标出）`;
  }
  const short = titles.map((t) => t.split(/[：:]/)[0].trim() || t);
  const named = short.length > 3 ? `${short.slice(0, 3).join('、')} 等` : short.join('、');
  return `还有 ${titles.length} 项未评分：${named}`;
}
