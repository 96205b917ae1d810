import { describe, expect, it } from 'vitest';
import { escapeHtml, highlight, htmlToText, markText, matcherOf, snippetOf, SNIPPET_LENGTH } from './highlight';

describe('highlight: marks', () => {
  it('marks a two-character search inside a longer title', () => {
    expect(markText('“党旗引航”工程', matcherOf('党旗'))).toBe('“<mark>党旗</mark>引航”工程');
  });

  it('marks a four-character search whole when it appears whole, else each bigram it matched', () => {
    expect(markText('党员服务先锋岗', matcherOf('服务先锋'))).toBe('党员<mark>服务先锋</mark>岗');
    expect(markText('服务群众，争当先锋', matcherOf('服务先锋'))).toBe('<mark>服务</mark>群众，争当<mark>先锋</mark>');
  });

  it('marks a single character, and Latin words case-insensitively at the start of a word only', () => {
    expect(markText('党建引领', matcherOf('党'))).toBe('<mark>党</mark>建引领');
    expect(markText('E家园 home', matcherOf('e'))).toBe('<mark>E</mark>家园 home');
  });

  it('escapes everything that is not a mark, including HTML in the text and in the search', () => {
    expect(markText('<script>alert("党旗")</script>', matcherOf('党旗'))).toBe(
      '&lt;script&gt;alert(&quot;<mark>党旗</mark>&quot;)&lt;/script&gt;',
    );
    expect(markText('a<b>&', matcherOf('<b>'))).toBe('a&lt;<mark>b</mark>&gt;&amp;');
    expect(escapeHtml(`'"`)).toBe('&#39;&quot;');
  });

  it('leaves text unmarked (but escaped) when the search has nothing to match', () => {
    expect(matcherOf('！？…')).toBeNull();
    expect(markText('<i>x</i>', null)).toBe('&lt;i&gt;x&lt;/i&gt;');
  });
});

describe('highlight: snippets', () => {
  it('turns sanitised HTML into plain text', () => {
    expect(htmlToText('<p>一&amp;二</p><ul><li>&lt;三&gt;</li></ul>&#x56DB;&#20116;')).toBe('一&二 <三> 四五');
    expect(htmlToText('<p>a</p><script>evil()</script><p>b</p>')).toBe('a b');
    expect(htmlToText('<p>开展<strong>红色</strong>物业</p><p>服务</p>')).toBe('开展红色物业 服务');
  });

  it('shows about 80 characters around the first match with ellipses where it cut', () => {
    const text = `${'甲'.repeat(100)}党旗引航${'乙'.repeat(100)}`;
    const snippet = snippetOf(text, matcherOf('党旗'));
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('<mark>党旗</mark>');
    expect(snippet.replace(/<\/?mark>|…/g, '')).toHaveLength(SNIPPET_LENGTH);
  });

  it('keeps a match near the end of the text inside the snippet', () => {
    const text = `${'甲'.repeat(200)}服务先锋`;
    const snippet = snippetOf(text, matcherOf('服务先锋'));
    expect(snippet).toMatch(/^…甲+<mark>服务先锋<\/mark>$/);
    expect(snippet.replace(/<\/?mark>|…/g, '')).toHaveLength(SNIPPET_LENGTH);
  });

  it('starts at the beginning when nothing in the body matches (a title-only match)', () => {
    expect(snippetOf('短摘要', matcherOf('党旗'))).toBe('短摘要');
    expect(snippetOf('丙'.repeat(100), matcherOf('党旗'))).toBe(`${'丙'.repeat(SNIPPET_LENGTH)}…`);
  });

  it('never cuts a character outside the Basic Multilingual Plane in half', () => {
    const text = `${'😀'.repeat(60)}党旗`;
    const snippet = snippetOf(text, matcherOf('党旗'));
    expect(snippet).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('highlights the title and the first matching section of the body', () => {
    const hit = highlight('党旗', '<b>党旗</b>引航', ['摘要 <i>', '', htmlToText('<p>背景里有&lt;党旗&gt;</p>')]);
    expect(hit.title).toBe('&lt;b&gt;<mark>党旗</mark>&lt;/b&gt;引航');
    expect(hit.snippet).toBe('摘要 &lt;i&gt; 背景里有&lt;<mark>党旗</mark>&gt;');
  });
});
