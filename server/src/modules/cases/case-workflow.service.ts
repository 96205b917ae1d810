import { requireRole } from '../../core/access';
import type { Context } from '../../core/context';
import { conflict, FieldErrors, invalidTransition } from '../../core/errors';
import { mutate, type MutationScope } from '../../core/mutation';
import { caseForWrite, requireCaseAuthor, requireCaseWriter } from './case-access';
import { CASE_STATUS_LABEL } from './case-labels';
import { insertReview, updateCase, type NewCase } from './cases.repository';
import type { CaseRow } from './cases.types';

const COMMENT_MAX = 2000;

function checkVersion(row: CaseRow, version: number | null | undefined): void {
  if (version !== null && version !== undefined && version !== row.version) {
    throw conflict('典型案例');
  }
}

/** Writes a step's change if the case still has the version read, else CONFLICT. */
async function step(scope: MutationScope, ctx: Context, row: CaseRow, values: Partial<NewCase>): Promise<CaseRow> {
  const next = await updateCase(scope.tx, row.id, row.version, { ...values, updatedAt: ctx.now });
  if (!next) {
    throw conflict('典型案例');
  }
  return next;
}

/** The unit (or a leader or admin) submits a DRAFT or RETURNED case for a leader's review. */
export async function submitModelCase(ctx: Context, id: string, version: number): Promise<CaseRow> {
  const viewer = requireCaseWriter(ctx);
  const row = await caseForWrite(ctx, id);
  requireCaseAuthor(viewer, row);
  checkVersion(row, version);
  if (row.status !== 'DRAFT' && row.status !== 'RETURNED') {
    throw invalidTransition(`案例${CASE_STATUS_LABEL[row.status]}，不能提交`);
  }
  return mutate(ctx, async (scope) => {
    const next = await step(scope, ctx, row, { status: 'SUBMITTED' });
    if (next.brandId) {
      await scope.timeline({
        brandId: next.brandId,
        kind: 'CASE_SUBMITTED',
        summary: `提交典型案例「${next.title}」待审核`,
        public: false,
        data: { caseId: id },
      });
    }
    await scope.audit({ action: 'submitModelCase', entity: 'model_case', entityId: id, data: { from: row.status } });
    return next;
  });
}

/**
 * A leader (or an admin) publishes a SUBMITTED case. A case the leader wrote themselves may also be published straight from
 * DRAFT (there is nobody to submit it to); a unit's draft must be submitted first.
 */
export async function publishModelCase(ctx: Context, id: string, version: number): Promise<CaseRow> {
  const viewer = requireRole(ctx.viewer, 'LEADER', 'ADMIN');
  const row = await caseForWrite(ctx, id);
  checkVersion(row, version);
  const ownDraft = row.status === 'DRAFT' && row.createdBy === viewer.id;
  if (row.status !== 'SUBMITTED' && !ownDraft) {
    throw invalidTransition(`案例${CASE_STATUS_LABEL[row.status]}，不能发布（须先提交审核）`);
  }
  return mutate(ctx, async (scope) => {
    const next = await step(scope, ctx, row, { status: 'PUBLISHED', publishedAt: ctx.now });
    await insertReview(scope.tx, { caseId: id, decision: 'PUBLISH', comment: null, reviewerId: viewer.id });
    if (next.brandId) {
      await scope.timeline({
        brandId: next.brandId,
        kind: 'CASE_PUBLISHED',
        summary: `发布典型案例「${next.title}」`,
        public: true,
        data: { caseId: id },
      });
    }
    await scope.audit({ action: 'publishModelCase', entity: 'model_case', entityId: id, data: { from: row.status } });
    return next;
  });
}

/** A leader (or an admin) returns a SUBMITTED case to its unit with a reason. */
export async function returnModelCase(ctx: Context, id: string, version: number, comment: string): Promise<CaseRow> {
  const viewer = requireRole(ctx.viewer, 'LEADER', 'ADMIN');
  const row = await caseForWrite(ctx, id);
  const reason = comment.trim();
  new FieldErrors()
    .check(reason.length > 0, 'comment', '退回案例须说明理由')
    .check([...reason].length <= COMMENT_MAX, 'comment', `退回理由不能超过 ${COMMENT_MAX} 个字`)
    .throwIfAny();
  checkVersion(row, version);
  if (row.status !== 'SUBMITTED') {
    throw invalidTransition(`案例${CASE_STATUS_LABEL[row.status]}，不在待审核状态`);
  }
  return mutate(ctx, async (scope) => {
    const next = await step(scope, ctx, row, { status: 'RETURNED' });
    await insertReview(scope.tx, { caseId: id, decision: 'RETURN', comment: reason, reviewerId: viewer.id });
    if (next.brandId) {
      await scope.timeline({
        brandId: next.brandId,
        kind: 'CASE_RETURNED',
        summary: `典型案例「${next.title}」被退回：${reason}`,
        public: false,
        data: { caseId: id },
      });
    }
    await scope.audit({ action: 'returnModelCase', entity: 'model_case', entityId: id, data: { comment: reason } });
    return next;
  });
}

/** A leader (or an admin) features a published case on the home page, or takes it off; asking for the current state is a no-op. */
export async function setModelCaseFeatured(
  ctx: Context,
  id: string,
  featured: boolean,
  version?: number | null,
): Promise<CaseRow> {
  requireRole(ctx.viewer, 'LEADER', 'ADMIN');
  const row = await caseForWrite(ctx, id);
  checkVersion(row, version);
  if (row.status !== 'PUBLISHED') {
    throw invalidTransition(`案例${CASE_STATUS_LABEL[row.status]}，发布后才能设为精选`);
  }
  if (row.featured === featured) {
    return row;
  }
  return mutate(ctx, async (scope) => {
    const next = await step(scope, ctx, row, { featured, featuredAt: featured ? ctx.now : null });
    if (next.brandId && featured) {
      await scope.timeline({
        brandId: next.brandId,
        kind: 'CASE_FEATURED',
        summary: `典型案例「${next.title}」入选精选案例`,
        public: true,
        data: { caseId: id },
      });
    }
    await scope.audit({ action: 'setModelCaseFeatured', entity: 'model_case', entityId: id, data: { featured } });
    return next;
  });
}
