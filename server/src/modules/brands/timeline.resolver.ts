import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context';
import { pageSize, toPage } from '../../core/connection';
import { nestedKey } from '../../core/nested-page';
import { decodeTypedCursor } from '../../core/pagination';
import { toUser, User } from '../users/users.types';
import { canSeeBrandPrivate } from './brand-access';
import { Brand, StageChange, TimelineEvent, TimelineEventConnection, toTimelineEvent } from './brands.types';
import { listTimeline, type TimelineRow } from './timeline.repository';

/** Who made a change: only for those who may see the brand's private parts. */
async function actorOf(ctx: Context, brandId: string, actorId: string | null): Promise<User | null> {
  const brand = actorId ? await ctx.loaders.brandById.load(brandId) : null;
  if (!actorId || !brand || !canSeeBrandPrivate(ctx, brand)) {
    return null;
  }
  const row = await ctx.loaders.userById.load(actorId);
  return row ? toUser(row) : null;
}

@Resolver(() => Brand)
export class BrandTimelineResolver {
  @FieldResolver(() => TimelineEventConnection, { description: '进展动态（由新到旧）；公众只见公开动态' })
  async timeline(
    @Root() brand: Brand,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const limit = pageSize(first);
    const cursor = decodeTypedCursor(after, ['time', 'int']);
    const variant = canSeeBrandPrivate(ctx, brand) ? 'all' : 'public';
    let rows: TimelineRow[];
    if (cursor) {
      rows = await listTimeline(ctx.db, brand.id, variant === 'public', limit, cursor);
    } else {
      const ids = await ctx.loaders.timelinePages.load(nestedKey(brand.id, limit, variant));
      rows = (await ctx.loaders.timelineById.loadMany(ids)).filter(
        (r): r is TimelineRow => r !== null && !(r instanceof Error),
      );
    }
    return TimelineEventConnection.of(
      toPage(
        rows,
        limit,
        (r) => [r.at.toISOString(), r.seq],
        toTimelineEvent,
        () => ctx.loaders.timelineCounts.load(`${brand.id}|${variant}`),
      ),
    );
  }
}

@Resolver(() => TimelineEvent)
export class TimelineEventResolver {
  @FieldResolver(() => User, { nullable: true, description: '操作人（公众和其他单位不可见）' })
  actor(@Root() event: TimelineEvent, @Ctx() ctx: Context): Promise<User | null> {
    return actorOf(ctx, event.brandId, event.actorId);
  }
}

@Resolver(() => StageChange)
export class StageChangeResolver {
  @FieldResolver(() => User, { nullable: true, description: '操作人（公众和其他单位不可见）' })
  actor(@Root() change: StageChange, @Ctx() ctx: Context): Promise<User | null> {
    return actorOf(ctx, change.brandId, change.actorId);
  }
}
