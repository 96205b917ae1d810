/** Shared pieces of the case-search tests: a direct-insert case factory and the list and facet operations. */
import { eq } from 'drizzle-orm';
import { brands, modelCases, type BrandCategory, type CaseStatus, type Database, type Level } from '@flagship/drizzle';
import { expect } from 'vitest';
import type { Viewer } from '../../core/context';
import { gql, makeBrand, unique, type GqlResult } from '../../testing';
import { searchColumnsOf } from '../cases/cases.service';
import type { CaseRow } from '../cases/cases.types';

export interface CaseSpec {
  title?: string;
  summary?: string;
  background?: string;
  practice?: string;
  results?: string;
  lessons?: string;
  tags?: string[];
  level?: Level | null;
  year?: number;
  status?: CaseStatus;
  featured?: boolean;
  brandId?: string | null;
  viewCount?: number;
  publishedAt?: Date;
  createdAt?: Date;
}

/**
 * Inserts a case of `unit` directly, with its search columns written by the cases service's own function. Published
 * by default (with `publishedAt`, which the database requires of published cases).
 */
export async function insertCase(db: Database, unit: { id: string }, spec: CaseSpec = {}): Promise<CaseRow> {
  const status = spec.status ?? 'PUBLISHED';
  const c = {
    title: spec.title ?? unique('测试案例'),
    summary: spec.summary ?? '测试用案例摘要',
    background: spec.background ?? '<p>背景</p>',
    practice: spec.practice ?? '<p>做法</p>',
    results: spec.results ?? '<p>成效</p>',
    lessons: spec.lessons ?? '<p>启示</p>',
    tags: spec.tags ?? [],
  };
  const [row] = await db
    .insert(modelCases)
    .values({
      ...c,
      level: spec.level ?? null,
      year: spec.year ?? 2024,
      status,
      featured: spec.featured ?? false,
      brandId: spec.brandId ?? null,
      unitId: unit.id,
      viewCount: spec.viewCount ?? 0,
      publishedAt: status === 'PUBLISHED' ? (spec.publishedAt ?? new Date()) : null,
      createdAt: spec.createdAt ?? new Date(),
      ...searchColumnsOf({ ...c, level: spec.level ?? null, year: spec.year ?? 2024 }),
    })
    .returning();
  return row;
}

/** A showcase brand of `unit` in `category`. */
export async function brandIn(db: Database, unit: Parameters<typeof makeBrand>[1], category: BrandCategory) {
  const row = await makeBrand(db, unit, 'BUILDING');
  await db.update(brands).set({ category }).where(eq(brands.id, row.id));
  return row.id;
}

/** `minutes` minutes after a fixed day, for cases whose order must be known. */
export function at(minutes: number): Date {
  return new Date(Date.UTC(2024, 0, 1, 0, minutes));
}

export const LIST_CASES = `query($filter: ModelCaseFilter, $sort: ModelCaseSort, $first: Int, $after: String) {
  modelCases(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id title status highlight { title snippet } }
  } }`;

export interface CasePage {
  ids: string[];
  titles: string[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  nodes: { id: string; title: string; status: string; highlight: { title: string; snippet: string } | null }[];
}

/** Runs `modelCases` as `viewer` (null: anonymous) and fails the test on errors. */
export async function listCases(
  db: Database,
  viewer: Viewer | null,
  filter: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Promise<CasePage> {
  const result = await gql(db, viewer, LIST_CASES, { filter, first: 100, ...extra });
  expect(result.errors).toBeUndefined();
  const page = result.data!.modelCases;
  return {
    nodes: page.nodes,
    ids: page.nodes.map((n: { id: string }) => n.id),
    titles: page.nodes.map((n: { title: string }) => n.title),
    totalCount: page.totalCount,
    hasNextPage: page.pageInfo.hasNextPage,
    endCursor: page.pageInfo.endCursor,
  };
}

/** Every page of a list, `size` at a time, following `endCursor`. */
export async function allPages(
  db: Database,
  viewer: Viewer | null,
  filter: Record<string, unknown>,
  sort: string | null,
  size: number,
): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i += 1) {
    const page = await listCases(db, viewer, filter, { sort, first: size, after });
    ids.push(...page.ids);
    if (!page.hasNextPage) {
      return ids;
    }
    after = page.endCursor;
  }
  throw new Error('pagination did not end');
}

export const FACETS = `query($filter: ModelCaseFilter) { modelCaseFacets(filter: $filter) {
  level { value label count } category { value label count } year { value label count }
  tag { value label count } town { value label count } } }`;

export type Facets = Record<
  'level' | 'category' | 'year' | 'tag' | 'town',
  { value: string; label: string; count: number }[]
>;

/** Runs `modelCaseFacets` as `viewer` and fails the test on errors. */
export async function facetsOf(db: Database, viewer: Viewer | null, filter: Record<string, unknown>): Promise<Facets> {
  const result: GqlResult = await gql(db, viewer, FACETS, { filter });
  expect(result.errors).toBeUndefined();
  return result.data!.modelCaseFacets as Facets;
}
