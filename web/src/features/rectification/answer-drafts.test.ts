import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../unit/memory-storage';
import { draftStore } from './answer-drafts';

describe('typed answers kept in the browser', () => {
  it('keeps the note per item and kind until it is cleared', () => {
    const storage = memoryStorage();
    const answer = draftStore('answer', 'r1', storage);
    answer.save('已更换标识牌');
    expect(draftStore('answer', 'r1', storage).load()).toBe('已更换标识牌');
    expect(draftStore('answer', 'r2', storage).load()).toBe('');
    expect(draftStore('verdict', 'r1', storage).load()).toBe('');
    answer.clear();
    expect(answer.load()).toBe('');
  });

  it('forgets a note that was emptied, and works without storage', () => {
    const storage = memoryStorage();
    const answer = draftStore('answer', 'r1', storage);
    answer.save('x');
    answer.save('   ');
    expect(storage.length).toBe(0);
    const none = draftStore('answer', 'r1', undefined);
    none.save('x');
    expect(none.load()).toBe('');
  });
});
