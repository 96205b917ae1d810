import { describe, expect, it } from 'vitest';
import {
  inDerivedView,
  NO_BRAND_ADMIN_FILTERS,
  parseBrandAdminQuery,
  toBrandAdminFilter,
  toBrandAdminQuery,
} from './use-brand-admin-filters';

describe('the leaders brand list filters', () => {
  it('reads every stage including 申报 and 撤销, and the dashboard views', () => {
    const f = parseBrandAdminQuery({
      stage: 'DECLARED,WITHDRAWN',
      progress: '0-20',
      overdue: '1',
      town: 't1',
      page: '2',
    });
    expect(f).toEqual({
      ...NO_BRAND_ADMIN_FILTERS,
      stage: ['DECLARED', 'WITHDRAWN'],
      progress: { from: 0, to: 20 },
      overdue: true,
      townId: 't1',
      page: 2,
    });
    expect(parseBrandAdminQuery({ progress: '50-20' }).progress).toBeNull();
    expect(parseBrandAdminQuery({ progress: 'x' }).progress).toBeNull();
    expect(parseBrandAdminQuery(toBrandAdminQuery(f) as never)).toEqual(f);
    expect(toBrandAdminQuery(NO_BRAND_ADMIN_FILTERS)).toEqual({});
  });

  it('sends the server what it filters, and works out progress and overdue itself', () => {
    const f = { ...NO_BRAND_ADMIN_FILTERS, stage: ['BUILDING' as const], progress: { from: 80, to: 100 } };
    expect(toBrandAdminFilter(f)).toEqual({ stage: ['BUILDING'] });
    const brand = {
      stage: 'BUILDING' as const,
      progress: 100,
      plan: { status: 'APPROVED' },
      milestones: [{ overdue: false }],
    };
    expect(inDerivedView(brand, f)).toBe(true);
    expect(inDerivedView({ ...brand, progress: 79.9 }, f)).toBe(false);
    expect(inDerivedView({ ...brand, plan: { status: 'SUBMITTED' } }, f)).toBe(false);
    expect(inDerivedView({ ...brand, stage: 'WITHDRAWN' }, f)).toBe(false);
    expect(inDerivedView({ ...brand, progress: 20 }, { ...f, progress: { from: 0, to: 20 } })).toBe(false);
    const overdue = { ...NO_BRAND_ADMIN_FILTERS, overdue: true };
    expect(inDerivedView(brand, overdue)).toBe(false);
    expect(inDerivedView({ ...brand, milestones: [{ overdue: true }] }, overdue)).toBe(true);
    expect(inDerivedView({ ...brand, plan: null }, NO_BRAND_ADMIN_FILTERS)).toBe(true);
  });
});
