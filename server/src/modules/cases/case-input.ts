import type { Level } from '@flagship/drizzle';
import { FieldErrors } from '../../core/errors';
import { isUuid } from '../../core/ids';
import type { ModelCaseInput } from './cases.inputs';
import { plainText, sanitizeRichText } from './rich-text';

export const SECTIONS = ['background', 'practice', 'results', 'lessons'] as const;
export type Section = (typeof SECTIONS)[number];

const SECTION_LABEL: Record<Section, string> = {
  background: '背景',
  practice: '做法',
  results: '成效',
  lessons: '经验启示',
};

export const TITLE_MAX = 60;
export const SUMMARY_MAX = 300;
export const SECTION_MAX = 20000;
export const TAGS_MAX = 10;
export const TAG_MAX = 12;
export const FIRST_YEAR = 2000;

/** A case's content as it is stored: trimmed text, sanitised sections, clean tags. */
export interface CaseContent {
  title: string;
  summary: string;
  background: string;
  practice: string;
  results: string;
  lessons: string;
  tags: string[];
  level: Level | null;
  year: number;
}

/** Length in characters as a reader counts them (code points, so 𠀀 is one). */
function chars(text: string): number {
  return [...text].length;
}

function checkText(errors: FieldErrors, field: string, label: string, text: string, max: number): void {
  errors.check(chars(text) > 0, field, `请填写${label}`);
  errors.check(chars(text) <= max, field, `${label}不能超过 ${max} 个字`);
}

/**
 * Checks and normalises a case input against the rules of `ModelCaseInput` (ids are checked by the service);
 * every problem is reported on its field, in Chinese.
 */
export function caseContentOf(input: ModelCaseInput, today: string): CaseContent {
  const errors = new FieldErrors();
  const title = input.title.trim();
  const summary = input.summary.trim();
  checkText(errors, 'title', '标题', title, TITLE_MAX);
  checkText(errors, 'summary', '摘要', summary, SUMMARY_MAX);
  const sections = {} as Record<Section, string>;
  for (const key of SECTIONS) {
    const label = SECTION_LABEL[key];
    const raw = input[key];
    errors.check(raw.length <= SECTION_MAX, key, `${label}不能超过 ${SECTION_MAX} 个字符（含格式标记）`);
    sections[key] = raw.length <= SECTION_MAX ? sanitizeRichText(raw) : '';
    errors.check(raw.length > SECTION_MAX || plainText(sections[key]).length > 0, key, `请填写${label}`);
  }
  const tags: string[] = [];
  input.tags.forEach((tag, i) => {
    const clean = tag.trim();
    errors.check(clean.length > 0, `tags.${i}`, '标签不能为空');
    errors.check(chars(clean) <= TAG_MAX, `tags.${i}`, `每个标签不能超过 ${TAG_MAX} 个字`);
    if (clean.length > 0 && !tags.includes(clean)) {
      tags.push(clean);
    }
  });
  errors.check(tags.length <= TAGS_MAX, 'tags', `标签最多 ${TAGS_MAX} 个`);
  const thisYear = Number(today.slice(0, 4));
  errors.check(
    Number.isInteger(input.year) && input.year >= FIRST_YEAR && input.year <= thisYear,
    'year',
    `年份应在 ${FIRST_YEAR} 年到 ${thisYear} 年之间`,
  );
  for (const field of ['brandId', 'unitId', 'coverAttachmentId'] as const) {
    errors.check(!input[field] || isUuid(input[field]), field, '所选对象不存在');
  }
  errors.throwIfAny();
  return { title, summary, ...sections, tags, level: input.level ?? null, year: input.year };
}
