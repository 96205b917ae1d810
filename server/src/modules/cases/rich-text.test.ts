import { describe, expect, it } from 'vitest';
import { plainText, RICH_TEXT_SUBSET, sanitizeRichText } from './rich-text';

const FILE = '/files/0b9f4a8e-2c1d-4e5f-8a7b-1c2d3e4f5a6b';

describe('sanitizeRichText', () => {
  it('removes script elements with their content', () => {
    expect(sanitizeRichText('<p>前</p><script>alert(1)</script><p>后</p>')).toBe('<p>前</p><p>后</p>');
  });

  it('drops an image that is not one of our attachments, and its event handler', () => {
    const out = sanitizeRichText('<p>图<img src=x onerror=alert(1)></p>');
    expect(out).toBe('<p>图</p>');
    expect(out).not.toMatch(/img|onerror|alert/);
  });

  it('keeps our attachment images with src and alt only', () => {
    expect(sanitizeRichText(`<img src="${FILE}" alt="活动" onload="x()" width="9">`)).toBe(
      `<img src="${FILE}" alt="活动" />`,
    );
    expect(sanitizeRichText(`<img src="https://evil.example${FILE}">`)).toBe('');
    expect(sanitizeRichText(`<img src="data:image/png;base64,AAAA">`)).toBe('');
  });

  it('drops javascript: and data: links but keeps the text', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java&#115;cript:alert(1)',
      ' javascript:x',
      'data:text/html,<b>x</b>',
    ]) {
      const out = sanitizeRichText(`<a href="${href}">x</a>`);
      expect(out).not.toMatch(/href|javascript|data:/i);
      expect(out).toBe('<a rel="noopener noreferrer" target="_blank">x</a>');
    }
  });

  it('keeps http(s), mailto and relative links, forcing rel and target', () => {
    expect(sanitizeRichText('<a href="https://example.cn/a?b=1" rel="opener" target="_self" class="c">链接</a>')).toBe(
      '<a href="https://example.cn/a?b=1" rel="noopener noreferrer" target="_blank">链接</a>',
    );
    expect(sanitizeRichText('<a href="mailto:a@b.cn">信</a>')).toContain('href="mailto:a@b.cn"');
    expect(sanitizeRichText('<a href="/brands/1">站内</a>')).toContain('href="/brands/1"');
    expect(sanitizeRichText('<a href="//evil.example/x">外</a>')).not.toContain('href');
  });

  it('strips style, event handlers and every other attribute', () => {
    expect(sanitizeRichText('<p style="color:red" onclick="steal()" class="x" id="y">段落</p>')).toBe('<p>段落</p>');
  });

  it('keeps nested allowed tags and unwraps disallowed ones', () => {
    const html =
      '<ul><li><strong>一<em>二</em></strong></li></ul><blockquote><h3>标题</h3><h4>小标题</h4></blockquote>';
    expect(sanitizeRichText(html)).toBe(html);
    expect(sanitizeRichText('<div><span>文字</span><h1>大</h1></div><iframe src="https://x"></iframe>')).toBe('文字大');
    expect(sanitizeRichText('<style>p{}</style><svg onload="x()"><p>a</p></svg>')).not.toMatch(/style|svg|onload/);
  });

  it('escapes text that looks like markup', () => {
    expect(sanitizeRichText('1 < 2 &amp; <b>3</b>')).toBe('1 &lt; 2 &amp; <b>3</b>');
  });

  it('is idempotent', () => {
    const once = sanitizeRichText('<p><a href="https://a.cn">a</a><img src="x" onerror="y"></p>');
    expect(sanitizeRichText(once)).toBe(once);
  });

  it('documents the subset', () => {
    expect(RICH_TEXT_SUBSET).toContain('/files/');
    expect(RICH_TEXT_SUBSET).toContain('javascript:');
  });
});

describe('plainText', () => {
  it('is the words without tags, entities decoded, blocks separated', () => {
    expect(plainText('<p>党旗<b>引航</b></p><p>服务&amp;先锋&nbsp;!</p>')).toBe('党旗引航 服务&先锋 !');
  });

  it('is empty for markup without words', () => {
    expect(plainText(`<p><br /></p><img src="${FILE}" />`)).toBe('');
  });
});
