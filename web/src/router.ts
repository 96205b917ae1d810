import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { adminRoutes } from './features/admin/routes';
import { inspectionRoutes } from './features/inspection/routes';
import { leaderRoutes } from './features/leader/routes';
import { rectificationRoutes } from './features/rectification/routes';
import { reportRoutes } from './features/report/routes';
import { unitRoutes } from './features/unit/routes';
import { unitCaseRoutes } from './features/unit-cases/routes';
import { onUnauthenticated } from './shared/graphql';
import { loadSession, session, sessionExpired, type Role } from './shared/session';

/** Every page is its own lazy chunk; `meta.title` becomes the document title. */
const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./features/home/HomePage.vue'), meta: { title: '首页' } },
  {
    path: '/brands',
    name: 'brands',
    component: () => import('./features/brands/BrandListPage.vue'),
    meta: { title: '品牌名录' },
  },
  {
    path: '/brands/:id',
    name: 'brand',
    component: () => import('./features/brands/BrandDetailPage.vue'),
    meta: { title: '品牌' },
  },
  {
    path: '/cases',
    name: 'cases',
    component: () => import('./features/cases/CaseListPage.vue'),
    meta: { title: '典型案例' },
  },
  {
    path: '/cases/:id',
    name: 'case',
    component: () => import('./features/cases/CaseDetailPage.vue'),
    meta: { title: '案例' },
  },
  {
    path: '/board',
    name: 'board',
    component: () => import('./features/board/BoardPage.vue'),
    meta: { title: '整改公开栏' },
  },
  { path: '/login', name: 'login', component: () => import('./features/auth/LoginPage.vue'), meta: { title: '登录' } },
  {
    path: '/workspace/password',
    name: 'password',
    component: () => import('./features/auth/ChangePasswordPage.vue'),
    meta: { title: '修改密码', auth: true },
  },
  {
    path: '/workspace',
    name: 'workspace',
    component: () => import('./features/workspace/WorkspaceHome.vue'),
    meta: { title: '工作台', auth: true },
  },
  ...leaderRoutes,
  ...inspectionRoutes,
  ...unitRoutes,
  ...unitCaseRoutes,
  ...reportRoutes,
  ...adminRoutes,
  ...rectificationRoutes,
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./shared/NotFoundPage.vue'),
    meta: { title: '页面不存在' },
  },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
});

export const SITE_NAME = '党建品牌创建与展示平台';

declare module 'vue-router' {
  interface RouteMeta {
    title?: string;
    /** Only for logged-in users. */
    auth?: boolean;
    /** Only for these roles (implies auth). */
    roles?: Role[];
  }
}

router.beforeEach(async (to) => {
  if (!to.meta.auth && !to.meta.roles) {
    return true;
  }
  const user = await loadSession();
  if (!user) {
    // Server unreachable: the login page says so and offers 重试 instead of asking to log in again.
    return { path: '/login', query: { redirect: to.fullPath, ...(session.unreachable ? { offline: '1' } : {}) } };
  }
  return !to.meta.roles || to.meta.roles.includes(user.role) ? true : { path: '/workspace' };
});

onUnauthenticated(() => {
  const wasLoggedIn = session.user !== null;
  sessionExpired();
  const current = router.currentRoute.value;
  if (wasLoggedIn && (current.meta.auth || current.meta.roles)) {
    void router.push({ path: '/login', query: { redirect: current.fullPath, expired: '1' } });
  }
});

router.afterEach((to) => {
  document.title = to.meta.title ? `${String(to.meta.title)} · ${SITE_NAME}` : SITE_NAME;
});
