import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { ModelCaseSort } from '../../core/enums';
import { Brand } from '../brands/brands.types';
import { ModelCase } from '../cases/cases.types';
import { ModelCaseFilter } from './case-search.inputs';
import { facet, modelCaseFacets, modelCasePage, similarTo } from './case-search.service';
import { BrandHighlight, CaseHighlight, FacetCount, ModelCaseConnection, ModelCaseFacets } from './case-search.types';
import type { CaseSort } from './case-sorts';
import { highlight, htmlToText } from './highlight';
import { searchOf } from './search-hits';

@Resolver(() => ModelCase)
export class ModelCaseSearchResolver {
  @Query(() => ModelCaseConnection, {
    description:
      '典型案例列表：公众只见已发布的案例，创建单位另见本单位全部案例，领导、督查员、管理员可见全部；有搜索词时默认按相关度排序',
  })
  async modelCases(
    @Ctx() ctx: Context,
    @Arg('filter', () => ModelCaseFilter, { nullable: true }) filter?: ModelCaseFilter,
    @Arg('sort', () => ModelCaseSort, { nullable: true, description: '默认：有搜索词时 RELEVANCE，否则 NEWEST' })
    sort?: CaseSort,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ModelCaseConnection.of(await modelCasePage(ctx, filter, sort, first, after));
  }

  @Query(() => ModelCaseFacets, {
    description: '典型案例的分面统计（级别、类别、年份、标签、镇），与列表使用相同的筛选条件',
  })
  async modelCaseFacets(
    @Ctx() ctx: Context,
    @Arg('filter', () => ModelCaseFilter, { nullable: true }) filter?: ModelCaseFilter,
  ): Promise<ModelCaseFacets> {
    return modelCaseFacets(ctx, filter);
  }

  @FieldResolver(() => CaseHighlight, { nullable: true, description: '搜索命中的高亮（不是搜索结果时为 null）' })
  highlight(@Root() modelCase: ModelCase): CaseHighlight | null {
    const search = searchOf(modelCase);
    if (search === undefined) {
      return null;
    }
    const { summary, background, practice, results, lessons } = modelCase;
    const sections = [background, practice, results, lessons].map(htmlToText);
    return highlight(search, modelCase.title, [summary, ...sections]);
  }

  @FieldResolver(() => [ModelCase], {
    description: '最相似的已发布案例（共同标签、同类别、同品牌、同级别、标题文字相近），不含本案例',
  })
  similar(
    @Root() modelCase: ModelCase,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 5, description: '数量，0 到 20（默认 5）' })
    first?: number | null,
  ): Promise<ModelCase[]> {
    return similarTo(ctx, modelCase, first ?? 5);
  }
}

@Resolver(() => ModelCaseFacets)
export class ModelCaseFacetsResolver {
  @FieldResolver(() => [FacetCount], { description: '认定级别（由高到低；未认定的不计）' })
  level(@Root() facets: ModelCaseFacets, @Ctx() ctx: Context) {
    return facet(ctx, facets.query, 'level');
  }

  @FieldResolver(() => [FacetCount], { description: '所属品牌的类别（未关联品牌的不计）' })
  category(@Root() facets: ModelCaseFacets, @Ctx() ctx: Context) {
    return facet(ctx, facets.query, 'category');
  }

  @FieldResolver(() => [FacetCount], { description: '年份（由近到远）' })
  year(@Root() facets: ModelCaseFacets, @Ctx() ctx: Context) {
    return facet(ctx, facets.query, 'year');
  }

  @FieldResolver(() => [FacetCount], { description: '最常用的 30 个标签' })
  tag(@Root() facets: ModelCaseFacets, @Ctx() ctx: Context) {
    return facet(ctx, facets.query, 'tag');
  }

  @FieldResolver(() => [FacetCount], { description: '所在镇（街道）：值为镇党委的单位 ID，可作为 unitId 筛选' })
  town(@Root() facets: ModelCaseFacets, @Ctx() ctx: Context) {
    return facet(ctx, facets.query, 'town');
  }
}

@Resolver(() => Brand)
export class BrandSearchResolver {
  @FieldResolver(() => BrandHighlight, { nullable: true, description: '搜索命中的高亮（不是搜索结果时为 null）' })
  highlight(@Root() brand: Brand): BrandHighlight | null {
    const search = searchOf(brand);
    if (search === undefined) {
      return null;
    }
    const hit = highlight(search, brand.name, [brand.slogan ?? '', brand.summary]);
    return { name: hit.title, snippet: hit.snippet };
  }
}
