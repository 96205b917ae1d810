import type { RouteRecordRaw } from 'vue-router';

/**
 * The printable acceptance report (考核验收材料) of a brand: leaders, admins and inspectors for any brand, a unit
 * for its own (the page checks the brand's unit).
 */
export const reportRoutes: RouteRecordRaw[] = [
  {
    path: '/workspace/brands/:id/report',
    name: 'brand-report',
    component: () => import('./BrandReportPage.vue'),
    meta: { roles: ['LEADER', 'ADMIN', 'INSPECTOR', 'UNIT'], title: '考核验收材料' },
  },
];

/** Where a brand's acceptance report is. */
export const brandReportPath = (brandId: string) => `/workspace/brands/${brandId}/report`;
