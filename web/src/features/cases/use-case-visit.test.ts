import { describe, expect, it, vi } from 'vitest';

vi.mock('../../router', () => ({ SITE_NAME: '党建品牌创建与展示平台' }));
const { caseDocumentTitle } = await import('./use-case-visit');

describe('a case page’s title', () => {
  it('puts the case title first', () => {
    expect(caseDocumentTitle('“党旗引航”工程')).toBe('“党旗引航”工程 · 典型案例 · 党建品牌创建与展示平台');
    expect(caseDocumentTitle(null)).toBe('典型案例 · 党建品牌创建与展示平台');
  });
});
