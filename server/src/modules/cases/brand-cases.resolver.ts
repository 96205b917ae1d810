import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { audienceOf, mayRead } from '../attachments/attachment-access';
import { subjectKey } from '../attachments/attachments.repository';
import { Attachment, toAttachment } from '../attachments/attachments.types';
import { Brand, LevelChange } from '../brands/brands.types';
import { canSeeCase } from './case-access';
import { ModelCase, toModelCase } from './cases.types';

/** The cases module's field on Brand: the brand's model cases. */
@Resolver(() => Brand)
export class BrandModelCasesResolver {
  @FieldResolver(() => [ModelCase], {
    description: '品牌的典型案例（由新到旧）：公众只见已发布的；本单位和领导、督查员、管理员另见未发布的',
  })
  async modelCases(@Root() brand: Brand, @Ctx() ctx: Context): Promise<ModelCase[]> {
    const rows = await ctx.loaders.casesByBrandId.load(brand.id);
    return rows.filter((r) => canSeeCase(ctx, r)).map(toModelCase);
  }
}

/** The evidence a level promotion cites: a published model case and the recognising document. */
@Resolver(() => LevelChange)
export class LevelChangeEvidenceResolver {
  @FieldResolver(() => ModelCase, { nullable: true, description: '作为佐证的典型案例' })
  async case(@Root() change: LevelChange, @Ctx() ctx: Context): Promise<ModelCase | null> {
    const row = change.caseId ? await ctx.loaders.caseById.load(change.caseId) : null;
    return row && canSeeCase(ctx, row) ? toModelCase(row) : null;
  }

  @FieldResolver(() => Attachment, { nullable: true, description: '上传的认定文件（按品牌的可见范围）' })
  async document(@Root() change: LevelChange, @Ctx() ctx: Context): Promise<Attachment | null> {
    if (!change.documentAttachmentId) {
      return null;
    }
    const files = await ctx.loaders.attachmentsBySubject.load(subjectKey('BRAND', change.brandId));
    const file = files.find((f) => f.id === change.documentAttachmentId);
    return file && mayRead(ctx.viewer, file, await audienceOf(ctx, 'BRAND', change.brandId))
      ? toAttachment(file)
      : null;
  }
}
