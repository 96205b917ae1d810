import sanitizeHtml from 'sanitize-html';

/** The documented subset of HTML a case section may hold; shown to clients by `caseRichTextRules`. */
export const RICH_TEXT_SUBSET = [
  '案例正文（背景、做法、成效、经验启示）为 HTML，保存时由服务器净化，只保留以下内容：',
  '标签 p、br、ul、ol、li、strong、b、em、i、blockquote、h3、h4、a、img；',
  'a 只保留 href，且只允许 http、https、mailto 或站内相对地址，并自动加上 rel="noopener noreferrer" 和 target="_blank"；',
  'img 只保留 src 和 alt，且 src 必须是本平台的附件地址（/files/<附件编号>），否则整张图片被删除；',
  '其余标签（连同 script、style 的内容）、属性（style、class、on* 事件等）以及 javascript:、data: 等地址一律删除，',
  '被删除标签中的文字保留为普通文本。',
].join('');

/** Images may show only our own files: `/files/<uuid>`. */
const ATTACHMENT_SRC = /^\/files\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'blockquote', 'h3', 'h4', 'a', 'img'],
  // rel and target are listed only so that the values set by transformTags survive; any the user sent are replaced.
  allowedAttributes: { a: ['href', 'rel', 'target'], img: ['src', 'alt'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  allowedStyles: {},
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: {
        ...(attribs.href ? { href: attribs.href } : {}),
        rel: 'noopener noreferrer',
        target: '_blank',
      },
    }),
    img: (tagName, attribs) => ({
      tagName,
      attribs: ATTACHMENT_SRC.test(attribs.src ?? '') ? attribs : {},
    }),
  },
  // An image without an accepted source is dropped whole (an <img> with no src is useless).
  exclusiveFilter: (frame) => frame.tag === 'img' && !ATTACHMENT_SRC.test(frame.attribs.src ?? ''),
};

/** The HTML reduced to RICH_TEXT_SUBSET: nothing in the result can run script in a reader's browser. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Block-level tags: the text on either side of one is two words, not one (inline tags join their text). */
const BLOCK_TAG = /<\/?(?:p|br|li|ul|ol|blockquote|h[1-6]|div|img|tr|td|th)\b/gi;

/** The readable text of (sanitised) HTML, for search tokens and the "non-empty" check. */
export function plainText(html: string): string {
  const stripped = sanitizeHtml(html.replace(BLOCK_TAG, ' $&'), { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(stripped).replace(/\s+/g, ' ').trim();
}
