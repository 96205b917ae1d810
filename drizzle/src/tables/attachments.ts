import { sql } from 'drizzle-orm';
import { bigint, check, customType, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { at, id } from './common';
import { ATTACHMENT_SUBJECTS, sqlList, type AttachmentSubject } from './enums';
import { users } from './users';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/**
 * 附件、佐证材料. The bytes live in `attachment_blobs` (in the database, so every server process sees the same
 * files). Until something references it (`subject_kind`/`subject_id`), only its uploader may read it.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    ownerId: uuid().references(() => users.id, { onDelete: 'set null' }),
    filename: text().notNull(),
    /** Sniffed from the bytes, never taken from the client. */
    contentType: text().notNull(),
    size: bigint({ mode: 'number' }).notNull(),
    sha256: text().notNull(),
    subjectKind: text().$type<AttachmentSubject>(),
    subjectId: uuid(),
    createdAt: at().notNull().defaultNow(),
  },
  (t) => [
    check(
      'attachments_subject_check',
      sql.raw(`subject_kind is null or subject_kind in (${sqlList(ATTACHMENT_SUBJECTS)})`),
    ),
    check('attachments_size_check', sql`${t.size} >= 0`),
    index('attachments_owner_idx').on(t.ownerId),
    index('attachments_subject_idx').on(t.subjectKind, t.subjectId),
  ],
);

export const attachmentBlobs = pgTable('attachment_blobs', {
  attachmentId: uuid()
    .primaryKey()
    .references(() => attachments.id, { onDelete: 'cascade' }),
  data: bytea().notNull(),
});
