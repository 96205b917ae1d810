import type { RouteRecordRaw } from 'vue-router';

const ADMINS = { roles: ['ADMIN'] as 'ADMIN'[] };

export const ADMIN_UNITS_PATH = '/workspace/admin/units';
export const ADMIN_USERS_PATH = '/workspace/admin/users';
export const ADMIN_CHECKLISTS_PATH = '/workspace/admin/checklists';

/** The admin's workspace (管理员): the unit tree, user accounts and checklist templates; each page its own chunk. */
export const adminRoutes: RouteRecordRaw[] = [
  {
    path: ADMIN_UNITS_PATH,
    name: 'admin-units',
    component: () => import('./units/UnitsAdminPage.vue'),
    meta: { ...ADMINS, title: '单位管理' },
  },
  {
    path: ADMIN_USERS_PATH,
    name: 'admin-users',
    component: () => import('./users/UsersAdminPage.vue'),
    meta: { ...ADMINS, title: '用户管理' },
  },
  {
    path: ADMIN_CHECKLISTS_PATH,
    name: 'admin-checklists',
    component: () => import('./checklists/ChecklistsPage.vue'),
    meta: { ...ADMINS, title: '检查表管理' },
  },
  {
    path: `${ADMIN_CHECKLISTS_PATH}/new`,
    name: 'admin-checklist-new',
    component: () => import('./checklists/ChecklistEditorPage.vue'),
    meta: { ...ADMINS, title: '新建检查表' },
  },
  {
    path: `${ADMIN_CHECKLISTS_PATH}/:id/edit`,
    name: 'admin-checklist-edit',
    component: () => import('./checklists/ChecklistEditorPage.vue'),
    meta: { ...ADMINS, title: '修改检查表' },
  },
];
