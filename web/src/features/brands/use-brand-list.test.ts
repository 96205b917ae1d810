import { describe, expect, it } from 'vitest';
import { BRAND_PAGE_SIZE, firstRequestSize } from './use-brand-list';

describe('brand directory paging', () => {
  it('asks for every page a shared URL names in one request, within the server limit of 100', () => {
    expect(firstRequestSize(1)).toBe(BRAND_PAGE_SIZE);
    expect(firstRequestSize(3)).toBe(3 * BRAND_PAGE_SIZE);
    expect(firstRequestSize(50)).toBeLessThanOrEqual(100);
    expect(firstRequestSize(50) % BRAND_PAGE_SIZE).toBe(0);
    expect(firstRequestSize(0)).toBe(BRAND_PAGE_SIZE);
  });
});
