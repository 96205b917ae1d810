import { describe, expect, it } from 'vitest';
import { brandActions, reportLink, type MyBrand } from './brand-actions';

const brand = (status: NonNullable<MyBrand['plan']>['status'] | null, stage: MyBrand['stage'] = 'CULTIVATING') => ({
  id: 'b1',
  stage,
  plan: status ? { id: 'p1', status, revision: 1 } : null,
});

describe('what a unit does next with a brand', () => {
  it('writes, continues or revises the plan until it is approved, then reports on milestones', () => {
    expect(brandActions(brand(null))).toEqual([{ label: '编写方案', to: '/workspace/brands/b1/plan', primary: true }]);
    expect(brandActions(brand('RETURNED'))[0].label).toBe('按退回意见修改方案');
    expect(brandActions(brand('SUBMITTED'))).toEqual([
      { label: '查看方案（待审核）', to: '/workspace/brands/b1/plan', primary: false },
    ]);
    expect(brandActions(brand('APPROVED')).map((a) => a.to)).toEqual([
      '/workspace/brands/b1/milestones',
      '/workspace/brands/b1/plan',
    ]);
  });

  it('only lets a withdrawn brand’s plan be read', () => {
    expect(brandActions(brand('APPROVED', 'WITHDRAWN'))).toEqual([
      { label: '查看方案', to: '/workspace/brands/b1/plan', primary: false },
    ]);
    expect(brandActions(brand(null, 'WITHDRAWN'))).toEqual([]);
  });
});

describe('the acceptance report on a brand’s card', () => {
  it('is offered once the plan is approved, and not while the plan is being written or reviewed', () => {
    expect(reportLink(brand('APPROVED'))).toBe('/workspace/brands/b1/report');
    expect(reportLink(brand('APPROVED', 'WITHDRAWN'))).toBe('/workspace/brands/b1/report');
    expect(reportLink(brand(null))).toBeNull();
    expect(reportLink(brand('DRAFT'))).toBeNull();
    expect(reportLink(brand('SUBMITTED'))).toBeNull();
    expect(reportLink(brand('RETURNED'))).toBeNull();
  });
});
