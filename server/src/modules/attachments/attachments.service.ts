import type { AttachmentSubject, Database } from '@flagship/drizzle';
import { requireViewer } from '../../core/access';
import type { Context, Viewer } from '../../core/context';
import { badInput, notFound } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { mutate } from '../../core/mutation';
import { audienceOf, mayRead } from './attachment-access';
import { attachmentById, blobOf, insertAttachment, linkToSubject, type AttachmentRow } from './attachments.repository';
import { cleanFilename } from './filenames';
import type { ReceivedFile } from './upload-stream';

export const MAX_ATTACHMENTS = 20;

/**
 * Links the viewer's own, not yet used uploads to what they are evidence for, inside the caller's transaction.
 * Anything else — someone else's upload, one already used, an unknown id — is BAD_USER_INPUT on
 * `attachmentIds`, and the caller's transaction rolls back.
 */
export async function linkAttachments(
  tx: Database,
  viewer: Viewer,
  ids: readonly string[] | null | undefined,
  subject: { kind: AttachmentSubject; id: string },
): Promise<string[]> {
  const unique = [...new Set(ids ?? [])];
  if (unique.length === 0) {
    return [];
  }
  if (unique.length > MAX_ATTACHMENTS) {
    throw badInput({ attachmentIds: `佐证材料最多 ${MAX_ATTACHMENTS} 个` });
  }
  if (!unique.every(isUuid)) {
    throw badInput({ attachmentIds: '佐证材料不存在' });
  }
  const linked = await linkToSubject(tx, unique, viewer.id, subject.kind, subject.id);
  if (linked !== unique.length) {
    throw badInput({ attachmentIds: '佐证材料不存在、不是您上传的，或已用于其他事项' });
  }
  return unique;
}

/** Stores a received file as an unlinked upload of the viewer, with its audit entry. */
export async function saveUpload(ctx: Context, file: ReceivedFile): Promise<AttachmentRow> {
  const viewer = requireViewer(ctx.viewer);
  const filename = cleanFilename(file.filename, file.contentType);
  const values = {
    ownerId: viewer.id,
    filename,
    contentType: file.contentType,
    size: file.data.length,
    sha256: file.sha256,
  };
  return mutate(ctx, async ({ tx, audit }) => {
    const row = await insertAttachment(tx, values, file.data);
    const { ownerId: _owner, ...data } = values;
    await audit({ action: 'uploadAttachment', entity: 'attachment', entityId: row.id, data });
    return row;
  });
}

/**
 * A file with its bytes, for a viewer who may read it, and whether everyone may (so it can be cached
 * publicly). Unknown ids and files the viewer may not read are both NOT_FOUND: a file's existence is not
 * revealed to those who may not see it.
 */
export async function fileForDownload(
  ctx: Context,
  id: string,
): Promise<{ row: AttachmentRow; data: Buffer; isPublic: boolean }> {
  const row = isUuid(id) ? await attachmentById(ctx.db, id) : null;
  if (!row) {
    throw notFound('文件');
  }
  const audience = row.subjectKind && row.subjectId ? await audienceOf(ctx, row.subjectKind, row.subjectId) : null;
  if (!mayRead(ctx.viewer, row, audience)) {
    throw notFound('文件');
  }
  const data = await blobOf(ctx.db, row.id);
  if (!data) {
    throw notFound('文件');
  }
  return { row, data, isPublic: audience?.public ?? false };
}
