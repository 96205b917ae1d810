import { ADMIN_CHECKLISTS_PATH, ADMIN_UNITS_PATH, ADMIN_USERS_PATH } from './routes';

/** The admin's three pages, for the workspace home and the admin pages' own navigation. */
export const ADMIN_LINKS = [
  { to: ADMIN_UNITS_PATH, title: '单位管理', text: '单位树：新建、修改、移动基层党组织' },
  { to: ADMIN_USERS_PATH, title: '用户管理', text: '账号、角色、所属单位、停用和重置密码' },
  { to: ADMIN_CHECKLISTS_PATH, title: '检查表管理', text: '督促检查所用检查表的检查项和满分' },
] as const;
