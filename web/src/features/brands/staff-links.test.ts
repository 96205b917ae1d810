import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/session';
import { staffLinks } from './staff-links';

const brand = { id: 'b1', unit: { id: 'u1' } };
const user = (role: SessionUser['role'], unitId: string | null = null): SessionUser => ({
  id: 'x',
  username: 'x',
  displayName: 'x',
  role,
  unit: unitId ? { id: unitId, name: 'u' } : null,
});

describe('staff links on the brand page', () => {
  it('offers leaders the brand management page and the owning unit its plan and reports', () => {
    expect(staffLinks(user('LEADER'), brand).map((l) => l.to)).toEqual([
      '/workspace/brands/b1/manage',
      '/workspace/brands/b1/report',
    ]);
    expect(staffLinks(user('UNIT', 'u1'), brand).map((l) => l.to)).toEqual([
      '/workspace/brands/b1/plan',
      '/workspace/brands/b1/milestones',
      '/workspace/brands/b1/report',
    ]);
  });

  it('offers inspectors the acceptance report, and nothing to the public or other units', () => {
    expect(staffLinks(user('INSPECTOR'), brand).map((l) => l.to)).toEqual(['/workspace/brands/b1/report']);
    expect(staffLinks(null, brand)).toEqual([]);
    expect(staffLinks(user('UNIT', 'u2'), brand)).toEqual([]);
  });
});
