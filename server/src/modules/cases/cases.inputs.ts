import { Field, ID, InputType, Int } from 'type-graphql';
import type { Level as LevelValue } from '@flagship/drizzle';
import { Level } from '../../core/enums';

const HTML = '（HTML，只保留 caseRichTextRules 所述的安全子集，1–20000 个字符，且须有文字）';

@InputType({
  description:
    '典型案例的内容。创建单位只能为本单位、本单位的品牌编写；领导可为任一单位编写；督查员和管理员不能编写案例。',
})
export class ModelCaseInput {
  @Field(() => String, { description: '标题（1–60 个字）' })
  title!: string;

  @Field(() => String, { description: '摘要（纯文本，1–300 个字）' })
  summary!: string;

  @Field(() => String, { description: `背景${HTML}` })
  background!: string;

  @Field(() => String, { description: `做法${HTML}` })
  practice!: string;

  @Field(() => String, { description: `成效${HTML}` })
  results!: string;

  @Field(() => String, { description: `经验启示${HTML}` })
  lessons!: string;

  @Field(() => [String], { description: '标签（至多 10 个，每个 1–12 个字；去除首尾空格和重复）' })
  tags!: string[];

  @Field(() => Level, { nullable: true, description: '认定的影响级别' })
  level?: LevelValue | null;

  @Field(() => Int, { description: '年份（2000 年至今年）' })
  year!: number;

  @Field(() => ID, { nullable: true, description: '所属品牌；创建单位只能选本单位的品牌' })
  brandId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '所属单位；创建单位默认为本单位；领导须填写，或由所选品牌确定（须与品牌所属单位一致）',
  })
  unitId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: '新增的照片（本人上传、尚未使用的附件）；已属于本案例的照片可再次传入，不会重复关联',
  })
  attachmentIds?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: '从本案例取下的照片（须为本案例的照片；文件不删除，只是不再属于本案例、不再公开）',
  })
  removeAttachmentIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: '封面：本次传入或已属于本案例的一张图片；不填则无封面' })
  coverAttachmentId?: string | null;
}
