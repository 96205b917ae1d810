import { describe, expect, it } from 'vitest';
import { coverAfterRemoval } from './case-cover';

describe('the case cover when a photo is taken off', () => {
  it('keeps the cover when another photo goes', () => {
    expect(coverAfterRemoval('a', 'b', ['a', 'c'])).toBe('a');
  });

  it('moves the cover to the first photo left when the cover goes', () => {
    expect(coverAfterRemoval('a', 'a', ['b', 'c'])).toBe('b');
    expect(coverAfterRemoval('a', 'a', ['a', 'c'])).toBe('c');
  });

  it('leaves no cover when no photo is left', () => {
    expect(coverAfterRemoval('a', 'a', [])).toBe('');
    expect(coverAfterRemoval('a', 'a', ['a'])).toBe('');
  });
});
