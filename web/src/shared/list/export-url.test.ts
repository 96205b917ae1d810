import { describe, expect, it } from 'vitest';
import { exportUrl } from './export-url';

describe('export links', () => {
  it('carries the list filter as URL-encoded JSON, leaving out what is empty', () => {
    expect(exportUrl('units', 'csv', {})).toBe('/exports/units.csv');
    expect(exportUrl('units', 'xlsx', { tier: ['LAGGING'], search: '', kind: [], parentId: null })).toBe(
      '/exports/units.xlsx?filter=%7B%22tier%22%3A%5B%22LAGGING%22%5D%7D',
    );
    const url = exportUrl('brands', 'csv', { stage: ['BUILDING'], townId: 't1' });
    expect(JSON.parse(decodeURIComponent(url.split('filter=')[1]))).toEqual({ stage: ['BUILDING'], townId: 't1' });
  });
});
