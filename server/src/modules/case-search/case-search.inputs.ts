import { Field, ID, InputType, Int } from 'type-graphql';
import type {
  BrandCategory as BrandCategoryValue,
  CaseStatus as CaseStatusValue,
  Level as LevelValue,
} from '@flagship/drizzle';
import { BrandCategory, CaseStatus, Level } from '../../core/enums';

@InputType({ description: '典型案例筛选条件；各条件同时满足' })
export class ModelCaseFilter {
  @Field(() => String, { nullable: true, description: '全文搜索（标题、摘要、正文、标签），不超过 50 个字' })
  search?: string | null;

  @Field(() => [Level], { nullable: true, description: '认定级别（任一）' })
  level?: LevelValue[] | null;

  @Field(() => [BrandCategory], { nullable: true, description: '所属品牌的类别（任一）；未关联品牌的案例不在其中' })
  category?: BrandCategoryValue[] | null;

  @Field(() => ID, { nullable: true, description: '单位及其下级单位（如某镇及其各村）' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: '标签（完全一致）' })
  tag?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => Boolean, { nullable: true, description: '是否精选' })
  featured?: boolean | null;

  @Field(() => [CaseStatus], {
    nullable: true,
    description: '状态（任一），供领导的审核队列使用；只在查看者可见的范围内筛选',
  })
  status?: CaseStatusValue[] | null;
}
