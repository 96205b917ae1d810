import { describe, expect, it } from 'vitest';
import { safeRedirect } from './redirect';

describe('safeRedirect', () => {
  it('returns to a portal path and refuses anything else', () => {
    expect(safeRedirect('/brands/1?tab=plan')).toBe('/brands/1?tab=plan');
    expect(safeRedirect('//evil.example/x')).toBe('/workspace');
    expect(safeRedirect('https://evil.example')).toBe('/workspace');
    expect(safeRedirect('/login')).toBe('/workspace');
    expect(safeRedirect(undefined)).toBe('/workspace');
    expect(safeRedirect(['/a'])).toBe('/workspace');
  });
});
