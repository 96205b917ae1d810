import { formatDay } from '../../../shared/format';

/** One piece of a field's text in a diff: kept, added in the new revision or removed from the old one. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** How one field of the plan changed between two submissions, ready to show. */
export interface FieldDiff {
  field: string;
  label: string;
  /** added: empty before; removed: empty now; changed: both present. */
  kind: 'added' | 'removed' | 'changed';
  /** Whether the parts are lines (lists such as milestones), shown one per row. */
  lines: boolean;
  parts: DiffPart[];
}

export interface PlanFieldChange {
  field: string;
  label: string;
  before?: string | null;
  after?: string | null;
}

/** Fields whose text is a list, one item a line (the server joins them with line breaks). */
const LIST_FIELDS = new Set(['supportModes', 'milestones']);
const DAY = /\b(\d{4}-\d{2}-\d{2})\b/g;

/** Dates in Chinese and the milestone columns (title｜deliverable｜due｜weight) spaced for reading. */
export function readable(field: string, text: string): string {
  const days = text.replace(DAY, (d) => formatDay(d));
  return field === 'milestones' ? days.replace(/｜｜/g, '｜').replace(/｜/g, ' · ') : days;
}

/**
 * The pieces a diff compares: lines, and within a line its sentences (after 。；！？ or a semicolon), so one
 * changed clause in a long paragraph shows as that clause, not as the whole paragraph.
 */
export function segments(text: string | null | undefined): string[] {
  if (!text) {
    return [];
  }
  return text
    .split('\n')
    .flatMap((line) => line.match(/[^。；！？;]+[。；！？;]*|[。；！？;]+/g) ?? [])
    .filter((s) => s.trim().length > 0);
}

/** A longest-common-subsequence diff of two lists of segments, in reading order (removals before additions). */
export function diffSegments(before: string[], after: string[]): DiffPart[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      parts.push({ kind: 'same', text: before[i] });
      i++;
      j++;
    } else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) {
      parts.push({ kind: 'removed', text: before[i] });
      i++;
    } else {
      parts.push({ kind: 'added', text: after[j] });
      j++;
    }
  }
  return parts;
}

/** One server-reported change as the parts to show: the whole field's text with what was added and removed marked. */
export function describeChange(change: PlanFieldChange): FieldDiff {
  const lines = LIST_FIELDS.has(change.field);
  const split = (text: string | null | undefined) =>
    lines ? (text ?? '').split('\n').filter((l) => l.trim()) : segments(text);
  const before = split(change.before ? readable(change.field, change.before) : null);
  const after = split(change.after ? readable(change.field, change.after) : null);
  const kind = before.length === 0 ? 'added' : after.length === 0 ? 'removed' : 'changed';
  return { field: change.field, label: change.label, kind, lines, parts: diffSegments(before, after) };
}

/** Counts for the diff's summary line: how many fields changed, and how many pieces were added and removed. */
export function diffSummary(diffs: FieldDiff[]): { fields: number; added: number; removed: number } {
  const count = (kind: DiffPart['kind']) =>
    diffs.reduce((a, d) => a + d.parts.filter((p) => p.kind === kind).length, 0);
  return { fields: diffs.length, added: count('added'), removed: count('removed') };
}
