import { createHmac } from 'node:crypto';
import type { PublicRating } from '@flagship/drizzle';
import { flagshipSecret } from '../../config';
import type { Context } from '../../core/context';
import { badInput, notFound, rateLimited } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { mutate } from '../../core/mutation';
import { blockedFor, hit, type ThrottleRule } from '../auth/throttle';
import { charLength, cleanComment, COMMENT_MAX } from './rectification-rules';
import {
  insertAnonymousAudit,
  insertReview,
  reviewSummaryWithin,
  type PublicReviewRow,
  type RatingCounts,
} from './rectifications.repository';

/** Twenty ratings from one client within an hour block that client for an hour (counted in the database). */
export const REVIEWS_PER_CLIENT: ThrottleRule = { limit: 20, windowSeconds: 3600, blockSeconds: 3600 };

/**
 * The key a client's ratings are counted under: HMAC-SHA256 of its address with the server secret, so the
 * address is never stored and the key means nothing without the secret.
 */
export function clientKeyOf(clientIp: string, secret: string = flagshipSecret()): string {
  return createHmac('sha256', secret).update(clientIp).digest('hex');
}

function throttleKey(clientKey: string): string {
  return `review:client:${clientKey}`;
}

/**
 * 群众评议: anyone, logged in or not, rates a public item once per day; the comment is plain text (control
 * characters removed, trimmed, at most COMMENT_MAX characters). A client may rate at most
 * REVIEWS_PER_CLIENT.limit times per window. Both limits live in the database, so they hold across processes.
 */
export async function reviewRectification(
  ctx: Context,
  id: string,
  rating: PublicRating,
  rawComment: string | null | undefined,
): Promise<PublicReviewRow> {
  const comment = cleanComment(rawComment);
  if (comment && charLength(comment) > COMMENT_MAX) {
    throw badInput({ comment: `评议意见不能超过 ${COMMENT_MAX} 个字` });
  }
  const item = isUuid(id) ? await ctx.loaders.rectificationById.load(id) : null;
  if (!item?.public) {
    throw notFound('公开的整改事项');
  }
  const clientKey = clientKeyOf(ctx.clientIp);
  const wait = await blockedFor(ctx.db, throttleKey(clientKey), ctx.now);
  if (wait > 0) {
    throw rateLimited(`评议过于频繁，请 ${Math.ceil(wait / 60)} 分钟后再试`);
  }
  return mutate(ctx, async ({ tx }) => {
    const row = await insertReview(tx, { rectificationId: item.id, rating, comment, clientKey, day: ctx.today });
    if (!row) {
      throw rateLimited('您今天已经评议过这个整改事项了，每个事项每天只能评议一次，请明天再来评议');
    }
    await hit(tx, throttleKey(clientKey), REVIEWS_PER_CLIENT, ctx.now);
    await insertAnonymousAudit(tx, {
      action: 'reviewRectification',
      entity: 'rectification',
      entityId: item.id,
      data: { reviewId: row.id, rating, commented: comment !== null },
    });
    return row;
  });
}

/** Rating counts over the public items of a unit's subtree, or of the whole county when `unitId` is omitted. */
export async function publicReviewSummary(ctx: Context, unitId: string | null | undefined): Promise<RatingCounts> {
  if (unitId === null || unitId === undefined) {
    return reviewSummaryWithin(ctx.db, null);
  }
  const unit = isUuid(unitId) ? await ctx.loaders.unitById.load(unitId) : null;
  if (!unit) {
    throw notFound('单位');
  }
  return reviewSummaryWithin(ctx.db, unit.path);
}
