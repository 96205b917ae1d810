import { describe, expect, it } from 'vitest';
import { searchQuery, searchTokens } from './search-tokens';

describe('search tokens', () => {
  it('writes CJK text as characters and bigrams, Latin as lower-case words, and drops punctuation', () => {
    expect(searchTokens('“党旗引航”工程')).toBe('党 旗 引 航 党旗 旗引 引航 工 程 工程');
    expect(searchTokens('E家 2026', null)).toBe('e 家 2026');
  });

  it('turns a query into the bigrams it must contain', () => {
    expect(searchQuery('党旗')).toBe('党旗');
    expect(searchQuery('服务先锋')).toBe('服务 & 务先 & 先锋');
    expect(searchQuery('党')).toBe('党');
    expect(searchQuery('网格 E家')).toBe('网格 & e:* & 家');
    expect(searchQuery("'); drop table x; --")).toBe('drop:* & table:* & x:*');
    expect(searchQuery('！？…')).toBeNull();
  });
});
