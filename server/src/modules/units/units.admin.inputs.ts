import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type {
  BranchForm as BranchFormValue,
  UnitKind as UnitKindValue,
  UnitTier as UnitTierValue,
} from '@flagship/drizzle';
import { BranchForm, UnitKind, UnitTier } from '../../core/enums';

@InputType()
export class CreateUnitInput {
  @Field(() => String)
  @Length(1, 100, { message: '单位名称应为 1 到 100 个字' })
  name!: string;

  @Field(() => UnitKind)
  kind!: UnitKindValue;

  @Field(() => ID, { description: '上级单位' })
  parentId!: string;

  @Field(() => BranchForm, { nullable: true, description: '特色党支部形式' })
  branchForm?: BranchFormValue | null;

  @Field(() => UnitTier, { nullable: true, description: '等次（默认一般），同时作为年初基准' })
  tier?: UnitTierValue | null;
}

@InputType()
export class UpdateUnitInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100, { message: '单位名称应为 1 到 100 个字' })
  name?: string | null;

  @Field(() => UnitKind, { nullable: true })
  kind?: UnitKindValue | null;

  @Field(() => ID, { nullable: true, description: '移动到新的上级单位（连同下级一起移动）' })
  parentId?: string | null;

  @Field(() => BranchForm, { nullable: true })
  branchForm?: BranchFormValue | null;

  @Field(() => Boolean, { nullable: true, description: '清除特色党支部形式' })
  clearBranchForm?: boolean | null;
}
