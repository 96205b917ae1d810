import type { UnitTier } from '../../../gql/graphql';

const RANK: Record<UnitTier, number> = { LAGGING: 0, AVERAGE: 1, ADVANCED: 2 };

/** How a unit stands against the year's baseline: 转化/提升 (up), 下降 (down) or unchanged. */
export function againstBaseline(tier: UnitTier, baseline: UnitTier): 'up' | 'down' | 'same' {
  const d = RANK[tier] - RANK[baseline];
  return d > 0 ? 'up' : d < 0 ? 'down' : 'same';
}

/** The words for that: 后进转化 / 一般提升 / 较年初下降. */
export function baselineNote(tier: UnitTier, baseline: UnitTier): string | null {
  switch (againstBaseline(tier, baseline)) {
    case 'up':
      return baseline === 'LAGGING' ? '已转化' : '已提升';
    case 'down':
      return '较年初下降';
    case 'same':
      return null;
  }
}

/** Why a tier change cannot be sent, or null (a reason is required, at most 500 characters, and a new tier). */
export function tierChangeProblem(current: UnitTier, next: UnitTier | null, reason: string): string | null {
  if (!next || next === current) {
    return '请选择与当前不同的等次';
  }
  const text = reason.trim();
  if (!text) {
    return '调整等次须说明理由';
  }
  return text.length > 500 ? '理由不能超过 500 个字' : null;
}
