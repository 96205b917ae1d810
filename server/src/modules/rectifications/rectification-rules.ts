import type { RectificationStatus } from '@flagship/drizzle';

/**
 * The moves a responsible unit may make with `updateRectification`. Everything else — going backwards, marking
 * the same status again, anything to VERIFIED, anything from VERIFIED — is INVALID_TRANSITION; only an inspector's
 * `verifyRectification` leaves DONE.
 */
export const UNIT_TRANSITIONS: Record<RectificationStatus, RectificationStatus[]> = {
  OPEN: ['IN_PROGRESS', 'DONE'],
  IN_PROGRESS: ['DONE'],
  DONE: [],
  VERIFIED: [],
};

/** A note this long is evidence enough on its own when marking an item done. */
export const DONE_NOTE_MIN_WITHOUT_ATTACHMENT = 10;

export const NOTE_MAX = 2000;
export const COMMENT_MAX = 500;

export const DONE_EVIDENCE_RULE =
  `标记"已整改"须填写整改说明，并上传至少一份佐证材料；` +
  `不上传佐证材料时，整改说明须不少于 ${DONE_NOTE_MIN_WITHOUT_ATTACHMENT} 个字。`;

/** Length in characters (code points), as PostgreSQL's `length()` counts them. */
export function charLength(text: string): number {
  return [...text].length;
}

/** Why marking an item DONE with this note and evidence is refused, or null when it is enough. */
export function doneEvidenceProblem(note: string | null, attachmentCount: number): string | null {
  if (!note) {
    return '标记"已整改"须填写整改说明';
  }
  if (attachmentCount === 0 && charLength(note) < DONE_NOTE_MIN_WITHOUT_ATTACHMENT) {
    return `请上传佐证材料，或将整改说明写到不少于 ${DONE_NOTE_MIN_WITHOUT_ATTACHMENT} 个字`;
  }
  return null;
}

/**
 * Control characters (except line breaks) and invisible direction overrides, which only serve to disguise text.
 * Tabs become spaces; CR LF and lone CR become LF.
 */
const STRIPPED = /(?!\n)[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * A public comment as stored: line breaks normalised, control characters removed, trimmed; empty becomes null.
 * It stays plain text — nothing is interpreted as HTML here; the web escapes it on output.
 */
export function cleanComment(text: string | null | undefined): string | null {
  if (text === null || text === undefined) {
    return null;
  }
  const cleaned = text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(STRIPPED, '').trim();
  return cleaned || null;
}
