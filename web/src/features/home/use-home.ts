import type { RouteLocationRaw } from 'vue-router';
import type { BrandStage, Level, ShowcaseFiguresQuery } from '../../gql/graphql';
import { formatNumber, formatRate } from '../../shared/format';
import { label, LEVEL_LABEL, LEVEL_ORDER, STAGE_LABEL } from '../../shared/labels';

/** Where the home page's search box leads: the case library, searching for the words typed (if any). */
export function caseSearchLocation(text: string): RouteLocationRaw {
  const q = text.trim();
  return q ? { path: '/cases', query: { q } } : { path: '/cases' };
}

export interface WallBrand {
  id: string;
  name: string;
  level?: Level | null;
}

export interface WallRow<T extends WallBrand> {
  level: Level;
  label: string;
  brands: T[];
}

/** Brands with a level, grouped 全国 → 省级 → 市级 → 县级; levels without brands are left out. */
export function groupByLevel<T extends WallBrand>(brands: readonly T[]): WallRow<T>[] {
  return LEVEL_ORDER.map((level) => ({
    level,
    label: label(LEVEL_LABEL, level),
    brands: brands.filter((b) => b.level === level),
  })).filter((row) => row.brands.length > 0);
}

type Figures = ShowcaseFiguresQuery['showcaseFigures'];

export interface StageBar {
  stage: BrandStage;
  label: string;
  count: number;
  /** Bar length relative to the largest stage, 0–100 (a stage with brands is never shorter than 4). */
  width: number;
}

/** The showcase stages as bars for a simple CSS chart. */
export function stageBars(figures: Pick<Figures, 'brandsByStage'>): StageBar[] {
  const max = Math.max(0, ...figures.brandsByStage.map((s) => s.count));
  return figures.brandsByStage.map((s) => ({
    stage: s.stage,
    label: label(STAGE_LABEL, s.stage),
    count: s.count,
    width: max === 0 || s.count === 0 ? 0 : Math.max(4, Math.round((s.count / max) * 100)),
  }));
}

export interface Headline {
  key: string;
  value: string;
  unit: string;
  label: string;
  note: string;
  to: RouteLocationRaw;
}

/** The county's headline figures as big numbers with their labels and a line saying what each counts. */
export function headlines(f: Figures): Headline[] {
  return [
    {
      key: 'brands',
      value: formatNumber(f.showcaseBrands),
      unit: '个',
      label: '党建品牌',
      note: '培育、创建、验收、命名、推广中的品牌',
      to: '/brands',
    },
    {
      key: 'named',
      value: formatNumber(f.namedBrands),
      unit: '个',
      label: '命名品牌',
      note: '已命名和推广的品牌',
      to: { path: '/brands', query: { stage: ['NAMED', 'PROMOTED'] } },
    },
    {
      key: 'cases',
      value: formatNumber(f.publishedCases),
      unit: '篇',
      label: '典型案例',
      note: '已发布的党建精品案例',
      to: '/cases',
    },
    {
      key: 'rectifications',
      value: formatNumber(f.verifiedRectifications),
      unit: `/ ${formatNumber(f.publicRectifications)}`,
      label: '整改销号',
      note: '公开整改事项中已核验销号的',
      to: '/board',
    },
    {
      key: 'satisfaction',
      value: f.satisfactionRate === null || f.satisfactionRate === undefined ? '—' : formatRate(f.satisfactionRate),
      unit: '',
      label: '群众满意度',
      note: f.reviewCount > 0 ? `共 ${formatNumber(f.reviewCount)} 条群众评议` : '尚无群众评议',
      to: '/board',
    },
  ];
}

/**
 * The featured cases in the order the home page shows them: the first one that has a cover photo leads (it is
 * shown full width, where a blank red panel looks broken); the rest keep the order the server gave.
 */
export function withPhotoLead<T extends { cover?: unknown }>(cases: readonly T[]): T[] {
  const lead = cases.findIndex((c) => !!c.cover);
  if (lead <= 0) {
    return [...cases];
  }
  return [cases[lead], ...cases.slice(0, lead), ...cases.slice(lead + 1)];
}
