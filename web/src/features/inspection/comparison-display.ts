import type { LocationQuery } from 'vue-router';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const first = (v: LocationQuery[string] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')) || '';

/** The period compared by default: from 1 January of this year to today. */
export function defaultRange(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** The comparison's brand and period from the URL; a bad or missing date falls back to the default period. */
export function parseComparisonQuery(
  query: LocationQuery,
  today: string,
): { brandId: string | null; from: string; to: string } {
  const range = defaultRange(today);
  const from = first(query.from);
  const to = first(query.to);
  const valid = DAY.test(from) && DAY.test(to) && from <= to;
  return { brandId: first(query.brandId) || null, ...(valid ? { from, to } : range) };
}

/** Self minus inspector, signed: "+2", "−1.5", "0"; "—" when one side is missing. */
export function formatDifference(d: number | null | undefined): string {
  if (d === null || d === undefined) {
    return '—';
  }
  const n = Math.round(d * 100) / 100;
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}

/** How a row reads: the unit scored itself higher or lower than the inspector did, or about the same. */
export function differenceTone(row: {
  difference: number | null;
  flagged: boolean;
}): 'higher' | 'lower' | 'same' | 'none' {
  if (row.difference === null) {
    return 'none';
  }
  if (!row.flagged) {
    return 'same';
  }
  return row.difference > 0 ? 'higher' : 'lower';
}

/** Which side is missing in the period, for the empty state. */
export function missingSide(c: {
  selfInspection: unknown;
  inspectorInspection: unknown;
}): 'both' | 'self' | 'inspector' | null {
  if (!c.selfInspection && !c.inspectorInspection) {
    return 'both';
  }
  if (!c.selfInspection) {
    return 'self';
  }
  return c.inspectorInspection ? null : 'inspector';
}

/** The comparison page for a brand and period. */
export function comparisonPath(brandId: string, range?: { from: string; to: string }): string {
  const q = new URLSearchParams({ brandId, ...(range ?? {}) });
  return `/workspace/inspections/compare?${q.toString()}`;
}
