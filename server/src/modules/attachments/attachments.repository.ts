import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import {
  ATTACHMENT_SUBJECTS,
  attachmentBlobs,
  attachments,
  inspections,
  rectifications,
  type AttachmentSubject,
  type Database,
} from '@flagship/drizzle';
import { isUuid } from '../../core/ids';

export type AttachmentRow = typeof attachments.$inferSelect;
export type NewAttachment = Omit<typeof attachments.$inferInsert, 'id' | 'subjectKind' | 'subjectId' | 'createdAt'>;

/** The loader key of a subject: `${kind}:${id}`. */
export function subjectKey(kind: AttachmentSubject, id: string): string {
  return `${kind}:${id}`;
}

/** The files of every subject named by a `subjectKey` (one query, oldest first); malformed keys name nothing. */
export async function attachmentsOfSubjectKeys(db: Database, keys: readonly string[]): Promise<AttachmentRow[]> {
  const byKind = new Map<AttachmentSubject, string[]>();
  for (const key of keys) {
    const [kind, id] = key.split(':') as [AttachmentSubject, string];
    if (ATTACHMENT_SUBJECTS.includes(kind) && isUuid(id)) {
      byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
    }
  }
  if (byKind.size === 0) {
    return [];
  }
  const conditions = [...byKind].map(([kind, ids]) =>
    and(eq(attachments.subjectKind, kind), inArray(attachments.subjectId, ids)),
  );
  return db
    .select()
    .from(attachments)
    .where(or(...conditions))
    .orderBy(attachments.createdAt, attachments.id);
}

export async function attachmentById(db: Database, id: string): Promise<AttachmentRow | null> {
  const [row] = await db.select().from(attachments).where(eq(attachments.id, id));
  return row ?? null;
}

/*
 * Bytes travel to and from the database as hex text, converted by PostgreSQL's decode/encode: PGlite binds and
 * reads a large bytea parameter very slowly (a 20 MB file took 22 s to store and 6 s to read, against 4 s and
 * 1 s as hex), and postgres.js sends bytea as hex text anyway.
 */

/** The stored bytes of a file. */
export async function blobOf(db: Database, id: string): Promise<Buffer | null> {
  const [row] = await db
    .select({ hex: sql<string>`encode(${attachmentBlobs.data}, 'hex')` })
    .from(attachmentBlobs)
    .where(eq(attachmentBlobs.attachmentId, id));
  return row ? Buffer.from(row.hex, 'hex') : null;
}

/** Stores a file's row and bytes (call inside the caller's transaction). */
export async function insertAttachment(tx: Database, values: NewAttachment, data: Buffer): Promise<AttachmentRow> {
  const [row] = await tx.insert(attachments).values(values).returning();
  await tx.insert(attachmentBlobs).values({
    attachmentId: row.id,
    data: sql<Buffer>`decode(${data.toString('hex')}, 'hex')`,
  });
  return row;
}

/** The unit an inspection concerns. */
export async function inspectionUnitOf(db: Database, id: string): Promise<string | null> {
  const [row] = await db.select({ unitId: inspections.unitId }).from(inspections).where(eq(inspections.id, id));
  return row?.unitId ?? null;
}

/** The responsible unit of a rectification and whether it is shown to the public. */
export async function rectificationAudienceOf(db: Database, id: string) {
  const [row] = await db
    .select({ unitId: rectifications.unitId, public: rectifications.public })
    .from(rectifications)
    .where(eq(rectifications.id, id));
  return row ?? null;
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
