import { describe, expect, it } from 'vitest';
import { ownsBrand } from './brand-ownership';

describe('a unit works only on its own brands', () => {
  const brand = { unit: { id: 'u1' } };

  it('owns a brand of its own unit', () => {
    expect(ownsBrand(brand, { unit: { id: 'u1' } })).toBe(true);
  });

  it('does not own another unit’s brand, nor anything without a unit or before the brand loads', () => {
    expect(ownsBrand(brand, { unit: { id: 'u2' } })).toBe(false);
    expect(ownsBrand(brand, { unit: null })).toBe(false);
    expect(ownsBrand(brand, null)).toBe(false);
    expect(ownsBrand(null, { unit: { id: 'u1' } })).toBe(false);
  });
});
