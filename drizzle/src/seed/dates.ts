/**
 * Date helpers of the demo seed. Everything is placed relative to one day, `today` (YYYY-MM-DD, Beijing time),
 * so that the demo county looks alive whatever day it is started on. A moment is counted in minutes from
 * `today` 09:00 +08:00; a day offset `d` is the moment `d * DAY`.
 */
export const DAY = 1440;

const YMD = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in Asia/Shanghai as YYYY-MM-DD. */
export function shanghaiToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Checks a YYYY-MM-DD string and returns it. */
export function checkDay(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  if (!YMD.test(day) || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== day) {
    throw new Error(`seedDemo: today must be a YYYY-MM-DD date, got "${day}"`);
  }
  return day;
}

/** Adds whole days to a YYYY-MM-DD date (computed in UTC, so no daylight-saving surprises). */
export function addDays(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Turns moments (minutes from today 09:00 Beijing time) into dates and timestamps. */
export class Clock {
  readonly today: string;
  readonly year: number;
  private readonly base: number;

  constructor(today: string) {
    this.today = checkDay(today);
    this.year = Number(today.slice(0, 4));
    this.base = Date.parse(`${today}T09:00:00+08:00`);
  }

  /** The timestamp of a moment. */
  at(moment: number): Date {
    return new Date(this.base + moment * 60_000);
  }

  /** The Beijing date (YYYY-MM-DD) of a moment; moments stay within working hours of their day. */
  day(moment: number): string {
    return addDays(this.today, Math.floor(moment / DAY));
  }

  /** The year of a moment. */
  yearOf(moment: number): number {
    return Number(this.day(moment).slice(0, 4));
  }

  /** Day offset of a YYYY-MM-DD date from today. */
  offset(day: string): number {
    return daysBetween(this.today, day);
  }
}
