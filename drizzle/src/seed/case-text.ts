/**
 * The light markup of the demo case texts (see CaseSeed) turned into the HTML subset the server stores for a
 * case section — `<p>`, `<ul><li>` and `<strong>`, nothing else — and that HTML back into plain text for search.
 */
function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inline(text: string): string {
  return escape(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
}

/** One paragraph per line; neighbouring `- ` lines form one list; `**…**` is bold. */
export function caseHtml(markup: string): string {
  const out: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length > 0) {
      out.push(`<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
      items = [];
    }
  };
  for (const line of markup.split('\n').map((l) => l.trim())) {
    if (line.startsWith('- ')) {
      items.push(inline(line.slice(2).trim()));
    } else if (line.length > 0) {
      flush();
      out.push(`<p>${inline(line)}</p>`);
    }
  }
  flush();
  return out.join('');
}

/** Block-level tags: the text on either side of one is two words; inline tags join their text. */
const BLOCK_TAG = /<\/?(?:p|ul|li)\b/g;

/**
 * The text of a section's HTML, as the server's `plainText` reads it for search tokens: a space before each
 * block tag, tags dropped, entities decoded, white space collapsed.
 */
export function plainText(html: string): string {
  return html
    .replace(BLOCK_TAG, ' $&')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
