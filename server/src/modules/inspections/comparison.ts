/** One scored checklist item of one side of a comparison. */
export interface ScoredItem {
  itemId: string;
  title: string;
  section: string | null;
  maxScore: number;
  score: number;
}

export interface ComparedSide {
  templateId: string;
  templateVersion: number;
  score: number;
  maxScore: number;
  items: ScoredItem[];
}

export interface ComparisonRowValue {
  title: string;
  section: string | null;
  selfScore: number | null;
  inspectorScore: number | null;
  selfMaxScore: number | null;
  inspectorMaxScore: number | null;
  maxScore: number;
  difference: number | null;
  flagged: boolean;
}

export interface ComparisonTotalsValue {
  selfScore: number | null;
  selfMaxScore: number | null;
  inspectorScore: number | null;
  inspectorMaxScore: number | null;
  difference: number | null;
  flaggedCount: number;
}

/** Share of an item's maximum from which a gap between the two scores is flagged. */
export const FLAG_SHARE = 0.2;

export const COMPARISON_RULE =
  '同一检查表版本按检查项对应，不同版本按检查项名称对应；差值 = 自查得分 − 督查得分' +
  '（两边满分不同时，自查得分先按督查满分折算）；差值绝对值达到该项满分的 20% 即标出。';

const round = (n: number) => Math.round(n * 100) / 100;

/** Self minus inspector, the self score first scaled to the inspector's maximum when the maxima differ. */
function gap(self: number, selfMax: number, inspector: number, inspectorMax: number): number {
  return round((selfMax === inspectorMax ? self : (self * inspectorMax) / selfMax) - inspector);
}

/**
 * Lines up a unit's self-inspection with the inspector's check of the same period, item by item: by item id
 * when both used the same template version, else by title. Inspector's items come first, in their order.
 */
export function compareSides(
  self: ComparedSide | null,
  inspector: ComparedSide | null,
): { rows: ComparisonRowValue[]; totals: ComparisonTotalsValue } {
  const sameVersion =
    self !== null &&
    inspector !== null &&
    self.templateId === inspector.templateId &&
    self.templateVersion === inspector.templateVersion;
  const keyOf = (i: ScoredItem) => (sameVersion ? i.itemId : i.title.trim());
  const selfByKey = new Map((self?.items ?? []).map((i) => [keyOf(i), i]));
  const used = new Set<string>();
  const rows: ComparisonRowValue[] = [];
  const push = (s: ScoredItem | undefined, n: ScoredItem | undefined) => {
    const maxScore = n?.maxScore ?? s!.maxScore;
    const difference = s && n ? gap(s.score, s.maxScore, n.score, n.maxScore) : null;
    rows.push({
      title: n?.title ?? s!.title,
      section: n?.section ?? s?.section ?? null,
      selfScore: s?.score ?? null,
      inspectorScore: n?.score ?? null,
      selfMaxScore: s?.maxScore ?? null,
      inspectorMaxScore: n?.maxScore ?? null,
      maxScore,
      difference,
      flagged: difference !== null && Math.abs(difference) + 1e-9 >= FLAG_SHARE * maxScore,
    });
  };
  for (const n of inspector?.items ?? []) {
    const key = keyOf(n);
    used.add(key);
    push(selfByKey.get(key), n);
  }
  for (const s of self?.items ?? []) {
    if (!used.has(keyOf(s))) {
      push(s, undefined);
    }
  }
  return {
    rows,
    totals: {
      selfScore: self?.score ?? null,
      selfMaxScore: self?.maxScore ?? null,
      inspectorScore: inspector?.score ?? null,
      inspectorMaxScore: inspector?.maxScore ?? null,
      difference: self && inspector ? gap(self.score, self.maxScore, inspector.score, inspector.maxScore) : null,
      flaggedCount: rows.filter((r) => r.flagged).length,
    },
  };
}
