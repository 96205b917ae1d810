import type { RouteRecordRaw } from 'vue-router';

const UNITS = { roles: ['UNIT'] as 'UNIT'[] };

/** The creating unit's model cases (典型案例): its list and the case editor; each page its own chunk. */
export const unitCaseRoutes: RouteRecordRaw[] = [
  {
    path: '/workspace/my-cases',
    name: 'unit-cases',
    component: () => import('./MyCasesPage.vue'),
    meta: { ...UNITS, title: '我的案例' },
  },
  {
    path: '/workspace/cases/new',
    name: 'unit-case-new',
    component: () => import('./CaseEditorPage.vue'),
    meta: { ...UNITS, title: '编写典型案例' },
  },
  {
    path: '/workspace/cases/:id/edit',
    name: 'unit-case-edit',
    component: () => import('./CaseEditorPage.vue'),
    meta: { ...UNITS, title: '编写典型案例' },
  },
];

export const MY_CASES_PATH = '/workspace/my-cases';
export const NEW_CASE_PATH = '/workspace/cases/new';
/** Where a unit edits (or reads, once submitted) one of its cases. */
export const caseEditPath = (caseId: string) => `/workspace/cases/${caseId}/edit`;
