import type { Context } from '../../core/context';
import type { Page } from '../../core/connection';
import { healthOf, progressOf } from '../brands/brand-rules';
import { canSeeBrand } from '../brands/brand-access';
import { brandPage } from '../brands/brands.service';
import { modelCasePage } from '../case-search/case-search.service';
import type { ModelCaseFilter } from '../case-search/case-search.inputs';
import { inspectionPage } from '../inspections/inspection-listing.service';
import { rectificationPage } from '../rectifications/rectification-listing.service';
import { unitPage } from '../units/units.service';
import { userPage } from '../users/users.service';
import {
  CASE_STATUS_LABEL as CASE_STATUS,
  CATEGORY_LABEL as CATEGORY,
  HEALTH_LABEL as HEALTH,
  INSPECTION_KIND_LABEL as INSPECTION_KIND,
  LEVEL_LABEL as LEVEL,
  RECTIFICATION_STATUS_LABEL as RECTIFICATION_STATUS,
  ROLE_LABEL as ROLE,
  STAGE_LABEL as STAGE,
  TIER_LABEL as TIER,
  UNIT_KIND_LABEL as UNIT_KIND,
} from '@flagship/drizzle/labels';

export type Cell = string | number | null;

export interface Column<N> {
  header: string;
  value(node: N, ctx: Context): Cell | Promise<Cell>;
}

/** One exportable list: its Chinese title, the same paging (and permissions) as its GraphQL query, columns. */
export interface ExportList<N> {
  title: string;
  /** The GraphQL input type the `filter` parameter is checked against (the list query's filter). */
  filterType: string;
  page(ctx: Context, filter: never, first: number, after: string | null): Promise<Page<N>>;
  columns: Column<N>[];
}

/** A list ready to export: its rows, page by page, each page fetched with the viewer's rights. */
export interface Exporter {
  title: string;
  filterType: string;
  headers: string[];
  pages(ctx: Context, filter: unknown, batch: number): AsyncGenerator<Cell[][]>;
}

function exporter<N>(list: ExportList<N>): Exporter {
  return {
    title: list.title,
    filterType: list.filterType,
    headers: list.columns.map((c) => c.header),
    async *pages(ctx, filter, batch) {
      let after: string | null = null;
      for (;;) {
        const page: Page<N> = await list.page(ctx, filter as never, batch, after);
        yield await Promise.all(page.edges.map(({ node }) => Promise.all(list.columns.map((c) => c.value(node, ctx)))));
        if (!page.pageInfo.hasNextPage) {
          return;
        }
        after = page.pageInfo.endCursor;
      }
    },
  };
}

async function unitName(ctx: Context, id: string | null): Promise<string | null> {
  return id ? ((await ctx.loaders.unitById.load(id))?.name ?? null) : null;
}

/** The brand's name when the viewer may see the brand (as the GraphQL `brand` fields answer), else empty. */
async function visibleBrandName(ctx: Context, id: string | null): Promise<string | null> {
  const brand = id ? await ctx.loaders.brandById.load(id) : null;
  return brand && canSeeBrand(ctx, brand) ? brand.name : null;
}

type Node<F extends (...args: never[]) => Promise<Page<unknown>>> = Awaited<ReturnType<F>>['edges'][number]['node'];

const brands: ExportList<Node<typeof brandPage>> = {
  title: '品牌名录',
  filterType: 'BrandFilter',
  page: brandPage as ExportList<Node<typeof brandPage>>['page'],
  columns: [
    { header: '品牌名称', value: (b) => b.name },
    { header: '口号', value: (b) => b.slogan },
    { header: '所属单位', value: (b, ctx) => unitName(ctx, b.unitId) },
    { header: '类别', value: (b) => CATEGORY[b.category] },
    { header: '创建阶段', value: (b) => STAGE[b.stage] },
    { header: '影响级别', value: (b) => (b.level ? LEVEL[b.level] : null) },
    { header: '进度（%）', value: async (b, ctx) => progressOf(await ctx.loaders.milestoneStats.load(b.id)) },
    {
      header: '健康度',
      value: async (b, ctx) => {
        const [milestones, rectifications, lastInspection] = await Promise.all([
          ctx.loaders.milestoneStats.load(b.id),
          ctx.loaders.rectificationStats.load(b.id),
          ctx.loaders.lastInspection.load(b.id),
        ]);
        const h = healthOf({ milestones, rectifications, lastInspection });
        return [HEALTH[h.status], ...h.reasons].join('；');
      },
    },
    { header: '申报时间', value: (b) => b.createdAt.toISOString().slice(0, 10) },
  ],
};

const rectifications: ExportList<Node<typeof rectificationPage>> = {
  title: '整改事项',
  filterType: 'RectificationFilter',
  page: rectificationPage as ExportList<Node<typeof rectificationPage>>['page'],
  columns: [
    { header: '存在问题', value: (r) => r.problem },
    { header: '整改措施', value: (r) => r.measure },
    { header: '整改时限', value: (r) => r.deadline },
    { header: '状态', value: (r) => RECTIFICATION_STATUS[r.status] },
    { header: '是否逾期', value: (r) => (r.overdue ? '逾期' : '') },
    { header: '是否公开', value: (r) => (r.public ? '公开' : '不公开') },
    {
      header: '责任人',
      value: (r) => [r.responsiblePersonValue.name, r.responsiblePersonValue.title].filter(Boolean).join('，'),
    },
    { header: '责任单位', value: (r, ctx) => unitName(ctx, r.unitId) },
    { header: '品牌', value: (r, ctx) => visibleBrandName(ctx, r.brandId) },
  ],
};

const inspections: ExportList<Node<typeof inspectionPage>> = {
  title: '督促检查',
  filterType: 'InspectionFilter',
  page: inspectionPage as ExportList<Node<typeof inspectionPage>>['page'],
  columns: [
    { header: '检查日期', value: (i) => i.date },
    { header: '检查类型', value: (i) => INSPECTION_KIND[i.kind] },
    { header: '被检查单位', value: (i, ctx) => unitName(ctx, i.unitId) },
    { header: '品牌', value: (i, ctx) => visibleBrandName(ctx, i.brandId) },
    { header: '得分', value: (i) => i.score },
    { header: '满分', value: (i) => i.maxScore },
    { header: '检查小结', value: (i) => i.summary },
  ],
};

const units: ExportList<Node<typeof unitPage>> = {
  title: '单位名录',
  filterType: 'UnitFilter',
  page: unitPage as ExportList<Node<typeof unitPage>>['page'],
  columns: [
    { header: '单位名称', value: (u) => u.name },
    { header: '单位类型', value: (u) => UNIT_KIND[u.kind] },
    { header: '上级单位', value: (u, ctx) => unitName(ctx, u.parentId) },
    { header: '当前等次', value: (u) => TIER[u.tier] },
    { header: '年初等次', value: (u) => TIER[u.baselineTier] },
  ],
};

const users: ExportList<Node<typeof userPage>> = {
  title: '用户名单',
  filterType: 'UserFilter',
  page: userPage as ExportList<Node<typeof userPage>>['page'],
  columns: [
    { header: '用户名', value: (u) => u.username },
    { header: '姓名', value: (u) => u.displayName },
    { header: '角色', value: (u) => ROLE[u.role] },
    { header: '所属单位', value: (u, ctx) => unitName(ctx, u.unitId) },
    { header: '状态', value: (u) => (u.disabled ? '已停用' : '正常') },
  ],
};

const casePage = (ctx: Context, filter: ModelCaseFilter | null, first: number, after: string | null) =>
  modelCasePage(ctx, filter, null, first, after);

const cases: ExportList<Node<typeof casePage>> = {
  title: '典型案例',
  filterType: 'ModelCaseFilter',
  page: casePage as ExportList<Node<typeof casePage>>['page'],
  columns: [
    { header: '标题', value: (c) => c.title },
    { header: '摘要', value: (c) => c.summary },
    { header: '所属单位', value: (c, ctx) => unitName(ctx, c.unitId) },
    { header: '品牌', value: (c, ctx) => visibleBrandName(ctx, c.brandId) },
    { header: '认定级别', value: (c) => (c.level ? LEVEL[c.level] : null) },
    { header: '年份', value: (c) => c.year },
    { header: '标签', value: (c) => c.tags.join('、') },
    { header: '状态', value: (c) => CASE_STATUS[c.status] },
    { header: '精选', value: (c) => (c.featured ? '精选' : '') },
    { header: '发布日期', value: (c) => c.publishedAt?.toISOString().slice(0, 10) ?? null },
    { header: '浏览次数', value: (c) => c.viewCount },
  ],
};

/** Every list that can be exported, by the name used in `/exports/<name>.csv`. */
export const EXPORT_LISTS: Record<string, Exporter> = {
  brands: exporter(brands),
  rectifications: exporter(rectifications),
  inspections: exporter(inspections),
  units: exporter(units),
  users: exporter(users),
  cases: exporter(cases),
};
