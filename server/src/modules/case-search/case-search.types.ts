import { Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../core/connection';
import { ModelCase } from '../cases/cases.types';
import type { CaseQuery } from './case-search.repository';

export const ModelCaseConnection = Connection('ModelCase', ModelCase);

@ObjectType({
  description: '搜索命中的高亮：命中处以 <mark>…</mark> 标出，其余内容均已做 HTML 转义，可直接作为 HTML 显示',
})
export class CaseHighlight {
  @Field(() => String, { description: '标题' })
  title!: string;

  @Field(() => String, { description: '摘要及正文中首个命中处前后约 80 字（纯文本）' })
  snippet!: string;
}

@ObjectType({ description: '品牌搜索命中的高亮：命中处以 <mark>…</mark> 标出，其余内容均已做 HTML 转义' })
export class BrandHighlight {
  @Field(() => String, { description: '品牌名称' })
  name!: string;

  @Field(() => String, { description: '口号及简介中首个命中处前后约 80 字' })
  snippet!: string;
}

@ObjectType({ description: '分面的一个取值及其案例数，如「省级 (12)」' })
export class FacetCount {
  @Field(() => String, { description: '筛选时使用的值（枚举值、年份、标签或镇的单位 ID）' })
  value!: string;

  @Field(() => String, { description: '中文名称' })
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({
  description: '典型案例的分面统计：与列表相同的可见范围和筛选条件，每个分面不计自身维度的筛选',
})
export class ModelCaseFacets {
  /** The validated query; null when the search has nothing searchable (every facet is then empty). */
  query!: CaseQuery | null;
}
