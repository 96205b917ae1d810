import { formatDate, formatDay, formatTime } from '../../shared/format';
import { label, LEVEL_LABEL, STAGE_LABEL } from '../../shared/labels';

/** A person as one line: 胡敏霞（村党支部书记，138…）; phone only when the viewer may see it. */
export function personLine(
  p: { name: string; title?: string | null; phone?: string | null } | null | undefined,
): string {
  if (!p) {
    return '—';
  }
  const extra = [p.title, p.phone].filter((v): v is string => Boolean(v && v.trim()));
  return extra.length ? `${p.name}（${extra.join('，')}）` : p.name;
}

/** A score with its maximum and the rate: 86 / 100（86%）. */
export function scoreLine(score: number, maxScore: number): string {
  const rate = maxScore > 0 ? Math.round((score / maxScore) * 1000) / 10 : 0;
  return `${trim(score)} / ${trim(maxScore)}（${trim(rate)}%）`;
}

function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** The dates a plan runs: 2026年1月1日 至 2026年12月31日. */
export function periodLine(start: string | null | undefined, end: string | null | undefined): string {
  return start && end ? `${formatDay(start)} 至 ${formatDay(end)}` : '—';
}

interface Verifiable {
  status: string;
  verifiedAt?: string | null;
  verifiedBy?: { displayName: string } | null;
  doneAt?: string | null;
}

/** Whether and by whom a rectification was verified (nothing is closed without verification). */
export function verificationLine(r: Verifiable): string {
  switch (r.status) {
    case 'VERIFIED':
      return `已核验${r.verifiedBy ? `（${r.verifiedBy.displayName}，${formatTime(r.verifiedAt)}）` : `（${formatTime(r.verifiedAt)}）`}`;
    case 'DONE':
      return `单位已整改（${formatTime(r.doneAt)}），待督查员核验`;
    default:
      return '未核验';
  }
}

/** The public's ratings of a rectification: 满意 3 · 基本满意 1 · 不满意 0, or 暂无评议. */
export function ratingLine(s: {
  total: number;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
}): string {
  return s.total === 0
    ? '暂无评议'
    : `满意 ${s.satisfied} · 基本满意 ${s.basicallySatisfied} · 不满意 ${s.unsatisfied}`;
}

/** Counts of a list by a key, as 已完成 3 / 推进中 2 (in the order given, zeros left out). */
export function tally<T>(items: T[], key: (t: T) => string, labels: Record<string, string>): string {
  const counts = new Map<string, number>();
  for (const item of items) {
    counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  }
  return Object.keys(labels)
    .filter((k) => counts.get(k))
    .map((k) => `${labels[k]} ${counts.get(k)}`)
    .join(' / ');
}

/** The average score rate of inspections, as a percentage with one decimal, or null without any. */
export function averageRate(list: { score: number; maxScore: number }[]): number | null {
  const scored = list.filter((i) => i.maxScore > 0);
  if (scored.length === 0) {
    return null;
  }
  const sum = scored.reduce((s, i) => s + i.score / i.maxScore, 0);
  return Math.round((sum / scored.length) * 1000) / 10;
}

/** Stage changes in one line: 2026年1月5日 申报→培育；… */
export function stageChanges(list: { fromStage?: string | null; toStage: string; at: string }[]): string {
  return list
    .map((s) => {
      const to = label(STAGE_LABEL, s.toStage);
      return `${formatDate(s.at)} ${s.fromStage ? `${label(STAGE_LABEL, s.fromStage)}→${to}` : to}`;
    })
    .join('；');
}

/** Level recognitions in one line: 市级（市委组织部 2026年5月1日，文件名）；… */
export function levelChanges(
  list: { toLevel: string; evidence: string; issuer?: string | null; recognizedOn?: string | null }[],
): string {
  return list
    .map((l) => {
      const by = [l.issuer, l.recognizedOn ? formatDay(l.recognizedOn) : null].filter(Boolean).join(' ');
      return `${label(LEVEL_LABEL, l.toLevel)}（${by ? `${by}，` : ''}${l.evidence}）`;
    })
    .join('；');
}

/**
 * The cases a committee reads in the report: published ones and ones waiting for review; cases still being written
 * or revised are only counted (`unfinished`), not listed as results.
 */
export function reportableCases<T extends { status: string }>(
  cases: readonly T[],
): { listed: T[]; unfinished: number } {
  const listed = cases.filter((c) => c.status === 'PUBLISHED' || c.status === 'SUBMITTED');
  return { listed, unfinished: cases.length - listed.length };
}
