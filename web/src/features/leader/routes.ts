import type { RouteRecordRaw } from 'vue-router';

const LEADERS = { roles: ['LEADER', 'ADMIN'] as ('LEADER' | 'ADMIN')[] };

/** The leaders' workspace: review, brand management, units and tiers, the dashboard; each page its own chunk. */
export const leaderRoutes: RouteRecordRaw[] = [
  {
    path: '/workspace/review',
    name: 'leader-review',
    component: () => import('./review/ReviewQueuePage.vue'),
    meta: { ...LEADERS, title: '审核' },
  },
  {
    path: '/workspace/review/plans/:id',
    name: 'leader-review-plan',
    component: () => import('./review/PlanReviewPage.vue'),
    meta: { ...LEADERS, title: '方案审核' },
  },
  {
    path: '/workspace/review/cases/:id',
    name: 'leader-review-case',
    component: () => import('./review/CaseReviewPage.vue'),
    meta: { ...LEADERS, title: '案例审核' },
  },
  {
    path: '/workspace/brands',
    name: 'leader-brands',
    component: () => import('./brands/BrandAdminListPage.vue'),
    meta: { ...LEADERS, title: '品牌管理' },
  },
  {
    path: '/workspace/brands/:id/manage',
    name: 'leader-brand-manage',
    component: () => import('./brand-actions/BrandManagePage.vue'),
    meta: { ...LEADERS, title: '品牌管理' },
  },
  {
    path: '/workspace/units',
    name: 'leader-units',
    component: () => import('./units/UnitsPage.vue'),
    meta: { ...LEADERS, title: '单位与等次' },
  },
  {
    path: '/workspace/rectifications',
    name: 'leader-rectifications',
    component: () => import('./lists/RectificationListPage.vue'),
    meta: { ...LEADERS, title: '整改事项' },
  },
  {
    path: '/workspace/inspections',
    name: 'leader-inspections',
    component: () => import('./lists/InspectionListPage.vue'),
    meta: { roles: [...LEADERS.roles, 'INSPECTOR'], title: '督促检查' },
  },
  {
    path: '/workspace/dashboard',
    name: 'leader-dashboard',
    component: () => import('./dashboard/DashboardPage.vue'),
    meta: { ...LEADERS, title: '驾驶舱' },
  },
];
