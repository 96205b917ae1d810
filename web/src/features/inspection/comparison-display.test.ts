import { describe, expect, it } from 'vitest';
import {
  comparisonPath,
  defaultRange,
  differenceTone,
  formatDifference,
  missingSide,
  parseComparisonQuery,
} from './comparison-display';

describe('comparison display', () => {
  it('compares this year up to today by default, and takes a valid period from the URL', () => {
    expect(defaultRange('2025-06-01')).toEqual({ from: '2025-01-01', to: '2025-06-01' });
    expect(parseComparisonQuery({ brandId: 'b1', from: '2024-03-01', to: '2024-09-30' }, '2025-06-01')).toEqual({
      brandId: 'b1',
      from: '2024-03-01',
      to: '2024-09-30',
    });
    expect(parseComparisonQuery({ from: '2024-09-30', to: '2024-03-01' }, '2025-06-01')).toEqual({
      brandId: null,
      from: '2025-01-01',
      to: '2025-06-01',
    });
    expect(parseComparisonQuery({ brandId: ['b2'], from: 'x' }, '2025-06-01').brandId).toBe('b2');
  });

  it('signs the difference and reads its tone', () => {
    expect([formatDifference(2), formatDifference(-1.5), formatDifference(0), formatDifference(null)]).toEqual([
      '+2',
      '−1.5',
      '0',
      '—',
    ]);
    expect(differenceTone({ difference: 3, flagged: true })).toBe('higher');
    expect(differenceTone({ difference: -3, flagged: true })).toBe('lower');
    expect(differenceTone({ difference: 1, flagged: false })).toBe('same');
    expect(differenceTone({ difference: null, flagged: false })).toBe('none');
  });

  it('says which side is missing', () => {
    expect(missingSide({ selfInspection: null, inspectorInspection: null })).toBe('both');
    expect(missingSide({ selfInspection: null, inspectorInspection: {} })).toBe('self');
    expect(missingSide({ selfInspection: {}, inspectorInspection: null })).toBe('inspector');
    expect(missingSide({ selfInspection: {}, inspectorInspection: {} })).toBeNull();
  });

  it('links to a brand’s comparison', () => {
    expect(comparisonPath('b1', { from: '2025-01-01', to: '2025-06-01' })).toBe(
      '/workspace/inspections/compare?brandId=b1&from=2025-01-01&to=2025-06-01',
    );
  });
});
