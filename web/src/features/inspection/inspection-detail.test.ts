import { describe, expect, it } from 'vitest';
import {
  comparisonLink,
  inspectorLabel,
  isLowScore,
  rectificationLink,
  scoreDigest,
  scorePercent,
  templateLine,
} from './inspection-detail';
import { inspectionPath } from './paths';

const item = (over: Partial<Parameters<typeof rectificationLink>[1]> = {}) => ({
  id: 'r1',
  public: false,
  status: 'OPEN' as const,
  unit: { id: 'u1' },
  ...over,
});

describe('scores', () => {
  it('gives the share of the maximum with one decimal, 0 without a maximum', () => {
    expect(scorePercent(86, 100)).toBe(86);
    expect(scorePercent(2, 3)).toBe(66.7);
    expect(scorePercent(5, 0)).toBe(0);
  });

  it('marks a score under 60% of its maximum as low, and not one at 60%', () => {
    expect(isLowScore(5, 10)).toBe(true);
    expect(isLowScore(6, 10)).toBe(false);
    expect(isLowScore(0, 0)).toBe(false);
  });

  it('sums up the items: all full marks, or how many lost points and how many are low', () => {
    const it = (score: number, maxScore = 10) => ({ score, item: { maxScore } });
    expect(scoreDigest([it(10), it(5, 5)])).toBe('共 2 项，全部满分');
    expect(scoreDigest([it(10), it(8), it(3)])).toBe('共 3 项，2 项扣分，其中 1 项低于满分的 60%（标红）');
    expect(scoreDigest([it(9)])).toBe('共 1 项，1 项扣分');
  });
});

describe('labels', () => {
  it('names the self-inspection’s recorder differently from an inspector', () => {
    expect(inspectorLabel('SELF')).toBe('自查登记人');
    expect(inspectorLabel('SPOT')).toBe('检查人');
  });

  it('shows the version used and says when the checklist has a newer one', () => {
    expect(templateLine({ name: '五有标准', version: 2 }, 2)).toBe('五有标准 · 第 2 版');
    expect(templateLine({ name: '五有标准', version: 3 }, 2)).toBe('五有标准 · 第 2 版（检查表现为第 3 版）');
  });
});

describe('rectificationLink', () => {
  it('sends inspectors and admins to the verification queue with the item pinned', () => {
    expect(rectificationLink({ role: 'INSPECTOR', unitId: null }, item({ status: 'DONE' }))).toEqual({
      to: '/workspace/verify?id=r1',
      text: '去核验',
    });
    expect(rectificationLink({ role: 'ADMIN', unitId: 'x' }, item())?.to).toBe('/workspace/verify?id=r1');
  });

  it('sends the responsible unit to its own items, another unit only to the board and only for public items', () => {
    expect(rectificationLink({ role: 'UNIT', unitId: 'u1' }, item())).toEqual({
      to: '/workspace/my-rectifications?id=r1',
      text: '去整改',
    });
    expect(rectificationLink({ role: 'UNIT', unitId: 'u1' }, item({ status: 'VERIFIED' }))?.text).toBe('查看整改');
    expect(rectificationLink({ role: 'UNIT', unitId: 'u2' }, item())).toBeNull();
    expect(rectificationLink({ role: 'UNIT', unitId: 'u2' }, item({ public: true }))?.to).toBe('/board?unit=u1');
  });

  it('shows leaders public items on the board and nothing for the others', () => {
    expect(rectificationLink({ role: 'LEADER', unitId: null }, item({ public: true }))).toEqual({
      to: '/board?unit=u1',
      text: '在整改公开栏查看',
    });
    expect(rectificationLink({ role: 'LEADER', unitId: null }, item())).toBeNull();
  });
});

describe('paths', () => {
  it('compares over the inspection’s year, up to today', () => {
    expect(comparisonLink('b1', '2025-03-05', '2026-02-01')).toBe(
      '/workspace/inspections/compare?brandId=b1&from=2025-01-01&to=2025-12-31',
    );
    expect(comparisonLink('b1', '2026-01-10', '2026-02-01')).toBe(
      '/workspace/inspections/compare?brandId=b1&from=2026-01-01&to=2026-02-01',
    );
  });

  it('has a page per inspection', () => {
    expect(inspectionPath('a b')).toBe('/workspace/inspections/a%20b');
  });
});
