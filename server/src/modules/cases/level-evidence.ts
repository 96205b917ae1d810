import type { Database } from '@flagship/drizzle';
import type { Context, Viewer } from '../../core/context';
import { AppError, badInput, FieldErrors } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { linkAttachments } from '../attachments/attachments.service';

/* The evidence a level promotion (brands.service `promoteBrandLevel`) may cite besides its text. */

/** A cited case must be a published case of this brand; BAD_USER_INPUT on `caseId` otherwise. */
export async function checkCitedCase(ctx: Context, brandId: string, caseId: string | null | undefined): Promise<void> {
  const cited = caseId && isUuid(caseId) ? await ctx.loaders.caseById.load(caseId) : null;
  new FieldErrors()
    .check(
      !caseId || (cited?.brandId === brandId && cited.status === 'PUBLISHED'),
      'caseId',
      '佐证案例须为本品牌已发布的典型案例',
    )
    .throwIfAny();
}

/** Links the recognising document to the brand; refusals are reported on `documentAttachmentId`. */
export async function linkDocument(tx: Database, viewer: Viewer, brandId: string, id: string | null | undefined) {
  if (!id) {
    return;
  }
  try {
    await linkAttachments(tx, viewer, [id], { kind: 'BRAND', id: brandId });
  } catch (error) {
    if (error instanceof AppError && error.code === 'BAD_USER_INPUT') {
      throw badInput({ documentAttachmentId: '认定文件不存在、不是您上传的，或已用于其他事项' });
    }
    throw error;
  }
}
