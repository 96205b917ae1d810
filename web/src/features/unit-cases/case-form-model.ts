import type { EditableCaseFragment, Level, ModelCaseInput } from '../../gql/graphql';
import { htmlToMarkup, markupToHtml } from './case-markup';

/** The four template sections every case has, in the order they are read. */
export const SECTIONS = ['background', 'practice', 'results', 'lessons'] as const;
export type Section = (typeof SECTIONS)[number];

export const SECTION_LABEL: Record<Section, string> = {
  background: '背景',
  practice: '做法',
  results: '成效',
  lessons: '经验启示',
};

export const SECTION_HINT: Record<Section, string> = {
  background: '为什么做：当地情况、面临的问题、群众的期盼。',
  practice: '怎么做的：组织方式、具体措施、工作机制，可分条列出。',
  results: '做成了什么：用数字和事例说明变化、群众评价、获得的认可。',
  lessons: '可推广的经验：哪些做法别的单位也能用，要注意什么。',
};

/** A photo uploaded in this editor and not yet saved with the case. */
export interface PhotoRef {
  id: string;
  url: string;
  filename: string;
}

/** What the case editor edits: sections as light markup (see case-markup.ts), choices as plain values. */
export interface CaseForm {
  title: string;
  summary: string;
  background: string;
  practice: string;
  results: string;
  lessons: string;
  tags: string[];
  level: Level | '';
  year: number | null;
  brandId: string;
  coverAttachmentId: string;
  newPhotos: PhotoRef[];
  /** Saved photos to take off the case with the next save (absent in drafts kept before this existed). */
  removedPhotos?: string[];
}

export function emptyCaseForm(year: number, brandId = ''): CaseForm {
  return {
    title: '',
    summary: '',
    background: '',
    practice: '',
    results: '',
    lessons: '',
    tags: [],
    level: '',
    year,
    brandId,
    coverAttachmentId: '',
    newPhotos: [],
    removedPhotos: [],
  };
}

/** The form of a saved case. */
export function caseToForm(c: EditableCaseFragment): CaseForm {
  return {
    title: c.title,
    summary: c.summary,
    background: htmlToMarkup(c.background),
    practice: htmlToMarkup(c.practice),
    results: htmlToMarkup(c.results),
    lessons: htmlToMarkup(c.lessons),
    tags: [...c.tags],
    level: c.level ?? '',
    year: c.year,
    brandId: c.brand?.id ?? '',
    coverAttachmentId: c.cover?.id ?? '',
    newPhotos: [],
    removedPhotos: [],
  };
}

export function cloneForm(form: CaseForm): CaseForm {
  return JSON.parse(JSON.stringify(form)) as CaseForm;
}

/** Two forms with the same fingerprint save the same case. */
export function formFingerprint(form: CaseForm): string {
  return JSON.stringify(cloneForm(form));
}

/** The `saveModelCase` input of a form: sections as HTML, new photos linked, the unit the server's to decide. */
export function formToInput(form: CaseForm): ModelCaseInput {
  return {
    title: form.title.trim(),
    summary: form.summary.trim(),
    background: markupToHtml(form.background),
    practice: markupToHtml(form.practice),
    results: markupToHtml(form.results),
    lessons: markupToHtml(form.lessons),
    tags: form.tags.map((t) => t.trim()).filter(Boolean),
    level: form.level || null,
    year: form.year ?? 0,
    brandId: form.brandId || null,
    attachmentIds: form.newPhotos.map((p) => p.id),
    removeAttachmentIds: form.removedPhotos ?? [],
    coverAttachmentId: form.coverAttachmentId || null,
  };
}
