import { searchTokens, type Database } from '@flagship/drizzle';
import type { Context, Viewer } from '../../core/context';
import { badInput, conflict, FieldErrors, forbidden, invalidTransition } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { mutate } from '../../core/mutation';
import { linkAttachments, MAX_ATTACHMENTS } from '../attachments/attachments.service';
import { caseForWrite, requireCaseAuthor, requireCaseWriter } from './case-access';
import { caseContentOf, SECTIONS, type CaseContent } from './case-input';
import { CASE_STATUS_LABEL } from './case-labels';
import type { ModelCaseInput } from './cases.inputs';
import { caseFiles, detachCaseFiles, insertCase, updateCase } from './cases.repository';
import type { CaseRow } from './cases.types';
import { plainText } from './rich-text';

/** The search columns of a case: its title's tokens, and those of its summary, sections and tags. */
export function searchColumnsOf(content: CaseContent): { searchTitle: string; searchBody: string } {
  return {
    searchTitle: searchTokens(content.title),
    searchBody: searchTokens(content.summary, ...SECTIONS.map((s) => plainText(content[s])), content.tags.join(' ')),
  };
}

interface Owner {
  brandId: string | null;
  unitId: string;
}

/**
 * Whose case it is. A unit writes for itself and its own brands (another unit or another unit's brand is
 * FORBIDDEN); a leader or an admin names the unit, or it is the brand's, or stays the edited case's.
 */
async function ownerOf(ctx: Context, viewer: Viewer, input: ModelCaseInput, existing: CaseRow | null): Promise<Owner> {
  const brand = input.brandId && isUuid(input.brandId) ? await ctx.loaders.brandById.load(input.brandId) : null;
  if (input.brandId && !brand) {
    throw badInput({ brandId: '品牌不存在' });
  }
  if (viewer.role === 'UNIT') {
    if (!viewer.unitId || (input.unitId && input.unitId !== viewer.unitId)) {
      throw forbidden('只能为本单位编写典型案例');
    }
    if (brand && brand.unitId !== viewer.unitId) {
      throw forbidden('只能为本单位的品牌编写典型案例');
    }
  }
  if (brand?.stage === 'WITHDRAWN') {
    throw badInput({ brandId: '已撤销的品牌不能再关联典型案例' });
  }
  const unitId = (viewer.role === 'UNIT' ? viewer.unitId : null) ?? input.unitId ?? brand?.unitId ?? existing?.unitId;
  if (!unitId) {
    throw badInput({ unitId: '请选择案例所属单位，或选择一个品牌' });
  }
  if (brand && brand.unitId !== unitId) {
    throw badInput({ unitId: '案例所属单位应与所选品牌的单位一致' });
  }
  if (!isUuid(unitId) || !(await ctx.loaders.unitById.load(unitId))) {
    throw badInput({ unitId: '单位不存在' });
  }
  return { brandId: brand?.id ?? null, unitId };
}

/**
 * Links the photos of a save (ones already on this case are skipped, not linked twice) and checks the cover:
 * an image among the case's photos. Runs inside the save's transaction, so a refusal rolls the save back.
 */
async function attachPhotos(
  tx: Database,
  viewer: Viewer,
  caseId: string,
  input: ModelCaseInput,
): Promise<{ linked: string[]; removed: string[] }> {
  const removed = [...new Set(input.removeAttachmentIds ?? [])];
  if (removed.length > 0) {
    const taken = removed.every(isUuid) ? await detachCaseFiles(tx, caseId, removed) : 0;
    if (taken !== removed.length) {
      throw badInput({ removeAttachmentIds: '要取下的照片不属于本案例' });
    }
    if (input.coverAttachmentId && removed.includes(input.coverAttachmentId)) {
      throw badInput({ coverAttachmentId: '封面不能是要取下的照片' });
    }
  }
  const before = await caseFiles(tx, caseId);
  const known = new Set(before.map((f) => f.id));
  const fresh = [...new Set(input.attachmentIds ?? [])].filter((id) => !known.has(id) && !removed.includes(id));
  if (before.length + fresh.length > MAX_ATTACHMENTS) {
    throw badInput({ attachmentIds: `每个案例最多 ${MAX_ATTACHMENTS} 张照片` });
  }
  const linked = await linkAttachments(tx, viewer, fresh, { kind: 'MODEL_CASE', id: caseId });
  const files = linked.length > 0 ? await caseFiles(tx, caseId) : before;
  const errors = new FieldErrors();
  errors.check(
    files.every((f) => !linked.includes(f.id) || f.contentType.startsWith('image/')),
    'attachmentIds',
    '案例照片须为图片',
  );
  const cover = input.coverAttachmentId ? files.find((f) => f.id === input.coverAttachmentId) : undefined;
  errors.check(!input.coverAttachmentId || Boolean(cover), 'coverAttachmentId', '封面须为本案例的照片之一');
  errors.check(!cover || cover.contentType.startsWith('image/'), 'coverAttachmentId', '封面须为图片');
  errors.throwIfAny();
  return { linked, removed };
}

/**
 * Creates a case (DRAFT) or edits one in DRAFT or RETURNED, by its unit or a leader. Sections are sanitised to
 * the rich-text subset and the search columns are filled from the same content.
 */
export async function saveModelCase(
  ctx: Context,
  id: string | null | undefined,
  version: number | null | undefined,
  input: ModelCaseInput,
): Promise<CaseRow> {
  const viewer = requireCaseWriter(ctx);
  const existing = id ? await caseForWrite(ctx, id) : null;
  if (existing) {
    requireCaseAuthor(viewer, existing);
  }
  const owner = await ownerOf(ctx, viewer, input, existing);
  const content = caseContentOf(input, ctx.today);
  if (existing) {
    if (version === null || version === undefined) {
      throw badInput({ version: '修改已有案例须提供读取时的版本号' });
    }
    if (version !== existing.version) {
      throw conflict('典型案例');
    }
    if (existing.status !== 'DRAFT' && existing.status !== 'RETURNED') {
      throw invalidTransition(`案例${CASE_STATUS_LABEL[existing.status]}，不能修改`);
    }
  }
  const values = {
    ...content,
    ...owner,
    ...searchColumnsOf(content),
    coverAttachmentId: input.coverAttachmentId || null,
  };
  return mutate(ctx, async ({ tx, audit }) => {
    const row = existing
      ? await updateCase(tx, existing.id, existing.version, { ...values, updatedAt: ctx.now })
      : await insertCase(tx, { ...values, status: 'DRAFT', createdBy: viewer.id });
    if (!row) {
      throw conflict('典型案例');
    }
    const { linked, removed } = await attachPhotos(tx, viewer, row.id, input);
    await audit({
      action: 'saveModelCase',
      entity: 'model_case',
      entityId: row.id,
      data: {
        created: !existing,
        title: content.title,
        ...owner,
        tags: content.tags,
        attachmentIds: linked,
        removedAttachmentIds: removed,
      },
    });
    return row;
  });
}
