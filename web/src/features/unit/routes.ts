import type { RouteRecordRaw } from 'vue-router';

const UNITS = { roles: ['UNIT'] as 'UNIT'[] };

/**
 * The creating unit's workspace (创建单位): its brands, the plan editor and the milestone reports; each page its
 * own chunk. (`/workspace/brands` is the leaders' brand management, so the unit's list is `/workspace/my-brands`.)
 */
export const unitRoutes: RouteRecordRaw[] = [
  {
    path: '/workspace/my-brands',
    name: 'unit-brands',
    component: () => import('./MyBrandsPage.vue'),
    meta: { ...UNITS, title: '我的品牌' },
  },
  {
    path: '/workspace/brands/:id/plan',
    name: 'unit-plan',
    component: () => import('./PlanEditorPage.vue'),
    meta: { ...UNITS, title: '创建方案' },
  },
  {
    path: '/workspace/brands/:id/milestones',
    name: 'unit-milestones',
    component: () => import('./MilestoneReportsPage.vue'),
    meta: { ...UNITS, title: '节点进展' },
  },
];

/** Where a unit edits a brand's plan, and reports on its milestones. */
export const planEditorPath = (brandId: string) => `/workspace/brands/${brandId}/plan`;
export const milestoneReportsPath = (brandId: string) => `/workspace/brands/${brandId}/milestones`;
export const MY_BRANDS_PATH = '/workspace/my-brands';
