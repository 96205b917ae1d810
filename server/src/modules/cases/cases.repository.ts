import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { attachments, modelCaseReviews, modelCases, modelCaseViews, type Database } from '@flagship/drizzle';
import type { AttachmentRow } from '../attachments/attachments.repository';
import type { CaseReviewRow, CaseRow } from './cases.types';

export type NewCase = typeof modelCases.$inferInsert;

export function casesByIds(db: Database, ids: readonly string[]): Promise<CaseRow[]> {
  return db
    .select()
    .from(modelCases)
    .where(inArray(modelCases.id, [...ids]));
}

/** Every case of these brands, newest first (the caller keeps those the viewer may see). */
export function casesOfBrands(db: Database, brandIds: readonly string[]): Promise<CaseRow[]> {
  return db
    .select()
    .from(modelCases)
    .where(inArray(modelCases.brandId, [...brandIds]))
    .orderBy(desc(modelCases.createdAt), desc(modelCases.id));
}

/** The review decisions on these cases, oldest first. */
export function reviewsOfCases(db: Database, caseIds: readonly string[]): Promise<CaseReviewRow[]> {
  return db
    .select()
    .from(modelCaseReviews)
    .where(inArray(modelCaseReviews.caseId, [...caseIds]))
    .orderBy(asc(modelCaseReviews.createdAt), asc(modelCaseReviews.id));
}

export async function insertCase(tx: Database, values: NewCase): Promise<CaseRow> {
  const [row] = await tx.insert(modelCases).values(values).returning();
  return row;
}

/** Updates a case if it still has `version` (and bumps it); null when someone else changed it first. */
export async function updateCase(
  tx: Database,
  id: string,
  version: number,
  values: Partial<NewCase>,
): Promise<CaseRow | null> {
  const [row] = await tx
    .update(modelCases)
    .set({ ...values, version: version + 1 })
    .where(and(eq(modelCases.id, id), eq(modelCases.version, version)))
    .returning();
  return row ?? null;
}

export async function insertReview(
  tx: Database,
  values: { caseId: string; decision: 'PUBLISH' | 'RETURN'; comment: string | null; reviewerId: string },
): Promise<void> {
  await tx.insert(modelCaseReviews).values(values);
}

/** The files already linked to a case (read inside the caller's transaction). */
export function caseFiles(tx: Database, caseId: string): Promise<AttachmentRow[]> {
  return tx
    .select()
    .from(attachments)
    .where(and(eq(attachments.subjectKind, 'MODEL_CASE'), eq(attachments.subjectId, caseId)));
}

/**
 * Takes files off a case: they become their uploader's unlinked uploads again, readable by the uploader only, so
 * nothing is deleted. Returns how many of `ids` were on the case.
 */
export async function detachCaseFiles(tx: Database, caseId: string, ids: readonly string[]): Promise<number> {
  const rows = await tx
    .update(attachments)
    .set({ subjectKind: null, subjectId: null })
    .where(
      and(
        eq(attachments.subjectKind, 'MODEL_CASE'),
        eq(attachments.subjectId, caseId),
        inArray(attachments.id, [...ids]),
      ),
    )
    .returning({ id: attachments.id });
  return rows.length;
}

/** A file by id, read inside the caller's transaction. */
export async function fileById(tx: Database, id: string): Promise<AttachmentRow | null> {
  const [row] = await tx.select().from(attachments).where(eq(attachments.id, id));
  return row ?? null;
}

/**
 * Counts a view of a case by a client on a day: at most once (the view row's key), and `view_count` is raised
 * only when the row is new. Returns the count after the view.
 */
export async function countView(tx: Database, caseId: string, clientKey: string, day: string): Promise<number> {
  const inserted = await tx
    .insert(modelCaseViews)
    .values({ caseId, clientKey, day })
    .onConflictDoNothing()
    .returning({ caseId: modelCaseViews.caseId });
  const [row] =
    inserted.length > 0
      ? await tx
          .update(modelCases)
          .set({ viewCount: sql`${modelCases.viewCount} + 1` })
          .where(eq(modelCases.id, caseId))
          .returning({ viewCount: modelCases.viewCount })
      : await tx.select({ viewCount: modelCases.viewCount }).from(modelCases).where(eq(modelCases.id, caseId));
  return row?.viewCount ?? 0;
}
