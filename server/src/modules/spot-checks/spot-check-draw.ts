import type { UnitTier } from '@flagship/drizzle';
import type { HealthStatusValue } from '../brands/brand-rules';

/** A brand that may be drawn, with what its weight depends on. */
export interface SpotCheckCandidate {
  brandId: string;
  unitId: string;
  tier: UnitTier;
  health: HealthStatusValue;
}

export interface WeightedCandidate extends SpotCheckCandidate {
  weight: number;
  reasons: string[];
}

export const MAX_DRAW = 50;

export const SPOT_CHECK_RULE =
  '候选范围：处于培育、创建、验收、命名、推广阶段且没有待完成抽查的品牌，按品牌编号排序；' +
  '权重：基础 1，所属单位为后进等次 +2、一般等次 +1，健康度为红色 +2；' +
  '以种子初始化 mulberry32 伪随机数，按权重不放回抽取，同一种子、同一候选范围抽取结果相同。';

/** A brand's weight and, in Chinese, why. */
export function weigh(c: SpotCheckCandidate): WeightedCandidate {
  const reasons = ['基础权重 1'];
  let weight = 1;
  if (c.tier === 'LAGGING') {
    weight += 2;
    reasons.push('所属单位为后进等次 +2');
  } else if (c.tier === 'AVERAGE') {
    weight += 1;
    reasons.push('所属单位为一般等次 +1');
  }
  if (c.health === 'RED') {
    weight += 2;
    reasons.push('健康度为红色 +2');
  }
  return { ...c, weight, reasons };
}

/** mulberry32: a small, fast PRNG whose whole state is one 32-bit integer; returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws up to `count` candidates without replacement, each pick proportional to weight, with the PRNG seeded
 * by `seed` over the candidates sorted by brand id: the same seed and candidates always give the same draw.
 */
export function drawWeighted<T extends { brandId: string; weight: number }>(
  candidates: readonly T[],
  count: number,
  seed: number,
): T[] {
  const pool = [...candidates].sort((a, b) => (a.brandId < b.brandId ? -1 : a.brandId > b.brandId ? 1 : 0));
  const random = mulberry32(seed);
  const drawn: T[] = [];
  while (drawn.length < count && pool.length > 0) {
    const total = pool.reduce((sum, c) => sum + c.weight, 0);
    let r = random() * total;
    let i = 0;
    while (i < pool.length - 1 && r >= pool[i].weight) {
      r -= pool[i].weight;
      i += 1;
    }
    drawn.push(...pool.splice(i, 1));
  }
  return drawn;
}
