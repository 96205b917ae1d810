import { createHash } from 'node:crypto';
import {
  attachments,
  rectificationEvents,
  rectifications,
  type Database,
  type PersonValue,
  type RectificationStatus,
} from '@flagship/drizzle';
import { unique } from './factories';

export interface RectificationOptions {
  brandId?: string | null;
  problem?: string;
  measure?: string;
  deadline?: string;
  public?: boolean;
  status?: RectificationStatus;
  responsiblePerson?: PersonValue;
}

/**
 * A rectification of `unitId` as an inspection would raise it (OPEN, with its null → OPEN history row), without
 * going through `recordInspection`. A `status` other than OPEN is written directly, for list and filter tests.
 */
export async function makeRectification(db: Database, unitId: string, opts: RectificationOptions = {}) {
  const status = opts.status ?? 'OPEN';
  const [row] = await db
    .insert(rectifications)
    .values({
      unitId,
      brandId: opts.brandId ?? null,
      problem: opts.problem ?? unique('问题'),
      measure: opts.measure ?? '限期补齐台账资料',
      deadline: opts.deadline ?? '2025-06-30',
      responsiblePerson: opts.responsiblePerson ?? { name: '王五', title: '村党支部书记', phone: '13900000002' },
      public: opts.public ?? false,
      status,
      doneAt: status === 'DONE' || status === 'VERIFIED' ? new Date() : null,
      verifiedAt: status === 'VERIFIED' ? new Date() : null,
    })
    .returning();
  await db.insert(rectificationEvents).values({ rectificationId: row.id, fromStatus: null, toStatus: 'OPEN' });
  return row;
}

/** An upload of `ownerId` not yet linked to anything, as `POST /uploads` leaves it (without the bytes). */
export async function makeUpload(db: Database, ownerId: string) {
  const name = unique('照片');
  const [row] = await db
    .insert(attachments)
    .values({
      ownerId,
      filename: `${name}.jpg`,
      contentType: 'image/jpeg',
      size: 1024,
      sha256: createHash('sha256').update(name).digest('hex'),
    })
    .returning();
  return row;
}
