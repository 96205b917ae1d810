import { BRAND_STAGES, LEVELS, type BrandStage, type Level, type UnitTier } from '@flagship/drizzle';
import { requireViewer } from '../../core/access';
import type { Context } from '../../core/context';
import { forbidden, notFound } from '../../core/errors';
import { isUuid } from '../../core/ids';
import * as repo from './dashboard.repository';
import type { Dashboard, MonthCount, ShowcaseFigures, TierTransformation } from './dashboard.types';

/** The stages the public sees, in order (past DECLARED, not WITHDRAWN). */
const SHOWCASE: BrandStage[] = ['CULTIVATING', 'BUILDING', 'ACCEPTANCE', 'NAMED', 'PROMOTED'];

/** The twelve months ending with the month of `today`, as YYYY-MM. */
export function lastTwelveMonths(today: string): string[] {
  const [y, m] = today.split('-').map(Number);
  return Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (11 - i), 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/** The unit subtree the viewer asks for: any for leaders, inspectors and admins; a unit only its own. */
async function scopePath(ctx: Context, unitId: string | null | undefined): Promise<string> {
  const viewer = requireViewer(ctx.viewer);
  const wanted = unitId ?? (viewer.role === 'UNIT' ? viewer.unitId : null);
  if (!wanted) {
    return '/';
  }
  if (viewer.role === 'UNIT' && wanted !== viewer.unitId) {
    throw forbidden('只能查看本单位的统计');
  }
  const unit = isUuid(wanted) ? await ctx.loaders.unitById.load(wanted) : null;
  if (!unit) {
    throw notFound('单位');
  }
  return unit.path;
}

function tiers(matrix: { baseline: string; tier: string; n: number }[]): TierTransformation {
  const count = (baseline: UnitTier, pred: (tier: UnitTier) => boolean) =>
    matrix.filter((r) => r.baseline === baseline && pred(r.tier as UnitTier)).reduce((a, r) => a + r.n, 0);
  return {
    baselineLagging: count('LAGGING', () => true),
    transformedLagging: count('LAGGING', (t) => t !== 'LAGGING'),
    baselineAverage: count('AVERAGE', () => true),
    liftedAverage: count('AVERAGE', (t) => t === 'ADVANCED'),
    baselineAdvanced: count('ADVANCED', () => true),
    keptAdvanced: count('ADVANCED', (t) => t === 'ADVANCED'),
  };
}

/** Every figure of the dashboard for the county or a unit subtree, each from one aggregate query. */
export async function dashboard(ctx: Context, unitId: string | null | undefined): Promise<Dashboard> {
  const path = await scopePath(ctx, unitId);
  const months = lastTwelveMonths(ctx.today);
  const [stages, levels, buckets, overdue, rect, avg, byMonth, sat, matrix] = await Promise.all([
    repo.brandsByStage(ctx.db, path),
    repo.brandsByLevel(ctx.db, path),
    repo.progressBuckets(ctx.db, path),
    repo.overdueMilestones(ctx.db, path, ctx.today),
    repo.rectificationFigures(ctx.db, path, ctx.today),
    repo.averageInspectionScore(ctx.db, path),
    repo.inspectionsByMonth(ctx.db, path, `${months[0]}-01`),
    repo.satisfaction(ctx.db, path),
    repo.tierMatrix(ctx.db, path),
  ]);
  const inspectionsByMonth: MonthCount[] = months.map((month) => {
    const r = byMonth.find((x) => x.month === month);
    return {
      month,
      count: r?.n ?? 0,
      regular: r?.regular ?? 0,
      spot: r?.spot ?? 0,
      self: r?.self ?? 0,
      averageScore: r?.avg === null || r?.avg === undefined ? null : Math.round(Number(r.avg) * 10) / 10,
    };
  });
  return {
    brandsByStage: BRAND_STAGES.map((stage: BrandStage) => ({
      stage,
      count: stages.find((s) => s.stage === stage)?.n ?? 0,
    })),
    brandsByLevel: LEVELS.map((level: Level) => ({ level, count: levels.find((l) => l.level === level)?.n ?? 0 })),
    progressDistribution: [0, 1, 2, 3, 4].map((b) => ({
      from: b * 20,
      to: b === 4 ? 100 : b * 20 + 20,
      count: buckets.find((x) => x.bucket === b)?.n ?? 0,
    })),
    overdueMilestones: overdue,
    openRectifications: rect.open,
    overdueRectifications: rect.overdue,
    totalRectifications: rect.total,
    rectificationClosureRate: rect.total === 0 ? 1 : rect.verified / rect.total,
    averageInspectionScore: avg === null ? null : Math.round(avg * 10) / 10,
    inspectionsByMonth,
    publicSatisfaction: {
      total: sat.total,
      satisfied: sat.satisfied,
      basicallySatisfied: sat.basically,
      unsatisfied: sat.unsatisfied,
      rate: sat.total === 0 ? null : (sat.satisfied + sat.basically) / sat.total,
    },
    tierTransformation: tiers(matrix),
  };
}

/** The county's headline figures for the home page: public, whole county, each from one aggregate query. */
export async function showcaseFigures(ctx: Context): Promise<ShowcaseFigures> {
  const [stages, cases, rect, sat] = await Promise.all([
    repo.showcaseBrandsByStage(ctx.db, SHOWCASE),
    repo.publishedCaseCount(ctx.db),
    repo.publicRectificationFigures(ctx.db),
    repo.publicSatisfaction(ctx.db),
  ]);
  const brandsByStage = SHOWCASE.map((stage) => ({ stage, count: stages.find((s) => s.stage === stage)?.n ?? 0 }));
  const count = (wanted: BrandStage[]) =>
    brandsByStage.filter((s) => wanted.includes(s.stage)).reduce((a, s) => a + s.count, 0);
  return {
    brandsByStage,
    showcaseBrands: count(SHOWCASE),
    namedBrands: count(['NAMED', 'PROMOTED']),
    publishedCases: cases,
    publicRectifications: rect.total,
    verifiedRectifications: rect.verified,
    reviewCount: sat.total,
    satisfactionRate: sat.total === 0 ? null : sat.positive / sat.total,
  };
}
