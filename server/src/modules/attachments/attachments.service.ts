import type { AttachmentSubject, Database } from '@flagship/drizzle';
import type { Viewer } from '../../core/context';
import { badInput } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { linkToSubject } from './attachments.repository';

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
