import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { RectificationStatus as RectificationStatusValue } from '@flagship/drizzle';
import { RectificationStatus } from '../../core/enums';
import { DONE_EVIDENCE_RULE, NOTE_MAX } from './rectification-rules';

@InputType({ description: '整改事项筛选；公众只能看到公开事项（无论是否指定 publicOnly）' })
export class RectificationFilter {
  @Field(() => [RectificationStatus], { nullable: true })
  status?: RectificationStatusValue[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true：已过整改时限且尚未核验的事项；false：其余事项（按当天日期计算）',
  })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '只看向群众公开的事项' })
  publicOnly?: boolean | null;

  @Field(() => ID, { nullable: true, description: '责任单位（仅该单位本身，不含下级）' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: '镇（街道）等上级单位：含其下全部单位的事项（公开栏按镇筛选）' })
  townId?: string | null;

  @Field(() => ID, { nullable: true })
  brandId?: string | null;
}

@InputType({
  description:
    '责任单位更新整改进展。允许的状态变化：待整改 → 整改中，待整改 → 已整改，整改中 → 已整改；' +
    `其他变化（含直接标记为已核验）一律拒绝。${DONE_EVIDENCE_RULE}`,
})
export class RectificationUpdateInput {
  @Field(() => RectificationStatus)
  status!: RectificationStatusValue;

  @Field(() => String, { nullable: true, description: '整改说明（标记"已整改"时必填）' })
  @IsOptional()
  @MaxLength(NOTE_MAX, { message: `整改说明不能超过 ${NOTE_MAX} 个字` })
  note?: string | null;

  @Field(() => [ID], { nullable: true, description: '佐证材料（本人上传、尚未使用的附件 id）' })
  @IsOptional()
  @ArrayMaxSize(20, { message: '佐证材料最多 20 个' })
  attachmentIds?: string[] | null;
}
