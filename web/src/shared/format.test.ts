import { describe, expect, it } from 'vitest';
import { formatClock, formatDay, formatNumber, formatRate, formatTime } from './format';

describe('Chinese formatting', () => {
  it('writes days and times the Chinese way, in Beijing time', () => {
    expect(formatDay('2026-11-26')).toBe('2026年11月26日');
    expect(formatDay(null)).toBe('—');
    expect(formatTime('2026-11-26T01:30:00.000Z')).toBe('2026年11月26日 09:30');
  });

  it('groups numbers and writes rates as percentages', () => {
    expect(formatNumber(12345)).toBe('12,345');
    expect(formatRate(0.8734)).toBe('87.3%');
    expect(formatRate(null)).toBe('—');
  });

  it('writes a time of day in Beijing time', () => {
    expect(formatClock('2026-11-26T01:30:00.000Z')).toBe('09:30');
    expect(formatClock(null)).toBe('—');
  });
});
