import type { RouteRecordRaw } from 'vue-router';

export const MY_RECTIFICATIONS_PATH = '/workspace/my-rectifications';
export const VERIFY_PATH = '/workspace/verify';

/**
 * The rectification loop in the workspace: the responsible unit answers its items with a note and evidence
 * (整改), an inspector verifies or returns what the unit marked done (核验). Each page its own chunk.
 */
export const rectificationRoutes: RouteRecordRaw[] = [
  {
    path: MY_RECTIFICATIONS_PATH,
    name: 'unit-rectifications',
    component: () => import('./MyRectificationsPage.vue'),
    meta: { roles: ['UNIT'], title: '我的整改' },
  },
  {
    path: VERIFY_PATH,
    name: 'verify-rectifications',
    component: () => import('./VerifyQueuePage.vue'),
    meta: { roles: ['INSPECTOR', 'ADMIN'], title: '整改核验' },
  },
];

/** Where the unit answers its items; with `id`, that item is shown first and its answer form opened. */
export function myRectificationsPath(id?: string | null): string {
  return id ? `${MY_RECTIFICATIONS_PATH}?id=${encodeURIComponent(id)}` : MY_RECTIFICATIONS_PATH;
}

/** The verification queue; with `id`, that item is shown first. */
export function verifyPath(id?: string | null): string {
  return id ? `${VERIFY_PATH}?id=${encodeURIComponent(id)}` : VERIFY_PATH;
}
