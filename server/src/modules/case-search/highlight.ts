/**
 * Highlighted search results computed in TypeScript (PostgreSQL's ts_headline knows nothing of our bigrams).
 * Output is plain text in which every match is wrapped in `<mark>…</mark>` and everything else is HTML-escaped,
 * so nothing a user wrote can become markup.
 */

/** Same character classes as the tokenizer (drizzle/src/search-tokens.ts). */
const RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+/g;
const CJK = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Characters of context shown around the first match. */
export const SNIPPET_LENGTH = 80;
const BEFORE_MATCH = 20;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML-escapes text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function bigrams(run: string): string[] {
  const chars = [...run];
  return chars.slice(1).map((c, i) => chars[i] + c);
}

/**
 * A matcher for the words of a search: each CJK run whole and, failing that, its bigrams (what the index
 * matched); each Latin word or number at the start of a word (prefix search). Longest alternatives first.
 * Null when the search has nothing to match.
 */
export function matcherOf(search: string): RegExp | null {
  const cjk = new Set<string>();
  const latin = new Set<string>();
  for (const run of search.normalize('NFKC').toLowerCase().match(RUN) ?? []) {
    if (CJK.test(run)) {
      [run, ...bigrams(run)].forEach((t) => cjk.add(t));
    } else {
      latin.add(run);
    }
  }
  const byLength = (a: string, b: string) => b.length - a.length;
  const parts = [...[...cjk].sort(byLength), ...[...latin].sort(byLength).map((w) => `(?<![a-z0-9])${w}`)];
  return parts.length > 0 ? new RegExp(parts.join('|'), 'giu') : null;
}

/** Escapes `text` and wraps every match of `matcher` in `<mark>`, merging neighbouring marks. */
export function markText(text: string, matcher: RegExp | null): string {
  if (!matcher) {
    return escapeHtml(text);
  }
  let out = '';
  let last = 0;
  for (const m of text.matchAll(matcher)) {
    out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return (out + escapeHtml(text.slice(last))).replaceAll('</mark><mark>', '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Block-level tags separate words; inline tags (strong, a…) join their text, as the search tokens do. */
const BLOCK_TAG = /<\/?(?:p|br|li|ul|ol|blockquote|h[1-6]|div|img|tr|td|th)\b[^>]*>/gi;

/** Plain text of (sanitised) HTML: tags dropped, entities decoded, white space collapsed. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(BLOCK_TAG, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Moves an index off the second half of a surrogate pair. */
function onCodePoint(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index + 1 : index;
}

/**
 * About SNIPPET_LENGTH characters of `text` around the first match, escaped and marked, with `…` where it was
 * cut; the start of the text when nothing matches.
 */
export function snippetOf(text: string, matcher: RegExp | null): string {
  const first = matcher ? new RegExp(matcher.source, 'iu').exec(text) : null;
  let start = first ? Math.max(0, first.index - BEFORE_MATCH) : 0;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (first) {
    end = Math.max(end, first.index + first[0].length);
    start = Math.max(0, Math.min(start, end - SNIPPET_LENGTH));
  }
  start = onCodePoint(text, start);
  end = onCodePoint(text, end);
  const cut = text.slice(start, end);
  return `${start > 0 ? '…' : ''}${markText(cut, matcher)}${end < text.length ? '…' : ''}`;
}

/** A title and the plain-text parts of a body (see `htmlToText` for HTML), highlighted for `search`. */
export function highlight(search: string, title: string, body: string[]): { title: string; snippet: string } {
  const matcher = matcherOf(search);
  const text = body
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .join(' ');
  return { title: markText(title, matcher), snippet: snippetOf(text, matcher) };
}
