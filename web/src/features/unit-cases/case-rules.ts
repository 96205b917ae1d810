import { markupToHtml, markupText } from './case-markup';
import { SECTION_LABEL, SECTIONS, type CaseForm } from './case-form-model';

/**
 * The rules a case must meet before it is saved — the same limits and Chinese messages as the server
 * (server/src/modules/cases/case-input.ts). Problems are keyed by the form's field: `title`, `practice`,
 * `tags`, `tags.2`, `year`.
 */
export type CaseProblems = Record<string, string>;

export const CASE_LIMITS = {
  title: 60,
  summary: 300,
  /** Characters of the stored HTML, tags included. */
  section: 20000,
  tags: 10,
  tag: 12,
  firstYear: 2000,
} as const;

/** Length as a reader counts it (code points). */
export const chars = (text: string) => [...text].length;

export function validateCase(form: CaseForm, thisYear: number): CaseProblems {
  const problems: CaseProblems = {};
  const text = (field: 'title' | 'summary', label: string, max: number) => {
    const value = form[field].trim();
    if (!value) {
      problems[field] = `请填写${label}`;
    } else if (chars(value) > max) {
      problems[field] = `${label}不能超过 ${max} 个字（现在 ${chars(value)} 个）`;
    }
  };
  text('title', '标题', CASE_LIMITS.title);
  text('summary', '摘要', CASE_LIMITS.summary);
  for (const key of SECTIONS) {
    const label = SECTION_LABEL[key];
    if (!markupText(form[key]).trim()) {
      problems[key] = `请填写${label}`;
    } else if (markupToHtml(form[key]).length > CASE_LIMITS.section) {
      problems[key] = `${label}太长了（超过 ${CASE_LIMITS.section} 个字符，含格式标记），请精简或拆分`;
    }
  }
  const tags = form.tags.map((t) => t.trim());
  tags.forEach((tag, i) => {
    if (!tag) {
      problems[`tags.${i}`] = '标签不能为空';
    } else if (chars(tag) > CASE_LIMITS.tag) {
      problems[`tags.${i}`] = `每个标签不能超过 ${CASE_LIMITS.tag} 个字（“${tag}”）`;
    }
  });
  if (new Set(tags.filter(Boolean)).size > CASE_LIMITS.tags) {
    problems.tags = `标签最多 ${CASE_LIMITS.tags} 个`;
  }
  const year = form.year;
  if (year === null || !Number.isInteger(year) || year < CASE_LIMITS.firstYear || year > thisYear) {
    problems.year = `年份应在 ${CASE_LIMITS.firstYear} 年到 ${thisYear} 年之间`;
  }
  return problems;
}

/** The form field a problem shows on: `tags.3` on the tags, the server's `attachmentIds` on the photos. */
export function fieldOfPath(path: string): string {
  if (path.startsWith('tags')) {
    return 'tags';
  }
  return path === 'attachmentIds' ? 'newPhotos' : path;
}
