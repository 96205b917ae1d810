import { IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import type {
  BrandCategory as BrandCategoryValue,
  BrandStage as BrandStageValue,
  FiveHaves as FiveHavesValue,
  Level as LevelValue,
} from '@flagship/drizzle';
import { BrandCategory, BrandStage, FiveHaves, Level } from '../../core/enums';

@InputType()
export class BrandFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50, { message: '搜索词不能超过 50 个字' })
  search?: string | null;

  @Field(() => [BrandStage], { nullable: true })
  stage?: BrandStageValue[] | null;

  @Field(() => [Level], { nullable: true })
  level?: LevelValue[] | null;

  @Field(() => [BrandCategory], { nullable: true })
  category?: BrandCategoryValue[] | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: '镇（街道）等上级单位：含其下全部单位的品牌（品牌名录按镇筛选）' })
  townId?: string | null;
}

@InputType()
export class CreateBrandInput {
  @Field(() => String)
  @Length(1, 60, { message: '品牌名称应为 1 到 60 个字' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: '口号不能超过 100 个字' })
  slogan?: string | null;

  @Field(() => String)
  @Length(1, 2000, { message: '品牌简介应为 1 到 2000 个字' })
  summary!: string;

  @Field(() => BrandCategory)
  category!: BrandCategoryValue;

  @Field(() => ID, { nullable: true, description: '所属单位；创建单位用户可省略（默认本单位），管理员必填' })
  unitId?: string | null;
}

@InputType()
export class UpdateBrandInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 60, { message: '品牌名称应为 1 到 60 个字' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: '口号不能超过 100 个字' })
  slogan?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000, { message: '品牌简介应为 1 到 2000 个字' })
  summary?: string | null;

  @Field(() => BrandCategory, { nullable: true })
  category?: BrandCategoryValue | null;
}

@InputType()
export class FiveHaveInput {
  @Field(() => FiveHaves)
  item!: FiveHavesValue;

  @Field(() => Boolean)
  met!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: '佐证说明不能超过 1000 个字' })
  evidence?: string | null;
}

/** How a brand list is ordered. */
export const BrandSort = { NEWEST: 'NEWEST', LEVEL: 'LEVEL' } as const;
export type BrandSortValue = keyof typeof BrandSort;
registerEnumType(BrandSort, {
  name: 'BrandSort',
  description: '品牌排序：NEWEST 最新申报、LEVEL 影响级别从高到低（搜索时按相关度）',
});
