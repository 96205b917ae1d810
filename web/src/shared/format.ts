const CHINA = 'Asia/Shanghai';

const dayFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: CHINA, year: 'numeric', month: 'long', day: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: CHINA,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** `2026-11-26` → 2026年11月26日 (a calendar day, no time zone shift). */
export function formatDay(day: string | null | undefined): string {
  if (!day) {
    return '—';
  }
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** An ISO instant as Beijing time: 2026年11月26日 09:30. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? timeFormat.format(new Date(iso)) : '—';
}

/** An ISO instant as its Beijing calendar day. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dayFormat.format(new Date(iso)) : '—';
}

/** 1234 → 1,234 in Chinese grouping. */
export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : n.toLocaleString('zh-CN');
}

/** 0.873 → 87.3%. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 1000) / 10}%`;
}

const clockFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: CHINA,
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An ISO instant as Beijing time of day: 09:30. */
export function formatClock(iso: string | null | undefined): string {
  return iso ? clockFormat.format(new Date(iso)) : '—';
}
