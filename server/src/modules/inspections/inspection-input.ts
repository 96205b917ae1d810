import type { PersonValue } from '@flagship/drizzle';
import { isValidDay } from '../../core/dates';
import { FieldErrors } from '../../core/errors';
import type { ChecklistItemRow } from '../checklists/checklists.repository';
import type { InspectionInput } from './inspections.inputs';

export const MAX_FINDINGS = 30;

/** An inspection's items and findings, trimmed and checked against the template's current items. */
export interface CleanInspection {
  date: string;
  summary: string | null;
  items: { itemId: string; score: number; note: string | null }[];
  findings: { problem: string; measure: string; deadline: string; responsiblePerson: PersonValue; public: boolean }[];
  score: number;
  maxScore: number;
}

function checkItems(input: InspectionInput, current: ChecklistItemRow[], errors: FieldErrors): void {
  const byId = new Map(current.map((i) => [i.id, i]));
  const seen = new Set<string>();
  input.items.forEach((entry, i) => {
    const item = byId.get(entry.itemId);
    if (!item) {
      errors.add(`items.${i}.itemId`, '不是所选检查表当前版本的检查项');
      return;
    }
    errors.check(!seen.has(entry.itemId), `items.${i}.itemId`, '同一检查项只能评分一次');
    seen.add(entry.itemId);
    errors.check(
      Number.isFinite(entry.score) && entry.score >= 0 && entry.score <= item.maxScore,
      `items.${i}.score`,
      `得分应在 0 到 ${item.maxScore} 之间`,
    );
  });
  const missing = current.filter((i) => !seen.has(i.id));
  if (missing.length > 0) {
    errors.add('items', `以下检查项未评分：${missing.map((i) => i.title).join('、')}`);
  }
}

function person(value: { name: string; title?: string | null; phone?: string | null }): PersonValue {
  return { name: value.name.trim(), title: value.title?.trim() || null, phone: value.phone?.trim() || null };
}

/** Checks the input against the template's current items and `today`; BAD_USER_INPUT lists every problem. */
export function checkInspection(input: InspectionInput, current: ChecklistItemRow[], today: string): CleanInspection {
  const errors = new FieldErrors();
  errors.check(isValidDay(input.date), 'date', '检查日期无效');
  errors.check(input.date <= today, 'date', '检查日期不能晚于今天');
  checkItems(input, current, errors);
  errors.check(input.findings.length <= MAX_FINDINGS, 'findings', `发现问题最多 ${MAX_FINDINGS} 个`);
  const findings = input.findings.map((f, i) => {
    const clean = {
      problem: f.problem.trim(),
      measure: f.measure.trim(),
      deadline: f.deadline,
      responsiblePerson: person(f.responsiblePerson),
      public: f.public,
    };
    errors.check(
      clean.problem.length >= 1 && clean.problem.length <= 1000,
      `findings.${i}.problem`,
      '问题描述应为 1 到 1000 个字',
    );
    errors.check(
      clean.measure.length >= 1 && clean.measure.length <= 1000,
      `findings.${i}.measure`,
      '整改措施应为 1 到 1000 个字',
    );
    errors.check(clean.deadline >= input.date, `findings.${i}.deadline`, '整改时限不能早于检查日期');
    errors.check(Boolean(clean.responsiblePerson.name), `findings.${i}.responsiblePerson.name`, '请填写整改责任人');
    return clean;
  });
  errors.throwIfAny();
  const items = input.items.map((e) => ({ itemId: e.itemId, score: e.score, note: e.note?.trim() || null }));
  const scoreOf = new Map(items.map((e) => [e.itemId, e.score]));
  return {
    date: input.date,
    summary: input.summary?.trim() || null,
    items,
    findings,
    // Both sums in checklist order, so the total never exceeds the maximum by rounding.
    score: current.reduce((sum, i) => sum + (scoreOf.get(i.id) ?? 0), 0),
    maxScore: current.reduce((sum, i) => sum + i.maxScore, 0),
  };
}
