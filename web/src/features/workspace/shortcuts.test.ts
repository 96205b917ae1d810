import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { Role } from '../../gql/graphql';
import { adminRoutes } from '../admin/routes';
import { inspectionRoutes } from '../inspection/routes';
import { leaderRoutes } from '../leader/routes';
import { rectificationRoutes } from '../rectification/routes';
import { unitRoutes } from '../unit/routes';
import { unitCaseRoutes } from '../unit-cases/routes';
import { WORKSPACE_SHORTCUTS } from './shortcuts';

const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    ...leaderRoutes,
    ...inspectionRoutes,
    ...unitRoutes,
    ...unitCaseRoutes,
    ...adminRoutes,
    ...rectificationRoutes,
  ],
});
const ROLES: Role[] = ['UNIT', 'INSPECTOR', 'LEADER', 'ADMIN'];
const titles = (role: Role) => WORKSPACE_SHORTCUTS[role].map((s) => s.title);

describe('the workspace home’s shortcuts', () => {
  it('give each role its own work', () => {
    expect(titles('UNIT')).toEqual(['我的品牌', '我的案例', '单位自查', '我的整改']);
    expect(titles('INSPECTOR')).toEqual(['抽查抽签', '登记检查', '督促检查记录', '自查与督查对照', '整改核验']);
    expect(titles('LEADER')).toEqual(['审核', '驾驶舱', '品牌管理', '单位与等次', '整改事项', '督促检查']);
    expect(titles('ADMIN')).toEqual(['单位管理', '用户管理', '检查表管理', ...titles('LEADER'), '整改核验']);
  });

  it('offer the unit 编写案例 beside 我的案例', () => {
    const cases = WORKSPACE_SHORTCUTS.UNIT.find((s) => s.title === '我的案例');
    expect(cases?.action).toEqual({ to: '/workspace/cases/new', label: '编写案例' });
  });

  it.each(ROLES)('lead %s only to pages it may open, each once', (role) => {
    const links = WORKSPACE_SHORTCUTS[role].flatMap((s) => [s.to, ...(s.action ? [s.action.to] : [])]);
    expect(new Set(links).size).toBe(links.length);
    for (const to of links) {
      const target = router.resolve(to);
      expect(target.matched, to).not.toHaveLength(0);
      expect(target.meta.roles, to).toContain(role);
    }
    for (const s of WORKSPACE_SHORTCUTS[role]) {
      expect(s.hint.length, s.title).toBeGreaterThan(0);
    }
  });
});
