import type { RouteLocationRaw } from 'vue-router';
import type { BrandStage, InspectionKind, Level, UnitTier } from '../../../gql/graphql';
import { monthRange, OPEN_STATUSES } from '../lists/list-filters';

/** The unit subtree the dashboard shows: none for the whole county. */
export interface Scope {
  unitId: string | null;
  /** Whether the unit has units below it (lists that filter one unit only then show the county). */
  subtree: boolean;
}

export const COUNTY: Scope = { unitId: null, subtree: true };

/** `town=<id>` narrows the brand directory, the leaders' lists and the board to a unit and everything below it. */
function town(scope: Scope): { town?: string } {
  return scope.unitId ? { town: scope.unitId } : {};
}

/**
 * The brands of a stage in the leaders' brand list (every stage, with 管理 beside each brand), so each bar of the
 * chart opens the same page rather than the public directory for some stages and the workspace for others.
 */
export function stageLink(stage: BrandStage, scope: Scope): RouteLocationRaw {
  return { path: '/workspace/brands', query: { stage, ...town(scope) } };
}

/** The brands of a level in the leaders' brand list. */
export function levelLink(level: Level, scope: Scope): RouteLocationRaw {
  return { path: '/workspace/brands', query: { level, ...town(scope) } };
}

/** The brands (with an approved plan) whose progress falls in a bucket. */
export function progressLink(from: number, to: number, scope: Scope): RouteLocationRaw {
  return { path: '/workspace/brands', query: { progress: `${from}-${to}`, ...town(scope) } };
}

/** The brands with overdue milestones. */
export function overdueMilestonesLink(scope: Scope): RouteLocationRaw {
  return { path: '/workspace/brands', query: { overdue: '1', ...town(scope) } };
}

/** Rectification items: open (not yet verified), overdue, or verified (the closure rate). */
export function rectificationLink(view: 'open' | 'overdue' | 'verified', scope: Scope): RouteLocationRaw {
  const query =
    view === 'open' ? { status: [...OPEN_STATUSES] } : view === 'overdue' ? { overdue: '1' } : { status: 'VERIFIED' };
  return { path: '/workspace/rectifications', query: { ...query, ...town(scope) } };
}

/** The public board, where the masses' ratings are shown item by item. */
export function satisfactionLink(scope: Scope): RouteLocationRaw {
  return { path: '/board', query: town(scope) };
}

/** The inspections of a month (and kind); the list filters one unit only, so a subtree shows the county's. */
export function inspectionsLink(month: string, kind: InspectionKind | null, scope: Scope): RouteLocationRaw {
  const unit = scope.unitId ? (scope.subtree ? { town: scope.unitId } : { unit: scope.unitId }) : {};
  return { path: '/workspace/inspections', query: { ...monthRange(month), ...(kind ? { kind } : {}), ...unit } };
}

/** The regular and spot inspections behind the average score, within the scope like the other figures. */
export function scoreLink(scope: Scope): RouteLocationRaw {
  const unit = scope.unitId ? (scope.subtree ? { town: scope.unitId } : { unit: scope.unitId }) : {};
  return { path: '/workspace/inspections', query: { kind: ['REGULAR', 'SPOT'], ...unit } };
}

/**
 * The units that began the year in a tier (后进转化 x/y opens its y units; each row shows whether it has moved), under
 * the scope's unit.
 */
export function tierLink(tier: UnitTier, scope: Scope): RouteLocationRaw {
  return { path: '/workspace/units', query: { baseline: tier, ...town(scope) } };
}
