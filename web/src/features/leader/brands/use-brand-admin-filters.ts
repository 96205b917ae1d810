import type { BrandFilter, BrandStage, Level } from '../../../gql/graphql';
import { defineListFilters, enumsField, idField, localField, textField } from '../../../shared/list/list-filters';

export const ALL_STAGES: readonly BrandStage[] = [
  'DECLARED',
  'CULTIVATING',
  'BUILDING',
  'ACCEPTANCE',
  'NAMED',
  'PROMOTED',
  'WITHDRAWN',
];
export const ALL_LEVELS: readonly Level[] = ['NATIONAL', 'PROVINCE', 'CITY', 'COUNTY'];

function parseProgress(raw: string | null | undefined): { from: number; to: number } | null {
  const m = raw ? /^(\d{1,3})-(\d{1,3})$/.exec(raw) : null;
  if (!m) {
    return null;
  }
  const [from, to] = [Number(m[1]), Number(m[2])];
  return from < to && to <= 100 ? { from, to } : null;
}

/**
 * The leaders' brand list in the URL (`?q=&stage=DECLARED&level=CITY&town=<id>&progress=0-20&overdue=1`): every
 * stage (申报 and 撤销 too), plus the dashboard's views, which the page works out from the brands the server returns.
 */
export const brandAdminFilters = defineListFilters({
  search: textField('q'),
  stage: enumsField('stage', ALL_STAGES),
  level: enumsField('level', ALL_LEVELS),
  townId: idField('town'),
  /** A progress bucket of the dashboard, e.g. { from: 0, to: 20 } (brands with an approved plan). */
  progress: localField<{ from: number; to: number } | null>({
    param: 'progress',
    empty: null,
    read: (raw) => parseProgress(raw[0]),
    write: (v) => (v ? `${v.from}-${v.to}` : null),
  }),
  /** Only brands with overdue milestones. */
  overdue: localField<boolean>({
    param: 'overdue',
    empty: false,
    read: (raw) => raw[0] === '1',
    write: (v) => (v ? '1' : null),
  }),
});
export type BrandAdminFilters = ReturnType<typeof brandAdminFilters.parse>;
export const NO_BRAND_ADMIN_FILTERS = brandAdminFilters.empty;
export const { parse: parseBrandAdminQuery, toQuery: toBrandAdminQuery } = brandAdminFilters;

/** What the server filters (and exports); progress and overdue are worked out from the brands it returns. */
export const toBrandAdminFilter = (f: BrandAdminFilters): BrandFilter => brandAdminFilters.toFilter(f);

/** What a brand needs for the progress and overdue views. */
export interface BrandFigures {
  stage: BrandStage;
  progress: number;
  plan?: { status: string } | null;
  milestones: { overdue: boolean }[];
}

/**
 * Whether a brand is in the progress and overdue views as the dashboard counts them: brands with an approved plan
 * that are not withdrawn; a progress bucket is from ≤ progress < to (the last one, to 100, includes 100).
 */
export function inDerivedView(b: BrandFigures, f: BrandAdminFilters): boolean {
  if (!f.progress && !f.overdue) {
    return true;
  }
  if (b.stage === 'WITHDRAWN' || b.plan?.status !== 'APPROVED' || b.milestones.length === 0) {
    return false;
  }
  if (f.overdue && !b.milestones.some((m) => m.overdue)) {
    return false;
  }
  if (f.progress) {
    const { from, to } = f.progress;
    return b.progress >= from && (b.progress < to || (to === 100 && b.progress <= 100));
  }
  return true;
}
