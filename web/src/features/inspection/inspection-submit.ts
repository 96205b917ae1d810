import type { CombinedError } from '@urql/core';
import type { InspectionInput } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../shared/graphql';
import type { ChecklistItemLike, InspectionForm } from './inspection-form-model';
import { formPathOf, type FormErrors } from './inspection-rules';
import { inspectionPath } from './paths';

/** The mutation's input: every item in checklist order, trimmed text, the draft's request id. */
export function formToInput(
  form: InspectionForm,
  items: readonly ChecklistItemLike[],
  clientRequestId: string,
): InspectionInput {
  const opt = (s: string) => s.trim() || null;
  return {
    kind: form.kind,
    unitId: form.unitId,
    brandId: form.brandId || null,
    date: form.date,
    templateId: form.templateId,
    items: items.map((i) => ({
      itemId: i.id,
      score: form.scores[i.id]?.score ?? 0,
      note: opt(form.scores[i.id]?.note ?? ''),
    })),
    findings: form.findings.map((f) => ({
      problem: f.problem.trim(),
      measure: f.measure.trim(),
      deadline: f.deadline,
      responsiblePerson: {
        name: f.responsibleName.trim(),
        title: opt(f.responsibleTitle),
        phone: opt(f.responsiblePhone),
      },
      public: f.public,
    })),
    attachmentIds: form.photos.map((p) => p.id),
    summary: opt(form.summary),
    clientRequestId,
  };
}

/** What a failed submission means for the form. */
export type SubmitFailure =
  /** Nothing is known to have been recorded: keep the draft and its request id, so "submit again" is safe. */
  | { kind: 'network'; message: string }
  /** The server refused the content: show the field errors; the draft and request id stay. */
  | { kind: 'invalid'; message: string; fields: FormErrors }
  /** Refused for another reason (permission, withdrawn brand, retired template…). */
  | { kind: 'refused'; message: string }
  /** The request id was used by someone else (cannot normally happen): a fresh one is needed. */
  | { kind: 'conflict'; message: string };

export const NETWORK_FAILURE =
  '网络连接失败，无法确认是否已登记。检查记录已保存在本机，恢复网络后再点“提交检查记录”——同一份记录不会重复登记。';

/** Sorts a refused submission into what the form does next. */
export function submitFailure(error: CombinedError | undefined, itemIds: readonly string[]): SubmitFailure {
  if (!error || error.networkError) {
    return { kind: 'network', message: NETWORK_FAILURE };
  }
  const code = errorCode(error);
  const message = errorMessage(error) ?? '提交失败，请稍后再试';
  if (code === 'BAD_USER_INPUT') {
    const raw = (error.graphQLErrors[0]?.extensions?.fields as Record<string, string> | undefined) ?? {};
    const fields: FormErrors = {};
    for (const [path, text] of Object.entries(raw)) {
      fields[formPathOf(path, itemIds)] = text;
    }
    return { kind: 'invalid', message: '提交未通过检查，请按提示修改后再提交', fields };
  }
  if (code === 'CONFLICT') {
    return { kind: 'conflict', message: `${message}（已换用新的请求编号，请再次提交）` };
  }
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    return { kind: 'network', message: `${message}。检查记录已保存在本机，可稍后再次提交，不会重复登记。` };
  }
  return { kind: 'refused', message };
}

/** Where to go after a successful submission: the recorded inspection's page, with what came of it. */
export function resultLocation(done: { id: string; rectifications: readonly unknown[] }): {
  path: string;
  state: { recorded: number };
} {
  return { path: inspectionPath(done.id), state: { recorded: done.rectifications.length } };
}
