import { and, eq } from 'drizzle-orm';
import {
  brands,
  milestoneReports,
  milestones,
  planReviews,
  planRevisions,
  planSupports,
  plans,
  type Database,
  type PlanSnapshot,
  type ReviewDecision,
} from '@flagship/drizzle';
import { requireRole, requireViewer } from '../../core/access';
import type { Context } from '../../core/context';
import { conflict, FieldErrors, forbidden, invalidTransition, notFound } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { PLAN_STATUS_LABEL } from '@flagship/drizzle/labels';
import { mutate } from '../../core/mutation';
import { linkAttachments } from '../attachments/attachments.service';
import { brandForWrite, canSeeBrandPrivate, visibleBrand } from '../brands/brand-access';
import type { BrandRow } from '../brands/brands.repository';
import { checkPlan, snapshotOf } from './plan-input';
import type { MilestoneReportInput, PlanInput } from './plans.inputs';
import type { MilestoneRow, PlanRow } from './plans.repository';

/** The brand, if the viewer is the unit that owns it (or an admin); else NOT_FOUND / FORBIDDEN. */
async function ownBrand(ctx: Context, brandId: string): Promise<BrandRow> {
  const viewer = requireRole(ctx.viewer, 'UNIT', 'ADMIN');
  const brand = await brandForWrite(ctx, brandId);
  if (viewer.role === 'UNIT' && brand.unitId !== viewer.unitId) {
    throw forbidden('只能编写本单位品牌的创建方案');
  }
  return brand;
}

/** A withdrawn brand's plan is closed: nothing more is saved, submitted, reviewed or reported on it. */
function refuseWithdrawn(brand: BrandRow | null, message: string): void {
  if (brand?.stage === 'WITHDRAWN') {
    throw invalidTransition(message);
  }
}

/** A plan the viewer may see (private plans only to their unit and readers of everything). */
export async function visiblePlan(ctx: Context, id: string): Promise<PlanRow> {
  const plan = isUuid(id) ? await ctx.loaders.planById.load(id) : null;
  if (!plan) {
    throw notFound('创建方案');
  }
  const brand = await visibleBrand(ctx, plan.brandId);
  if (!canSeeBrandPrivate(ctx, brand) && plan.status !== 'APPROVED') {
    throw notFound('创建方案');
  }
  return plan;
}

/** Loads a plan for a write: UNAUTHENTICATED for the public, NOT_FOUND if there is no such plan. */
async function planForWrite(ctx: Context, id: string): Promise<PlanRow> {
  requireViewer(ctx.viewer);
  const plan = isUuid(id) ? await ctx.loaders.planById.load(id) : null;
  if (!plan) {
    throw notFound('创建方案');
  }
  return plan;
}

async function writeContent(tx: Database, planId: string, brandId: string, plan: PlanSnapshot): Promise<void> {
  await tx.delete(planSupports).where(eq(planSupports.planId, planId));
  await tx.delete(milestones).where(eq(milestones.planId, planId));
  if (plan.supportModes.length > 0) {
    await tx.insert(planSupports).values(plan.supportModes.map((s, position) => ({ planId, ...s, position })));
  }
  if (plan.milestones.length > 0) {
    await tx.insert(milestones).values(plan.milestones.map((m, position) => ({ planId, brandId, ...m, position })));
  }
}

function columnsOf(plan: PlanSnapshot) {
  const { supportModes: _s, milestones: _m, ...columns } = plan;
  return columns;
}

/** Creates or edits a brand's plan; only a DRAFT or RETURNED plan can be edited. */
export async function savePlan(
  ctx: Context,
  brandId: string,
  version: number | null | undefined,
  input: PlanInput,
): Promise<PlanRow> {
  refuseWithdrawn(await ownBrand(ctx, brandId), '已撤销的品牌不能编写方案');
  const plan = snapshotOf(input);
  const errors = new FieldErrors();
  checkPlan(plan, errors);
  errors.throwIfAny();
  if (plan.responsibleUnitId && !(await ctx.loaders.unitById.load(plan.responsibleUnitId))) {
    new FieldErrors().add('responsibleUnitId', '责任部门不存在').throwIfAny();
  }
  const existing = await ctx.loaders.planByBrandId.load(brandId);
  if (existing) {
    if (version === null || version === undefined) {
      new FieldErrors().add('version', '修改已有方案须提供读取时的版本号').throwIfAny();
    } else if (version !== existing.version) {
      throw conflict('创建方案');
    }
    if (existing.status !== 'DRAFT' && existing.status !== 'RETURNED') {
      throw invalidTransition(`方案${PLAN_STATUS_LABEL[existing.status]}，不能修改`);
    }
  }
  return mutate(ctx, async ({ tx, audit, timeline }) => {
    let row: PlanRow | undefined;
    if (existing) {
      [row] = await tx
        .update(plans)
        .set({ ...columnsOf(plan), version: existing.version + 1, updatedAt: ctx.now })
        .where(and(eq(plans.id, existing.id), eq(plans.version, existing.version)))
        .returning();
      if (!row) {
        throw conflict('创建方案');
      }
    } else {
      // A plan created meanwhile by a concurrent request is a conflict, not a unique-key failure.
      [row] = await tx
        .insert(plans)
        .values({ brandId, ...columnsOf(plan) })
        .onConflictDoNothing({ target: plans.brandId })
        .returning();
      if (!row) {
        throw conflict('创建方案');
      }
    }
    await writeContent(tx, row.id, brandId, plan);
    await timeline({ brandId, kind: 'PLAN_SAVED', summary: existing ? '修改创建方案' : '起草创建方案', public: false });
    await audit({ action: 'savePlan', entity: 'plan', entityId: row.id, data: { plan } });
    return row;
  });
}

/** The plan as it stands now, in the frozen form, read inside the transaction. */
async function currentSnapshot(tx: Database, row: PlanRow): Promise<PlanSnapshot> {
  const supports = await tx
    .select()
    .from(planSupports)
    .where(eq(planSupports.planId, row.id))
    .orderBy(planSupports.position);
  const items = await tx.select().from(milestones).where(eq(milestones.planId, row.id)).orderBy(milestones.position);
  return {
    goals: row.goals,
    concept: row.concept,
    identity: row.identity,
    workingMethod: row.workingMethod,
    measures: row.measures,
    startDate: row.startDate,
    endDate: row.endDate,
    responsibleUnitId: row.responsibleUnitId,
    responsiblePerson: row.responsiblePerson,
    liaisonLeader: row.liaisonLeader,
    supportModes: supports.map((s) => ({ mode: s.mode, detail: s.detail })),
    milestones: items.map((m) => ({
      title: m.title,
      deliverable: m.deliverable,
      dueDate: m.dueDate,
      weight: m.weight,
    })),
  };
}

/** Submits a DRAFT or RETURNED plan for review, freezing it as the next revision. */
export async function submitPlan(ctx: Context, id: string, version: number): Promise<PlanRow> {
  const existing = await planForWrite(ctx, id);
  refuseWithdrawn(await ownBrand(ctx, existing.brandId), '已撤销的品牌不能提交方案');
  if (existing.version !== version) {
    throw conflict('创建方案');
  }
  if (existing.status !== 'DRAFT' && existing.status !== 'RETURNED') {
    throw invalidTransition(`方案${PLAN_STATUS_LABEL[existing.status]}，不能提交`);
  }
  return mutate(ctx, async ({ tx, audit, timeline }) => {
    const snapshot = await currentSnapshot(tx, existing);
    new FieldErrors()
      .check(snapshot.milestones.length > 0, 'milestones', '提交前请至少填写一个创建计划节点')
      .throwIfAny();
    const revision = existing.revision + 1;
    const [row] = await tx
      .update(plans)
      .set({ status: 'SUBMITTED', revision, version: existing.version + 1, updatedAt: ctx.now })
      .where(and(eq(plans.id, id), eq(plans.version, existing.version)))
      .returning();
    if (!row) {
      throw conflict('创建方案');
    }
    await tx.insert(planRevisions).values({ planId: id, revision, snapshot, submittedBy: ctx.viewer?.id });
    await timeline({
      brandId: row.brandId,
      kind: 'PLAN_SUBMITTED',
      summary: `提交创建方案（第 ${revision} 版）`,
      public: false,
    });
    await audit({ action: 'submitPlan', entity: 'plan', entityId: id, data: { revision } });
    return row;
  });
}

/** A leader approves a submitted plan or returns it with a reason. */
export async function reviewPlan(
  ctx: Context,
  id: string,
  version: number,
  decision: ReviewDecision,
  comment: string | null | undefined,
): Promise<PlanRow> {
  requireRole(ctx.viewer, 'LEADER', 'ADMIN');
  const existing = await planForWrite(ctx, id);
  const reason = comment?.trim() || null;
  const errors = new FieldErrors();
  errors.check(decision !== 'RETURN' || Boolean(reason), 'comment', '退回方案须说明理由');
  errors.check((reason?.length ?? 0) <= 2000, 'comment', '审核意见不能超过 2000 个字');
  errors.throwIfAny();
  if (existing.version !== version) {
    throw conflict('创建方案');
  }
  refuseWithdrawn(await ctx.loaders.brandById.load(existing.brandId), '已撤销的品牌不能审核方案');
  if (existing.status !== 'SUBMITTED') {
    throw invalidTransition(`方案${PLAN_STATUS_LABEL[existing.status]}，不在待审核状态`);
  }
  const status = decision === 'APPROVE' ? 'APPROVED' : 'RETURNED';
  return mutate(ctx, async ({ tx, audit, timeline }) => {
    const [row] = await tx
      .update(plans)
      .set({ status, version: existing.version + 1, updatedAt: ctx.now })
      .where(and(eq(plans.id, id), eq(plans.version, existing.version)))
      .returning();
    if (!row) {
      throw conflict('创建方案');
    }
    await tx
      .insert(planReviews)
      .values({ planId: id, revision: row.revision, decision, comment: reason, reviewerId: ctx.viewer?.id });
    await tx.update(brands).set({ updatedAt: ctx.now }).where(eq(brands.id, row.brandId));
    await timeline(
      decision === 'APPROVE'
        ? {
            brandId: row.brandId,
            kind: 'PLAN_APPROVED',
            summary: `创建方案（第 ${row.revision} 版）审核通过`,
            public: true,
          }
        : {
            brandId: row.brandId,
            kind: 'PLAN_RETURNED',
            summary: `创建方案（第 ${row.revision} 版）被退回：${reason}`,
            public: false,
          },
    );
    await audit({
      action: 'reviewPlan',
      entity: 'plan',
      entityId: id,
      data: { decision, comment: reason, revision: row.revision },
    });
    return row;
  });
}

const MILESTONE_STATUS_LABEL = { PENDING: '未开始', IN_PROGRESS: '推进中', DONE: '已完成' } as const;

/** The unit reports progress on a milestone of its approved plan, with a note and evidence. */
export async function reportMilestone(
  ctx: Context,
  id: string,
  version: number,
  input: MilestoneReportInput,
): Promise<MilestoneRow> {
  const viewer = requireViewer(ctx.viewer);
  const current = isUuid(id) ? await ctx.loaders.milestoneById.load(id) : null;
  if (!current) {
    throw notFound('创建计划节点');
  }
  const brand = await brandForWrite(ctx, current.brandId);
  if (viewer.role !== 'UNIT' || brand.unitId !== viewer.unitId) {
    throw forbidden('只有品牌所属单位可以报告节点进展');
  }
  refuseWithdrawn(brand, '已撤销的品牌不能报告节点进展');
  const plan = await ctx.loaders.planById.load(current.planId);
  if (plan?.status !== 'APPROVED') {
    throw invalidTransition('创建方案审核通过后才能报告节点进展');
  }
  const note = input.note?.trim() || null;
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  const errors = new FieldErrors();
  errors.check(
    input.status !== 'DONE' || Boolean(note) || attachmentIds.length > 0,
    'note',
    '标记完成时请填写进展说明或上传佐证材料',
  );
  errors.throwIfAny();
  if (current.version !== version) {
    throw conflict('创建计划节点');
  }
  return mutate(ctx, async ({ tx, audit, timeline }) => {
    const doneAt = input.status === 'DONE' ? (current.doneAt ?? ctx.now) : null;
    const [row] = await tx
      .update(milestones)
      .set({ status: input.status, note, doneAt, version: current.version + 1, updatedAt: ctx.now })
      .where(and(eq(milestones.id, id), eq(milestones.version, current.version)))
      .returning();
    if (!row) {
      throw conflict('创建计划节点');
    }
    const evidence = await linkAttachments(tx, viewer, attachmentIds, { kind: 'MILESTONE', id });
    await tx
      .insert(milestoneReports)
      .values({ milestoneId: id, status: input.status, note, attachmentIds: evidence, reportedBy: viewer.id });
    await tx.update(brands).set({ updatedAt: ctx.now }).where(eq(brands.id, row.brandId));
    await timeline({
      brandId: row.brandId,
      kind: 'MILESTONE_REPORTED',
      summary: `节点「${row.title}」${MILESTONE_STATUS_LABEL[input.status]}${note ? `：${note}` : ''}`,
      public: input.status === 'DONE',
      data: { milestoneId: id, status: input.status },
    });
    await audit({ action: 'reportMilestone', entity: 'milestone', entityId: id, data: { ...input, note } });
    return row;
  });
}
