import { describe, expect, it } from 'vitest';
import { htmlToMarkup, markupText, markupToHtml } from './case-markup';

describe('case markup', () => {
  it('turns lines into paragraphs, dash lines into one list and **…** into bold, escaping the rest', () => {
    const html = markupToHtml('村里有 <b>1200</b> 人\n\n- 党员**包片**\n- 每周走访\n结果 & 成效');
    expect(html).toBe(
      '<p>村里有 &lt;b&gt;1200&lt;/b&gt; 人</p><ul><li>党员<strong>包片</strong></li><li>每周走访</li></ul><p>结果 &amp; 成效</p>',
    );
  });

  it('reads stored HTML back as markup, and round-trips what it wrote', () => {
    const markup = '背景一段\n- 第一条**重点**\n- 第二条\n结尾 <script> & “引号”';
    expect(htmlToMarkup(markupToHtml(markup))).toBe(markup);
    expect(markupToHtml(htmlToMarkup(markupToHtml(markup)))).toBe(markupToHtml(markup));
  });

  it('keeps the text of headings, quotes and line breaks of HTML written elsewhere', () => {
    expect(htmlToMarkup('<h3>标题</h3><blockquote>引用</blockquote><p>一<br>二</p><ol><li>甲</li></ol>')).toBe(
      '标题\n引用\n一\n二\n- 甲',
    );
  });

  it('counts the text a reader reads, not the marks', () => {
    expect(markupText('- **重点**\n  \n')).toBe('重点');
    expect(markupText('-\n**')).toBe('-');
  });
});
