import type { PublicRating, RectificationStatus } from '../../gql/graphql';

/** The steps an item goes through, in order (GLOSSARY.md: 待整改 → 整改中 → 已整改待核验 → 已核验). */
export const STATUS_STEPS: readonly RectificationStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED'];

/** Today's calendar day in Beijing as `YYYY-MM-DD` (the day on which the server decides what is overdue). */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** Whole days from `deadline` to `today` (both `YYYY-MM-DD`); 0 or less when the deadline has not passed. */
export function daysPast(deadline: string, today: string): number {
  const toUtc = (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(today) - toUtc(deadline)) / 86_400_000);
}

/** How an overdue item's deadline reads: “已逾期 12 天” (the server's `overdue` flag decides whether it is). */
export function overdueText(deadline: string, today: string): string {
  const days = daysPast(deadline, today);
  return days > 0 ? `已逾期 ${days} 天` : '已逾期';
}

export interface RatingShare {
  rating: PublicRating;
  count: number;
  /** Share of all ratings, 0–100, for the bar width. */
  percent: number;
}

/** Counts and shares of each rating for the satisfaction bars, in the order 满意, 基本满意, 不满意. */
export function ratingShares(summary: {
  total: number;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
}): RatingShare[] {
  const share = (count: number) => (summary.total > 0 ? Math.round((count / summary.total) * 1000) / 10 : 0);
  return [
    { rating: 'SATISFIED', count: summary.satisfied, percent: share(summary.satisfied) },
    { rating: 'BASICALLY_SATISFIED', count: summary.basicallySatisfied, percent: share(summary.basicallySatisfied) },
    { rating: 'UNSATISFIED', count: summary.unsatisfied, percent: share(summary.unsatisfied) },
  ];
}

/** The latest reviews that carry a comment, newest first (the server sends them newest first). */
export function latestComments<T extends { comment: string | null }>(
  reviews: readonly T[],
  limit = 3,
): (T & { comment: string })[] {
  return reviews.filter((r): r is T & { comment: string } => Boolean(r.comment?.trim())).slice(0, limit);
}
