import type { Role } from '@flagship/drizzle';
import type { Viewer } from './context';
import { forbidden, unauthenticated } from './errors';

/** The viewer, or UNAUTHENTICATED. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) {
    throw unauthenticated();
  }
  return viewer;
}

/** The viewer if it has one of `roles`, else UNAUTHENTICATED / FORBIDDEN. */
export function requireRole(viewer: Viewer | null, ...roles: Role[]): Viewer {
  const v = requireViewer(viewer);
  if (!roles.includes(v.role)) {
    throw forbidden();
  }
  return v;
}

/** Leaders, inspectors and admins read everything. */
export function readsEverything(viewer: Viewer | null): boolean {
  return viewer !== null && viewer.role !== 'UNIT';
}

/** True when the viewer may see everything of `unitId` (its own unit, or a reader of everything). */
export function ownsUnit(viewer: Viewer | null, unitId: string): boolean {
  return readsEverything(viewer) || (viewer?.role === 'UNIT' && viewer.unitId === unitId);
}
