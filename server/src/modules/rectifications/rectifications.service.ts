import type { RectificationStatus } from '@flagship/drizzle';
import { requireRole, requireViewer } from '../../core/access';
import type { Context } from '../../core/context';
import { badInput, conflict, FieldErrors, forbidden, invalidTransition, notFound } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { mutate, type MutationScope } from '../../core/mutation';
import { linkAttachments } from '../attachments/attachments.service';
import { RECTIFICATION_STATUS_LABEL as LABEL } from '@flagship/drizzle/labels';
import { charLength, doneEvidenceProblem, NOTE_MAX, UNIT_TRANSITIONS } from './rectification-rules';
import type { RectificationUpdateInput } from './rectifications.inputs';
import { insertEvent, updateRectificationRow, type RectificationRow } from './rectifications.repository';

/** Loads an item for a write: UNAUTHENTICATED for the public, NOT_FOUND when there is no such item. */
async function rectificationForWrite(ctx: Context, id: string): Promise<RectificationRow> {
  requireViewer(ctx.viewer);
  const row = isUuid(id) ? await ctx.loaders.rectificationById.load(id) : null;
  if (!row) {
    throw notFound('整改事项');
  }
  return row;
}

/** The problem, shortened for a timeline summary. */
function shortProblem(row: RectificationRow): string {
  const chars = [...row.problem];
  return chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : row.problem;
}

/** Writes the step's history row, evidence links and timeline event (when it concerns a brand). */
async function recordStep(
  scope: MutationScope,
  ctx: Context,
  step: { row: RectificationRow; from: RectificationStatus; note: string | null; attachmentIds: string[] },
  event: { kind: 'RECTIFICATION_UPDATED' | 'RECTIFICATION_VERIFIED' | 'RECTIFICATION_REJECTED'; summary: string },
): Promise<string[]> {
  const viewer = requireViewer(ctx.viewer);
  const { row } = step;
  const linked = await linkAttachments(scope.tx, viewer, step.attachmentIds, { kind: 'RECTIFICATION', id: row.id });
  await insertEvent(scope.tx, {
    rectificationId: row.id,
    fromStatus: step.from,
    toStatus: row.status,
    note: step.note,
    attachmentIds: linked,
    actorId: viewer.id,
  });
  if (row.brandId) {
    await scope.timeline({
      brandId: row.brandId,
      kind: event.kind,
      summary: event.summary,
      // Only a verified public item is news for the showcase.
      public: event.kind === 'RECTIFICATION_VERIFIED' && row.public,
      data: { rectificationId: row.id, from: step.from, to: row.status },
    });
  }
  return linked;
}

/**
 * The responsible unit reports progress: OPEN → IN_PROGRESS, OPEN → DONE or IN_PROGRESS → DONE, marking DONE with
 * the evidence DONE_EVIDENCE_RULE asks for. Nothing reaches VERIFIED this way.
 */
export async function updateRectification(
  ctx: Context,
  id: string,
  version: number,
  input: RectificationUpdateInput,
): Promise<RectificationRow> {
  const viewer = requireViewer(ctx.viewer);
  const current = await rectificationForWrite(ctx, id);
  if (viewer.role !== 'UNIT' || viewer.unitId !== current.unitId) {
    throw forbidden('只有责任单位可以更新整改进展');
  }
  const note = input.note?.trim() || null;
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  new FieldErrors().check(charLength(note ?? '') <= NOTE_MAX, 'note', `整改说明不能超过 ${NOTE_MAX} 个字`).throwIfAny();
  if (current.version !== version) {
    throw conflict('整改事项');
  }
  const from = current.status;
  const to = input.status;
  if (!UNIT_TRANSITIONS[from].includes(to)) {
    throw invalidTransition(
      to === 'VERIFIED'
        ? '整改事项须由督查员核验，不能直接标记为已核验'
        : `整改事项不能从「${LABEL[from]}」改为「${LABEL[to]}」`,
    );
  }
  const problem = to === 'DONE' ? doneEvidenceProblem(note, attachmentIds.length) : null;
  if (problem) {
    throw badInput({ [note ? 'attachmentIds' : 'note']: problem });
  }
  return mutate(ctx, async (scope) => {
    const doneAt = to === 'DONE' ? ctx.now : null;
    const row = await updateRectificationRow(scope.tx, id, version, { status: to, doneAt }, ctx.now);
    if (!row) {
      throw conflict('整改事项');
    }
    const summary = `整改事项「${shortProblem(row)}」${LABEL[to]}${note ? `：${note}` : ''}`;
    const linked = await recordStep(
      scope,
      ctx,
      { row, from, note, attachmentIds },
      { kind: 'RECTIFICATION_UPDATED', summary },
    );
    await scope.audit({
      action: 'updateRectification',
      entity: 'rectification',
      entityId: id,
      data: { from, to, note, attachmentIds: linked },
    });
    return row;
  });
}

/**
 * An inspector checks an item the unit marked DONE: accepted → VERIFIED; otherwise back to OPEN with the reason
 * (required), clearing the done and verified marks.
 */
export async function verifyRectification(
  ctx: Context,
  id: string,
  version: number,
  decision: { accepted: boolean; comment?: string | null; attachmentIds?: string[] | null },
): Promise<RectificationRow> {
  const viewer = requireRole(ctx.viewer, 'INSPECTOR');
  const current = await rectificationForWrite(ctx, id);
  const comment = decision.comment?.trim() || null;
  new FieldErrors()
    .check(decision.accepted || Boolean(comment), 'comment', '核验不通过须说明理由')
    .check(charLength(comment ?? '') <= NOTE_MAX, 'comment', `核验意见不能超过 ${NOTE_MAX} 个字`)
    .throwIfAny();
  if (current.version !== version) {
    throw conflict('整改事项');
  }
  if (current.status !== 'DONE') {
    throw invalidTransition(`整改事项当前为「${LABEL[current.status]}」，只有「${LABEL.DONE}」的事项可以核验`);
  }
  return mutate(ctx, async (scope) => {
    const changes = decision.accepted
      ? { status: 'VERIFIED' as const, verifiedAt: ctx.now, verifiedBy: viewer.id }
      : { status: 'OPEN' as const, doneAt: null, verifiedAt: null, verifiedBy: null };
    const row = await updateRectificationRow(scope.tx, id, version, changes, ctx.now);
    if (!row) {
      throw conflict('整改事项');
    }
    const event = decision.accepted
      ? {
          kind: 'RECTIFICATION_VERIFIED' as const,
          summary: `整改事项「${shortProblem(row)}」经督查核验已整改到位${comment ? `：${comment}` : ''}`,
        }
      : {
          kind: 'RECTIFICATION_REJECTED' as const,
          summary: `整改事项「${shortProblem(row)}」核验未通过，退回重新整改：${comment}`,
        };
    const attachmentIds = [...new Set(decision.attachmentIds ?? [])];
    const linked = await recordStep(scope, ctx, { row, from: 'DONE', note: comment, attachmentIds }, event);
    await scope.audit({
      action: 'verifyRectification',
      entity: 'rectification',
      entityId: id,
      data: { accepted: decision.accepted, comment, attachmentIds: linked },
    });
    return row;
  });
}
