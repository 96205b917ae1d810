import { and, eq, inArray, isNull } from 'drizzle-orm';
import { attachments, type AttachmentSubject, type Database } from '@flagship/drizzle';

export type AttachmentRow = typeof attachments.$inferSelect;

export function attachmentsByIds(db: Database, ids: readonly string[]) {
  return db
    .select()
    .from(attachments)
    .where(inArray(attachments.id, [...ids]));
}

export function attachmentsOfSubjects(db: Database, kind: AttachmentSubject, subjectIds: readonly string[]) {
  return db
    .select()
    .from(attachments)
    .where(and(eq(attachments.subjectKind, kind), inArray(attachments.subjectId, [...subjectIds])))
    .orderBy(attachments.createdAt);
}

/** Attaches still-unlinked uploads of `ownerId` to a subject; returns how many were linked. */
export async function linkToSubject(
  db: Database,
  ids: string[],
  ownerId: string,
  kind: AttachmentSubject,
  subjectId: string,
): Promise<number> {
  const rows = await db
    .update(attachments)
    .set({ subjectKind: kind, subjectId })
    .where(and(inArray(attachments.id, ids), eq(attachments.ownerId, ownerId), isNull(attachments.subjectKind)))
    .returning({ id: attachments.id });
  return rows.length;
}
