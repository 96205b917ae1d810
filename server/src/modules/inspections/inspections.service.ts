import {
  findings,
  inspectionAttachments,
  inspectionItems,
  inspections,
  rectificationEvents,
  rectifications,
} from '@flagship/drizzle';
import { INSPECTION_KIND_LABEL } from '@flagship/drizzle/labels';
import { requireViewer } from '../../core/access';
import type { Context, Viewer } from '../../core/context';
import { AppError, badInput, forbidden, invalidTransition } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { mutate } from '../../core/mutation';
import { linkAttachments } from '../attachments/attachments.service';
import { versionKey } from '../checklists/checklists.repository';
import { markDrawItemDone, pendingDrawItemOf } from '../spot-checks/spot-checks.repository';
import { checkInspection } from './inspection-input';
import type { InspectionInput } from './inspections.inputs';
import { inspectionByClientRequestId, type InspectionRow } from './inspections.repository';

/** A score as people write it: at most two decimals, no trailing zeros. */
export function formatScore(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Inspectors record REGULAR and SPOT checks of any unit; a unit records SELF checks of itself only. */
function authorize(viewer: Viewer, input: InspectionInput): void {
  if (input.kind === 'SELF') {
    if (viewer.role !== 'UNIT') {
      throw forbidden('自查由创建单位自行开展');
    }
    if (input.unitId !== viewer.unitId) {
      throw forbidden('只能对本单位开展自查');
    }
  } else if (viewer.role !== 'INSPECTOR') {
    throw forbidden('定期检查和不定期抽查由督查员开展');
  }
}

/** The unit, brand and template the input names, each checked. */
async function referencesOf(ctx: Context, input: InspectionInput) {
  const unit = isUuid(input.unitId) ? await ctx.loaders.unitById.load(input.unitId) : null;
  if (!unit) {
    throw badInput({ unitId: '被检查单位不存在' });
  }
  const brand = input.brandId && isUuid(input.brandId) ? await ctx.loaders.brandById.load(input.brandId) : null;
  if (input.brandId && brand?.unitId !== unit.id) {
    throw badInput({ brandId: '品牌不存在或不属于被检查单位' });
  }
  if (brand?.stage === 'WITHDRAWN') {
    throw invalidTransition('已撤销的品牌不再开展检查');
  }
  const template = isUuid(input.templateId) ? await ctx.loaders.templateById.load(input.templateId) : null;
  if (!template) {
    throw badInput({ templateId: '检查表不存在' });
  }
  if (template.retiredAt) {
    throw invalidTransition('检查表已停用，不能用于新的检查');
  }
  const current = await ctx.loaders.checklistItemsByVersion.load(versionKey(template.id, template.version));
  return { unit, brand, template, current };
}

/** Raised inside the transaction when a concurrent retry already stored the same request. */
class DuplicateRequest extends Error {}

/** The inspection already stored under this request key by this viewer (a retried submission), if any. */
async function replayOf(ctx: Context, viewer: Viewer, key: string): Promise<InspectionRow | null> {
  const existing = await inspectionByClientRequestId(ctx.db, key);
  if (existing && existing.inspectorId !== viewer.id) {
    throw new AppError('CONFLICT', '请求编号已被使用，请重新提交');
  }
  return existing;
}

/**
 * Records an inspection in one transaction: its scores, its findings with one OPEN rectification each, its
 * evidence, the spot-check draw item it answers, the audit entry and the brand's timeline event.
 */
export async function recordInspection(ctx: Context, input: InspectionInput): Promise<InspectionRow> {
  const viewer = requireViewer(ctx.viewer);
  authorize(viewer, input);
  const key = input.clientRequestId?.trim() || null;
  const replayed = key ? await replayOf(ctx, viewer, key) : null;
  if (replayed) {
    return replayed;
  }
  const { unit, brand, template, current } = await referencesOf(ctx, input);
  const clean = checkInspection(input, current, ctx.today);
  try {
    return await mutate(ctx, async ({ tx, audit, timeline }) => {
      const drawItem = input.kind === 'SPOT' && brand ? await pendingDrawItemOf(tx, brand.id) : null;
      const [row] = await tx
        .insert(inspections)
        .values({
          kind: input.kind,
          brandId: brand?.id ?? null,
          unitId: unit.id,
          inspectorId: viewer.id,
          date: clean.date,
          templateId: template.id,
          templateVersion: template.version,
          score: clean.score,
          maxScore: clean.maxScore,
          summary: clean.summary,
          drawItemId: drawItem?.id ?? null,
          clientRequestId: key,
        })
        .onConflictDoNothing({ target: inspections.clientRequestId })
        .returning();
      if (!row) {
        throw new DuplicateRequest();
      }
      await tx.insert(inspectionItems).values(clean.items.map((e) => ({ inspectionId: row.id, ...e })));
      for (const [position, f] of clean.findings.entries()) {
        const [finding] = await tx
          .insert(findings)
          .values({ inspectionId: row.id, problem: f.problem, position })
          .returning();
        const [rectification] = await tx
          .insert(rectifications)
          .values({ findingId: finding.id, inspectionId: row.id, unitId: unit.id, brandId: brand?.id ?? null, ...f })
          .returning();
        await tx
          .insert(rectificationEvents)
          .values({ rectificationId: rectification.id, fromStatus: null, toStatus: 'OPEN', actorId: viewer.id });
      }
      const attachmentIds = await linkAttachments(tx, viewer, input.attachmentIds, { kind: 'INSPECTION', id: row.id });
      if (attachmentIds.length > 0) {
        await tx
          .insert(inspectionAttachments)
          .values(attachmentIds.map((attachmentId) => ({ inspectionId: row.id, attachmentId })));
      }
      if (drawItem) {
        await markDrawItemDone(tx, drawItem.id, row.id);
      }
      const summary = `开展${INSPECTION_KIND_LABEL[input.kind]}，得分 ${formatScore(clean.score)}/${formatScore(clean.maxScore)}，发现问题 ${clean.findings.length} 个`;
      if (brand) {
        await timeline({
          brandId: brand.id,
          kind: 'INSPECTION_RECORDED',
          summary,
          public: false,
          data: { inspectionId: row.id },
        });
      }
      await audit({
        action: 'recordInspection',
        entity: 'inspection',
        entityId: row.id,
        data: { ...clean, kind: input.kind, unitId: unit.id, brandId: brand?.id ?? null, attachmentIds },
      });
      return row;
    });
  } catch (error) {
    const retried = error instanceof DuplicateRequest && key ? await replayOf(ctx, viewer, key) : null;
    if (retried) {
      return retried;
    }
    throw error;
  }
}
