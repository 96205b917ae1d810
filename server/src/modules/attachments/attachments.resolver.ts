import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { Milestone } from '../plans/plans.types';
import { subjectKey } from './attachments.repository';
import { Attachment, toAttachment } from './attachments.types';

/** The attachments module's fields on Milestone: the evidence of its progress reports. */
@Resolver(() => Milestone)
export class MilestoneAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: '节点进展报告所附的佐证材料' })
  async attachments(@Root() milestone: Milestone, @Ctx() ctx: Context): Promise<Attachment[]> {
    const rows = await ctx.loaders.attachmentsBySubject.load(subjectKey('MILESTONE', milestone.id));
    return rows.map(toAttachment);
  }
}
