import type { RectificationStatus, WorkRectificationFragment } from '../../gql/graphql';

/** Display helpers for one rectification item in the workspace: what the unit sent, why it came back. */

type Item = Pick<WorkRectificationFragment, 'status' | 'history' | 'attachments'>;
type Attachment = WorkRectificationFragment['attachments'][number];
type Event = WorkRectificationFragment['history'][number];

/** The moves the responsible unit may make from a status (the server's UNIT_TRANSITIONS). */
export function unitChoices(status: RectificationStatus): RectificationStatus[] {
  switch (status) {
    case 'OPEN':
      return ['IN_PROGRESS', 'DONE'];
    case 'IN_PROGRESS':
      return ['DONE'];
    case 'DONE':
    case 'VERIFIED':
      return [];
  }
}

/** An inspector's return (DONE → OPEN) is how a rejection is recorded. */
function isRejection(e: Event): boolean {
  return e.fromStatus === 'DONE' && e.toStatus === 'OPEN';
}

/**
 * The inspector's latest reason for sending the item back, while the unit is working on it again; null when
 * the item was never returned or has been marked done since.
 */
export function currentRejection(item: Item): { reason: string; at: string; by: string | null; times: number } | null {
  if (item.status !== 'OPEN' && item.status !== 'IN_PROGRESS') {
    return null;
  }
  const rejections = item.history.filter(isRejection);
  const last = rejections.at(-1);
  if (!last) {
    return null;
  }
  return {
    reason: last.note ?? '（未填写理由）',
    at: last.at,
    by: last.actor?.displayName ?? null,
    times: rejections.length,
  };
}

/** The attachments an event names, in the event's order. */
function attachmentsOf(event: Event, attachments: readonly Attachment[]): Attachment[] {
  return event.attachmentIds.flatMap((id) => attachments.filter((a) => a.id === id));
}

/**
 * The unit's latest "done" report: its note, who sent it and when, the evidence sent with it, and the unit's
 * earlier evidence (from progress updates and earlier rounds) — null before the item was ever marked done.
 */
export function latestSubmission(item: Item): {
  note: string | null;
  at: string;
  by: string | null;
  evidence: Attachment[];
  earlier: Attachment[];
  round: number;
} | null {
  const done = item.history.filter((e) => e.toStatus === 'DONE');
  const last = done.at(-1);
  if (!last) {
    return null;
  }
  const evidence = attachmentsOf(last, item.attachments);
  const byUnit = new Set(
    item.history.filter((e) => e.toStatus === 'IN_PROGRESS' || e.toStatus === 'DONE').flatMap((e) => e.attachmentIds),
  );
  const earlier = item.attachments.filter((a) => byUnit.has(a.id) && !evidence.includes(a));
  return { note: last.note, at: last.at, by: last.actor?.displayName ?? null, evidence, earlier, round: done.length };
}

/** Images are shown as thumbnails with a preview, everything else (PDF) as a link. */
export function splitAttachments(list: readonly Attachment[]): { images: Attachment[]; files: Attachment[] } {
  return {
    images: list.filter((a) => a.contentType.startsWith('image/')),
    files: list.filter((a) => !a.contentType.startsWith('image/')),
  };
}

/** How one step of the history reads: “标记为整改中”, “核验通过”, “核验未通过，退回重新整改”. */
export function stepText(e: Pick<Event, 'fromStatus' | 'toStatus'>): string {
  if (e.fromStatus === null) {
    return '由检查发现问题生成整改事项';
  }
  if (isRejection(e as Event)) {
    return '核验未通过，退回重新整改';
  }
  switch (e.toStatus) {
    case 'OPEN':
      return '改为待整改';
    case 'IN_PROGRESS':
      return '开始整改';
    case 'DONE':
      return '标记为已整改，提交核验';
    case 'VERIFIED':
      return '核验通过';
  }
}

/** The tag colour of a status (overdue wins while not verified). */
export function statusTagType(item: {
  status: RectificationStatus;
  overdue: boolean;
}): 'success' | 'danger' | 'warning' | 'info' {
  if (item.status === 'VERIFIED') {
    return 'success';
  }
  if (item.overdue) {
    return 'danger';
  }
  return item.status === 'DONE' ? 'info' : 'warning';
}
