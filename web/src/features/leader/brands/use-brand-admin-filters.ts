import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';
import type { BrandFilter, BrandStage, Level } from '../../../gql/graphql';
import { pageOf, pick, single, values } from '../query-values';

/** The leaders' brand list: every stage (申报 and 撤销 too), plus the dashboard's progress and overdue views. */
export interface BrandAdminFilters {
  search: string;
  stage: BrandStage[];
  level: Level[];
  townId: string | null;
  /** A progress bucket of the dashboard, e.g. { from: 0, to: 20 } (brands with an approved plan). */
  progress: { from: number; to: number } | null;
  /** Only brands with overdue milestones. */
  overdue: boolean;
  page: number;
}

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
export const NO_BRAND_ADMIN_FILTERS: BrandAdminFilters = {
  search: '',
  stage: [],
  level: [],
  townId: null,
  progress: null,
  overdue: false,
  page: 1,
};

function parseProgress(raw: string | null): BrandAdminFilters['progress'] {
  const m = raw ? /^(\d{1,3})-(\d{1,3})$/.exec(raw) : null;
  if (!m) {
    return null;
  }
  const [from, to] = [Number(m[1]), Number(m[2])];
  return from < to && to <= 100 ? { from, to } : null;
}

/** Reads the filters from the URL (`?stage=DECLARED&progress=0-20&overdue=1&town=<id>`), ignoring what is malformed. */
export function parseBrandAdminQuery(query: LocationQuery): BrandAdminFilters {
  return {
    search: (single(query.q) ?? '').trim().slice(0, 50),
    stage: pick(values(query.stage), ALL_STAGES),
    level: pick(values(query.level), ALL_LEVELS),
    townId: single(query.town),
    progress: parseProgress(single(query.progress)),
    overdue: single(query.overdue) === '1',
    page: pageOf(query.page),
  };
}

/** The URL query; defaults are left out. */
export function toBrandAdminQuery(f: BrandAdminFilters): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (f.search.trim()) {
    query.q = f.search.trim();
  }
  if (f.stage.length) {
    query.stage = [...f.stage];
  }
  if (f.level.length) {
    query.level = [...f.level];
  }
  if (f.townId) {
    query.town = f.townId;
  }
  if (f.progress) {
    query.progress = `${f.progress.from}-${f.progress.to}`;
  }
  if (f.overdue) {
    query.overdue = '1';
  }
  if (f.page > 1) {
    query.page = String(f.page);
  }
  return query;
}

/** What the server filters (and exports); progress and overdue are worked out from the brands it returns. */
export function toBrandAdminFilter(f: BrandAdminFilters): BrandFilter {
  return {
    ...(f.search.trim() ? { search: f.search.trim() } : {}),
    ...(f.stage.length ? { stage: [...f.stage] } : {}),
    ...(f.level.length ? { level: [...f.level] } : {}),
    ...(f.townId ? { townId: f.townId } : {}),
  };
}

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

/** The filters bound to the route: a change pushes history and starts from the first page. */
export function useBrandAdminFilters() {
  const route = useRoute();
  const router = useRouter();
  const filters = computed(() => parseBrandAdminQuery(route.query));
  return {
    filters,
    update: (patch: Partial<BrandAdminFilters>) =>
      router.push({ query: toBrandAdminQuery({ ...filters.value, ...patch, page: patch.page ?? 1 }) }),
    showMore: () => router.replace({ query: toBrandAdminQuery({ ...filters.value, page: filters.value.page + 1 }) }),
    clear: () => router.push({ query: {} }),
  };
}
