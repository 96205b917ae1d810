import type { Context, Viewer } from '../../core/context';
import { ownsUnit, requireViewer } from '../../core/access';
import { forbidden, notFound } from '../../core/errors';
import { isUuid } from '../../core/ids';
import type { CaseRow } from './cases.types';

/**
 * May the viewer see this case? Published cases are public; drafts, submitted and returned cases only to the
 * case's unit and to leaders, inspectors and admins.
 */
export function canSeeCase(ctx: Pick<Context, 'viewer'>, row: { status: string; unitId: string }): boolean {
  return row.status === 'PUBLISHED' || ownsUnit(ctx.viewer, row.unitId);
}

/** The case if the viewer may see it, else null (a hidden case is not revealed to exist). */
export async function visibleCase(ctx: Context, id: string): Promise<CaseRow | null> {
  const row = isUuid(id) ? await ctx.loaders.caseById.load(id) : null;
  return row && canSeeCase(ctx, row) ? row : null;
}

/**
 * Leaders decide on cases — write one for a unit, publish, return, feature — and admins may do all a leader
 * may ("ADMIN: everything" in API.md), as they may review plans and move brands.
 */
export function editsAnyCase(viewer: Viewer): boolean {
  return viewer.role === 'LEADER' || viewer.role === 'ADMIN';
}

/** A viewer who may write cases at all: units, leaders and admins; inspectors are FORBIDDEN. */
export function requireCaseWriter(ctx: Context): Viewer {
  const viewer = requireViewer(ctx.viewer);
  if (viewer.role !== 'UNIT' && !editsAnyCase(viewer)) {
    throw forbidden('典型案例由创建单位或领导编写，督查员不能编写');
  }
  return viewer;
}

/**
 * Loads a case for a write: UNAUTHENTICATED for the public, NOT_FOUND if there is no such case. The caller then
 * checks rights and answers FORBIDDEN.
 */
export async function caseForWrite(ctx: Context, id: string): Promise<CaseRow> {
  requireViewer(ctx.viewer);
  const row = isUuid(id) ? await ctx.loaders.caseById.load(id) : null;
  if (!row) {
    throw notFound('典型案例');
  }
  return row;
}

/** The case's own unit, a leader or an admin may edit and submit it; anyone else is FORBIDDEN. */
export function requireCaseAuthor(viewer: Viewer, row: CaseRow): void {
  const ownUnit = viewer.role === 'UNIT' && viewer.unitId === row.unitId;
  if (!ownUnit && !editsAnyCase(viewer)) {
    throw forbidden('只能修改、提交本单位的典型案例');
  }
}
