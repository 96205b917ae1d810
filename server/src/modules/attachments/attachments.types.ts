import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { AttachmentRow } from './attachments.repository';

@ObjectType({ description: '附件、佐证材料（图片或 PDF）' })
export class Attachment {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '上传时的文件名' })
  filename!: string;

  @Field(() => String, { description: '由文件内容判定的类型，如 image/png、application/pdf' })
  contentType!: string;

  @Field(() => Int, { description: '字节数' })
  size!: number;

  @Field(() => String, { description: '下载地址（GET，按所属事项的可见范围控制访问）' })
  url!: string;

  @Field(() => Date)
  createdAt!: Date;
}

/** The GraphQL view of an attachment row. */
export function toAttachment(row: AttachmentRow): Attachment {
  return Object.assign(new Attachment(), {
    id: row.id,
    filename: row.filename,
    contentType: row.contentType,
    size: row.size,
    url: `/files/${row.id}`,
    createdAt: row.createdAt,
  });
}
