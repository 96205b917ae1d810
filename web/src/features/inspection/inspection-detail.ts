import type { InspectionKind, RectificationStatus, Role } from '../../gql/graphql';
import { myRectificationsPath, verifyPath } from '../rectification/routes';
import { comparisonPath } from './comparison-display';

/** Display rules of one inspection's page: score shares, low scores, where a finding's item is dealt with. */

/** Below this share of the maximum (in %), a score is marked low — the same line the inspection lists draw. */
export const LOW_SCORE_PERCENT = 60;

/** The share of the maximum in %, one decimal (0 when there is no maximum). */
export function scorePercent(score: number, max: number): number {
  return max > 0 ? Math.round((score / max) * 1000) / 10 : 0;
}

/** A score under {@link LOW_SCORE_PERCENT} of its maximum. */
export function isLowScore(score: number, max: number): boolean {
  return max > 0 && scorePercent(score, max) < LOW_SCORE_PERCENT;
}

/** How many items scored low, and how many lost any points, for the line above the item list. */
export function scoreDigest(items: readonly { score: number; item: { maxScore: number } }[]): string {
  const low = items.filter((i) => isLowScore(i.score, i.item.maxScore)).length;
  const lost = items.filter((i) => i.score < i.item.maxScore).length;
  if (lost === 0) {
    return `共 ${items.length} 项，全部满分`;
  }
  const lowText = low ? `，其中 ${low} 项低于满分的 ${LOW_SCORE_PERCENT}%（标红）` : '';
  return `共 ${items.length} 项，${lost} 项扣分${lowText}`;
}

/** Who the inspection is by: the inspector for a check, the unit's user for a self-inspection. */
export function inspectorLabel(kind: InspectionKind): string {
  return kind === 'SELF' ? '自查登记人' : '检查人';
}

/** The checklist used: name and the version scored against, noting when the template has moved on since. */
export function templateLine(template: { name: string; version: number }, usedVersion: number): string {
  const moved = template.version !== usedVersion ? `（检查表现为第 ${template.version} 版）` : '';
  return `${template.name} · 第 ${usedVersion} 版${moved}`;
}

export interface Viewer {
  role: Role;
  unitId: string | null;
}

export interface LinkedItem {
  id: string;
  public: boolean;
  status: RectificationStatus;
  unit: { id: string };
}

/**
 * Where the viewer deals with (or reads) a finding's rectification item: inspectors and admins in the
 * verification queue, the responsible unit in its own list, anyone else on the public board when the item is
 * public; null when there is nowhere to go.
 */
export function rectificationLink(viewer: Viewer, item: LinkedItem): { to: string; text: string } | null {
  if (viewer.role === 'INSPECTOR' || viewer.role === 'ADMIN') {
    return { to: verifyPath(item.id), text: item.status === 'DONE' ? '去核验' : '在核验页查看' };
  }
  if (viewer.role === 'UNIT' && viewer.unitId === item.unit.id) {
    return { to: myRectificationsPath(item.id), text: item.status === 'VERIFIED' ? '查看整改' : '去整改' };
  }
  if (item.public) {
    return { to: `/board?unit=${encodeURIComponent(item.unit.id)}`, text: '在整改公开栏查看' };
  }
  return null;
}

/**
 * The self-check comparison of the inspection's brand over the inspection's year (up to today), so the
 * comparison covers the period the inspection belongs to.
 */
export function comparisonLink(brandId: string, date: string, today: string): string {
  const year = date.slice(0, 4);
  const end = `${year}-12-31`;
  return comparisonPath(brandId, { from: `${year}-01-01`, to: end < today ? end : today });
}
