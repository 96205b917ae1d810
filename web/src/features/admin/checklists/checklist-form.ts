import type { ChecklistTemplateInput } from '../../../gql/graphql';

/** One item as the editor holds it; `key` identifies the row while it is moved around. */
export interface ItemDraft {
  key: string;
  title: string;
  section: string;
  /** Scoring guidance for the inspector (评分说明). */
  description: string;
  maxScore: number | null;
}

/** The template form. */
export interface TemplateForm {
  name: string;
  description: string;
  items: ItemDraft[];
}

/** A template's current version as the server returns it. */
export interface TemplateVersion {
  name: string;
  description?: string | null;
  version: number;
  items: { title: string; section?: string | null; description?: string | null; maxScore: number }[];
}

export const LIMITS = {
  name: 100,
  description: 1000,
  title: 100,
  section: 50,
  itemDescription: 500,
  items: 50,
  maxScore: 100,
} as const;

let counter = 0;
/** A new empty item row. */
export function newItem(init: Partial<Omit<ItemDraft, 'key'>> = {}): ItemDraft {
  counter += 1;
  return { key: `item-${counter}`, title: '', section: '', description: '', maxScore: null, ...init };
}

/** The form for an existing template (its current version), or an empty one with one item to fill. */
export function formOfTemplate(t: TemplateVersion | null): TemplateForm {
  if (!t) {
    return { name: '', description: '', items: [newItem()] };
  }
  return {
    name: t.name,
    description: t.description ?? '',
    items: t.items.map((i) =>
      newItem({ title: i.title, section: i.section ?? '', description: i.description ?? '', maxScore: i.maxScore }),
    ),
  };
}

/** The server's rules (checklists.service.ts) with its messages, keyed as it keys them (`items.2.maxScore`). */
export function validateTemplate(form: TemplateForm): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = form.name.trim();
  if (!name || name.length > LIMITS.name) {
    errors.name = name ? `检查表名称应为 1 到 ${LIMITS.name} 个字` : '请填写检查表名称';
  }
  if (form.description.trim().length > LIMITS.description) {
    errors.description = `说明不能超过 ${LIMITS.description} 个字`;
  }
  if (form.items.length < 1 || form.items.length > LIMITS.items) {
    errors.items = `检查项应为 1 到 ${LIMITS.items} 项`;
  }
  const seen = new Set<string>();
  form.items.forEach((item, i) => {
    const title = item.title.trim();
    if (!title || title.length > LIMITS.title) {
      errors[`items.${i}.title`] = title ? `检查项名称应为 1 到 ${LIMITS.title} 个字` : '请填写检查项名称';
    } else if (seen.has(title)) {
      errors[`items.${i}.title`] = '检查项名称重复';
    }
    seen.add(title);
    if (item.section.trim().length > LIMITS.section) {
      errors[`items.${i}.section`] = `分组名称不能超过 ${LIMITS.section} 个字`;
    }
    if (item.description.trim().length > LIMITS.itemDescription) {
      errors[`items.${i}.description`] = `评分说明不能超过 ${LIMITS.itemDescription} 个字`;
    }
    const max = item.maxScore;
    if (max === null || !Number.isFinite(max) || max <= 0 || max > LIMITS.maxScore) {
      errors[`items.${i}.maxScore`] = `满分应大于 0 且不超过 ${LIMITS.maxScore}`;
    }
  });
  return errors;
}

/** What the server is sent. */
export function templateInput(form: TemplateForm): ChecklistTemplateInput {
  return {
    name: form.name.trim(),
    description: form.description.trim() || null,
    items: form.items.map((i) => ({
      title: i.title.trim(),
      section: i.section.trim() || null,
      description: i.description.trim() || null,
      maxScore: i.maxScore ?? 0,
    })),
  };
}

/** The sum of the items' maxima (the template's full score). */
export function totalScore(items: { maxScore: number | null }[]): number {
  return Math.round(items.reduce((sum, i) => sum + (i.maxScore ?? 0), 0) * 100) / 100;
}

/** The items with the one at `index` moved by `delta` places (kept within the list). */
export function moveItem<T>(items: T[], index: number, delta: number): T[] {
  const to = Math.max(0, Math.min(items.length - 1, index + delta));
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item);
  return next;
}

/** How a form differs from a version, in words ("新增 1 项、修改 2 项、调整顺序"); empty when it does not. */
export function differences(before: TemplateVersion, form: TemplateForm): string[] {
  const input = templateInput(form);
  const out: string[] = [];
  if (input.name !== before.name) {
    out.push('名称');
  }
  if ((input.description ?? '') !== (before.description ?? '')) {
    out.push('说明');
  }
  const old = new Map(before.items.map((i) => [i.title, i]));
  const titles = new Set(input.items.map((i) => i.title));
  const added = input.items.filter((i) => !old.has(i.title)).length;
  const removed = before.items.filter((i) => !titles.has(i.title)).length;
  const changed = input.items.filter((i) => {
    const o = old.get(i.title);
    return (
      o &&
      (o.maxScore !== i.maxScore ||
        (o.section ?? null) !== (i.section ?? null) ||
        (o.description ?? null) !== (i.description ?? null))
    );
  }).length;
  const kept = input.items.filter((i) => old.has(i.title)).map((i) => i.title);
  const keptBefore = before.items.filter((i) => titles.has(i.title)).map((i) => i.title);
  if (added) {
    out.push(`新增 ${added} 项`);
  }
  if (removed) {
    out.push(`删除 ${removed} 项`);
  }
  if (changed) {
    out.push(`修改 ${changed} 项的满分、分组或评分说明`);
  }
  if (kept.join('\n') !== keptBefore.join('\n')) {
    out.push('调整顺序');
  }
  return out;
}

/** The distinct groups of a template's items, in order of first appearance. */
export function sectionsOf(items: { section?: string | null }[]): string[] {
  return [...new Set(items.map((i) => i.section).filter((s): s is string => Boolean(s)))];
}
