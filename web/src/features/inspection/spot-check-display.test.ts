import { describe, expect, it } from 'vitest';
import { parseCount, parseSeed, spotCheckFormPath, weightShare, WEIGHT_RULES } from './spot-check-display';

describe('spot-check draw input', () => {
  it('takes a count from 1 to 50', () => {
    expect(parseCount(5)).toEqual({ count: 5 });
    for (const bad of [0, 51, 2.5, null, undefined]) {
      expect(parseCount(bad)).toEqual({ error: '抽取数量应为 1 到 50 之间的整数' });
    }
  });

  it('takes an empty seed as "choose one for me" and a whole number up to 2147483647', () => {
    expect(parseSeed('  ')).toEqual({ seed: null });
    expect(parseSeed(' 424242 ')).toEqual({ seed: 424242 });
    expect(parseSeed('2147483647')).toEqual({ seed: 2147483647 });
    for (const bad of ['2147483648', '-1', '1.5', 'abc', '12345678901']) {
      expect(parseSeed(bad)).toHaveProperty('error');
    }
  });
});

describe('spot-check display', () => {
  it('explains the weights the server uses', () => {
    const text = WEIGHT_RULES.map((r) => r.text).join('');
    for (const part of [
      '基础权重 1',
      '“后进”等次的 +2',
      '“一般”等次的 +1',
      '红色（预警）的再 +2',
      '同一种子、同一候选范围',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('draws a weight as a share of the largest weight, 5', () => {
    expect([weightShare(1), weightShare(5), weightShare(9)]).toEqual([20, 100, 100]);
  });

  it('opens the inspection form prefilled for a spot check', () => {
    expect(spotCheckFormPath({ unit: { id: 'u1' }, brand: { id: 'b1' } })).toBe(
      '/workspace/inspections/new?unitId=u1&brandId=b1&kind=SPOT',
    );
  });
});
