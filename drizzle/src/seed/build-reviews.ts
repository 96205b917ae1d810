import { createHash } from 'node:crypto';
import type { PublicRating, RectificationStatus } from '../tables/enums';
import type { SeedContext } from './context';
import { DAY } from './dates';
import { REVIEW_CLIENTS, REVIEW_COMMENTS } from './data/reviews';
import { seedFraction, seedId } from './ids';

/** Shares of SATISFIED and BASICALLY_SATISFIED (the rest UNSATISFIED) by what the public board shows. */
const MIX: Record<RectificationStatus | 'OVERDUE', [number, number]> = {
  VERIFIED: [0.72, 1],
  DONE: [0.5, 0.92],
  IN_PROGRESS: [0.4, 0.88],
  OPEN: [0.35, 0.85],
  OVERDUE: [0.15, 0.5],
};

/** The demo client key of client n: a hex SHA-256, like the keyed hash the server stores instead of an address. */
export function demoClientKey(n: number): string {
  return createHash('sha256').update(`demo-client-${n}`).digest('hex');
}

/**
 * 群众评议 of one public rectification: 0–8 ratings by distinct clients (so at most one per client and day),
 * each on a day from when the item was raised (and made public) up to yesterday.
 */
export function buildReviews(
  ctx: SeedContext,
  rectificationId: string,
  raisedDay: number,
  shown: RectificationStatus | 'OVERDUE',
): void {
  const { clock, rows } = ctx;
  const count = Math.floor(seedFraction(`reviews:${rectificationId}`) * 9);
  const firstClient = Math.floor(seedFraction(`review-client:${rectificationId}`) * REVIEW_CLIENTS);
  const span = -raisedDay;
  const [satisfied, basically] = MIX[shown];
  for (let j = 0; j < count; j += 1) {
    const day = raisedDay + Math.floor(seedFraction(`review-day:${rectificationId}:${j}`) * span);
    const r = seedFraction(`review-rating:${rectificationId}:${j}`);
    const rating: PublicRating = r < satisfied ? 'SATISFIED' : r < basically ? 'BASICALLY_SATISFIED' : 'UNSATISFIED';
    const c = seedFraction(`review-comment:${rectificationId}:${j}`);
    const pool = REVIEW_COMMENTS[rating];
    rows.publicReviews.push({
      id: seedId(`review:${rectificationId}:${j}`),
      rectificationId,
      rating,
      comment: c < 0.55 ? pool[Math.floor((c / 0.55) * pool.length)] : null,
      // 7 is coprime with the number of clients, so the clients of one item are distinct.
      clientKey: demoClientKey((firstClient + j * 7) % REVIEW_CLIENTS),
      day: clock.day(day * DAY),
      createdAt: clock.at(day * DAY + 600 + j),
    });
  }
}
