import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '../../shared/session';

const roles = (...r: Role[]) => r;

/**
 * The inspection area: spot-check draws, the inspection form, the unit's self-inspections, the comparison and one
 * inspection's page.
 */
export const inspectionRoutes: RouteRecordRaw[] = [
  {
    path: '/workspace/spot-checks',
    name: 'spot-checks',
    component: () => import('./SpotCheckPage.vue'),
    meta: { roles: roles('INSPECTOR', 'ADMIN'), title: '抽查抽签' },
  },
  {
    path: '/workspace/inspections/new',
    name: 'inspection-new',
    component: () => import('./InspectionFormPage.vue'),
    meta: { roles: roles('INSPECTOR', 'UNIT'), title: '登记检查' },
  },
  {
    path: '/workspace/self-inspections',
    name: 'self-inspections',
    component: () => import('./SelfInspectionsPage.vue'),
    meta: { roles: roles('UNIT'), title: '单位自查' },
  },
  {
    path: '/workspace/inspections/compare',
    name: 'inspection-compare',
    component: () => import('./ComparisonPage.vue'),
    meta: { roles: roles('INSPECTOR', 'LEADER', 'ADMIN', 'UNIT'), title: '自查与督查对照' },
  },
  {
    path: '/workspace/inspections/:id',
    name: 'inspection',
    component: () => import('./InspectionDetailPage.vue'),
    meta: { roles: roles('LEADER', 'ADMIN', 'INSPECTOR', 'UNIT'), title: '检查记录' },
  },
];
