import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type {
  BranchForm as BranchFormValue,
  UnitKind as UnitKindValue,
  UnitTier as UnitTierValue,
} from '@flagship/drizzle';
import { Connection } from '../../core/connection';
import { BranchForm, UnitKind, UnitTier } from '../../core/enums';
import type { UnitRow, UnitTierChangeRow } from './units.repository';

@ObjectType({ description: '基层党组织、责任单位' })
export class Unit {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => UnitKind)
  kind!: UnitKindValue;

  @Field(() => UnitTier)
  tier!: UnitTierValue;

  @Field(() => UnitTier, { description: '年初基准等次（用于转化提升统计）' })
  baselineTier!: UnitTierValue;

  @Field(() => BranchForm, { nullable: true })
  branchForm!: BranchFormValue | null;

  parentId!: string | null;
  path!: string;

  @Field(() => Int)
  version!: number;
}

export const UnitConnection = Connection('Unit', Unit);

@ObjectType({ description: '单位等次变更记录' })
export class UnitTierChange {
  @Field(() => ID)
  id!: string;

  @Field(() => UnitTier, { nullable: true })
  fromTier!: UnitTierValue | null;

  @Field(() => UnitTier)
  toTier!: UnitTierValue;

  @Field(() => String)
  reason!: string;

  changedBy!: string | null;

  @Field(() => Date)
  changedAt!: Date;
}

@InputType()
export class UnitFilter {
  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => [UnitKind], { nullable: true })
  kind?: UnitKindValue[] | null;

  @Field(() => [UnitTier], { nullable: true })
  tier?: UnitTierValue[] | null;

  @Field(() => [UnitTier], {
    nullable: true,
    description: '年初等次（转化提升的基准）：如年初后进的单位，含已转化的',
  })
  baselineTier?: UnitTierValue[] | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}

/** Maps a database row to the GraphQL object (the one place this module does so). */
export function toUnit(row: UnitRow): Unit {
  return Object.assign(new Unit(), row);
}

export function toTierChange(row: UnitTierChangeRow): UnitTierChange {
  return Object.assign(new UnitTierChange(), row);
}
