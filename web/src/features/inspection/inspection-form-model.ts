/** The inspection form's content as the page edits it and the local draft keeps it; no Vue, no GraphQL. */

export type InspectionKindValue = 'REGULAR' | 'SPOT' | 'SELF';

/** A checklist item of the chosen template's current version. */
export interface ChecklistItemLike {
  id: string;
  title: string;
  section: string | null;
  maxScore: number;
}

export interface ScoreEntry {
  /** null: not scored yet. */
  score: number | null;
  note: string;
}

/** A problem found (检查发现问题); each becomes one rectification item (整改事项) when recorded. */
export interface FindingForm {
  key: string;
  problem: string;
  measure: string;
  deadline: string;
  responsibleName: string;
  responsibleTitle: string;
  responsiblePhone: string;
  public: boolean;
}

/** An uploaded photo or document, kept in the draft so a reload does not lose it. */
export interface PhotoRef {
  id: string;
  name: string;
  size: number;
  url: string;
  contentType: string;
}

export interface InspectionForm {
  kind: InspectionKindValue;
  unitId: string;
  brandId: string;
  date: string;
  templateId: string;
  /** The template version the scores were given against (null before a template is chosen). */
  templateVersion: number | null;
  scores: Record<string, ScoreEntry>;
  findings: FindingForm[];
  summary: string;
  photos: PhotoRef[];
}

/** The default time allowed for a rectification (整改时限), in days after the inspection. */
export const DEFAULT_RECTIFICATION_DAYS = 30;

/** `YYYY-MM-DD` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Today's calendar day in Beijing as `YYYY-MM-DD` (the day the server checks the inspection date against). */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** A date picker's Date (local midnight) as `YYYY-MM-DD`. */
export function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A blank form for one subject. */
export function emptyForm(subject: {
  kind: InspectionKindValue;
  unitId: string;
  brandId: string;
  date: string;
}): InspectionForm {
  return { ...subject, templateId: '', templateVersion: null, scores: {}, findings: [], summary: '', photos: [] };
}

let findingSeq = 0;

/** A new, empty finding whose deadline defaults to 30 days after the inspection date. */
export function newFinding(date: string): FindingForm {
  findingSeq += 1;
  return {
    key: `f${Date.now().toString(36)}${findingSeq}`,
    problem: '',
    measure: '',
    deadline: date ? addDays(date, DEFAULT_RECTIFICATION_DAYS) : '',
    responsibleName: '',
    responsibleTitle: '',
    responsiblePhone: '',
    public: true,
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A score as people write it: at most two decimals, no trailing zeros. */
export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : String(round2(value));
}

export interface ScoreTotals {
  /** Sum of the scores given so far. */
  total: number;
  /** Sum of every item's maximum. */
  max: number;
  /** Items scored / items in the checklist. */
  scored: number;
  count: number;
  /** total ÷ max × 100, one decimal (0 when there is no maximum). */
  percent: number;
}

/** The running total: what has been scored so far against the whole checklist's maximum. */
export function scoreTotals(items: readonly ChecklistItemLike[], scores: Record<string, ScoreEntry>): ScoreTotals {
  let total = 0;
  let max = 0;
  let scored = 0;
  for (const item of items) {
    max += item.maxScore;
    const score = scores[item.id]?.score;
    if (typeof score === 'number' && Number.isFinite(score)) {
      total += score;
      scored += 1;
    }
  }
  total = round2(total);
  max = round2(max);
  return { total, max, scored, count: items.length, percent: max > 0 ? Math.round((total / max) * 1000) / 10 : 0 };
}

/** The checklist's items grouped by section, in checklist order (items without a section under "其他"). */
export function groupBySection<T extends ChecklistItemLike>(items: readonly T[]): { section: string; items: T[] }[] {
  const groups: { section: string; items: T[] }[] = [];
  for (const item of items) {
    const section = item.section?.trim() || '检查项';
    const last = groups.at(-1);
    if (last && last.section === section) {
      last.items.push(item);
    } else {
      groups.push({ section, items: [item] });
    }
  }
  return groups;
}

/**
 * Keeps the scores of items still in the checklist, drops the rest; says whether anything was dropped (the
 * template changed since the draft was written).
 */
export function keepKnownScores(
  scores: Record<string, ScoreEntry>,
  items: readonly ChecklistItemLike[],
): { scores: Record<string, ScoreEntry>; dropped: number } {
  const known = new Set(items.map((i) => i.id));
  const kept: Record<string, ScoreEntry> = {};
  let dropped = 0;
  for (const [id, entry] of Object.entries(scores)) {
    if (known.has(id)) {
      kept[id] = entry;
    } else {
      dropped += 1;
    }
  }
  return { scores: kept, dropped };
}

/** True when the user has put anything worth keeping into the form beyond its subject. */
export function hasContent(form: InspectionForm): boolean {
  return (
    Object.values(form.scores).some((s) => s.score !== null || s.note.trim() !== '') ||
    form.findings.length > 0 ||
    form.summary.trim() !== '' ||
    form.photos.length > 0
  );
}
