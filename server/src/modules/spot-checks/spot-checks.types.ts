import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../core/connection';
import type { SpotCheckDrawItemRow, SpotCheckDrawRow } from './spot-checks.repository';

@ObjectType({ description: '抽查抽签：一次有记录、可复现的加权随机抽取' })
export class SpotCheckDraw {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '随机种子；同一种子、同一候选范围抽取结果相同' })
  seed!: number;

  @Field(() => Int, { description: '要求抽取的数量（候选不足时全部抽中）' })
  count!: number;

  @Field(() => Int, { description: '抽取时的候选品牌数' })
  candidates!: number;

  @Field(() => String, { description: '抽取时适用的规则' })
  rule!: string;

  @Field(() => Date)
  createdAt!: Date;

  drawnById!: string | null;
}

export const SpotCheckDrawConnection = Connection('SpotCheckDraw', SpotCheckDraw);

@ObjectType({ description: '抽中的一个品牌；检查完成前为待抽查' })
export class SpotCheckDrawItem {
  @Field(() => ID)
  id!: string;

  @Field(() => Float, { description: '抽取权重' })
  weight!: number;

  @Field(() => [String], { description: '权重构成' })
  reasons!: string[];

  @Field(() => Int, { description: '抽中顺序（从 0 开始）' })
  position!: number;

  @Field(() => Boolean, { description: '已完成抽查' })
  done!: boolean;

  drawId!: string;
  brandId!: string;
  unitId!: string;
  inspectionId!: string | null;
}

export function toSpotCheckDraw(row: SpotCheckDrawRow): SpotCheckDraw {
  return Object.assign(new SpotCheckDraw(), {
    id: row.id,
    seed: row.seed,
    count: row.count,
    candidates: row.candidates,
    rule: row.rule,
    createdAt: row.createdAt,
    drawnById: row.drawnBy,
  });
}

export function toSpotCheckDrawItem(row: SpotCheckDrawItemRow): SpotCheckDrawItem {
  return Object.assign(new SpotCheckDrawItem(), row);
}
