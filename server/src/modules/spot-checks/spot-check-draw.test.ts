import { describe, expect, it } from 'vitest';
import { drawWeighted, mulberry32, weigh, type SpotCheckCandidate } from './spot-check-draw';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function candidate(n: number, over: Partial<SpotCheckCandidate> = {}): SpotCheckCandidate {
  return { brandId: id(n), unitId: id(1000 + n), tier: 'ADVANCED', health: 'GREEN', ...over };
}

describe('weigh', () => {
  it('adds 2 for a lagging unit, 1 for an average one and 2 for red health, with the reasons', () => {
    expect(weigh(candidate(1))).toMatchObject({ weight: 1, reasons: ['基础权重 1'] });
    expect(weigh(candidate(2, { tier: 'AVERAGE', health: 'AMBER' }))).toMatchObject({
      weight: 2,
      reasons: ['基础权重 1', '所属单位为一般等次 +1'],
    });
    expect(weigh(candidate(3, { tier: 'LAGGING', health: 'RED' }))).toMatchObject({
      weight: 5,
      reasons: ['基础权重 1', '所属单位为后进等次 +2', '健康度为红色 +2'],
    });
  });
});

describe('mulberry32', () => {
  it('is a deterministic sequence in [0, 1) per seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });
});

describe('drawWeighted', () => {
  const pool = Array.from({ length: 12 }, (_, n) => weigh(candidate(n)));

  it('gives the same brands for the same seed whatever order the candidates come in', () => {
    const first = drawWeighted(pool, 4, 2025).map((c) => c.brandId);
    const shuffled = [...pool].reverse();
    expect(drawWeighted(shuffled, 4, 2025).map((c) => c.brandId)).toEqual(first);
    expect(new Set(first).size).toBe(4);
  });

  it('gives different brands for different seeds on this pool', () => {
    // Fixed seeds over a fixed pool: the outcome is certain, not a matter of chance.
    const draws = [1, 2, 3].map((seed) =>
      drawWeighted(pool, 3, seed)
        .map((c) => c.brandId)
        .join(),
    );
    expect(new Set(draws).size).toBe(3);
  });

  it('draws every candidate once when asked for more than there are', () => {
    const drawn = drawWeighted(pool.slice(0, 5), 50, 7).map((c) => c.brandId);
    expect([...drawn].sort()).toEqual(pool.slice(0, 5).map((c) => c.brandId));
    expect(drawWeighted([], 3, 7)).toEqual([]);
  });

  it('favours heavy candidates: over many seeds a weight-5 brand is drawn about five times as often', () => {
    const heavy = weigh(candidate(99, { tier: 'LAGGING', health: 'RED' }));
    const plain = Array.from({ length: 10 }, (_, n) => weigh(candidate(n)));
    const hits = new Map<string, number>();
    for (let seed = 1; seed <= 3000; seed += 1) {
      const [c] = drawWeighted([...plain, heavy], 1, seed);
      hits.set(c.brandId, (hits.get(c.brandId) ?? 0) + 1);
    }
    const plainAverage = plain.reduce((s, c) => s + (hits.get(c.brandId) ?? 0), 0) / plain.length;
    const ratio = (hits.get(heavy.brandId) ?? 0) / plainAverage;
    expect(ratio).toBeGreaterThan(3.5);
    expect(ratio).toBeLessThan(7);
  });
});
