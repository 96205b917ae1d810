import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/session';
import { caseStaffLinks } from './case-staff-links';

const user = (role: SessionUser['role'], unitId?: string): SessionUser =>
  ({ id: 'u', username: 'x', displayName: 'X', role, unit: unitId ? { id: unitId, name: '村' } : null }) as SessionUser;
const published = { id: 'c1', status: 'PUBLISHED' as const, unit: { id: 'v1' } };

describe('caseStaffLinks', () => {
  it('offers leaders and admins the review page, saying when the case waits for them', () => {
    expect(caseStaffLinks(user('LEADER'), published)).toEqual([
      { to: '/workspace/review/cases/c1', label: '审核记录与首页精选' },
    ]);
    expect(caseStaffLinks(user('ADMIN'), { ...published, status: 'SUBMITTED' })[0].label).toBe('审核这个案例');
  });

  it('offers the owning unit its editor, and nothing to other units, inspectors or the public', () => {
    expect(caseStaffLinks(user('UNIT', 'v1'), { ...published, status: 'RETURNED' })).toEqual([
      { to: '/workspace/cases/c1/edit', label: '修改案例' },
    ]);
    expect(caseStaffLinks(user('UNIT', 'v1'), published)[0].label).toBe('在“我的案例”中查看');
    expect(caseStaffLinks(user('UNIT', 'v2'), published)).toEqual([]);
    expect(caseStaffLinks(user('INSPECTOR'), published)).toEqual([]);
    expect(caseStaffLinks(null, published)).toEqual([]);
  });
});
