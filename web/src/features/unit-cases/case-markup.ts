/**
 * A case section is typed as light markup and stored as the HTML subset the server keeps (see the server's
 * `caseRichTextRules`): one paragraph per line, neighbouring `- ` lines form a list, `**…**` is bold — the same
 * markup the demo county's cases are written in.
 */

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inline(text: string): string {
  return escape(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
}

/** The HTML of a section typed as markup; blank lines separate nothing more than a line break does. */
export function markupToHtml(markup: string): string {
  const out: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length > 0) {
      out.push(`<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
      items = [];
    }
  };
  for (const line of markup.split('\n').map((l) => l.trim())) {
    if (/^[-•]\s+/.test(line)) {
      items.push(inline(line.replace(/^[-•]\s+/, '')));
    } else if (line.length > 0) {
      flush();
      out.push(`<p>${inline(line)}</p>`);
    }
  }
  flush();
  return out.join('');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function decode(text: string): string {
  return text.replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name] ?? whole);
}

/**
 * The markup of stored HTML, for editing: paragraphs and headings become lines, list items `- ` lines, bold
 * `**…**`; other tags keep only their text. `markupToHtml(htmlToMarkup(h))` gives `h` back for HTML this
 * editor wrote.
 */
export function htmlToMarkup(html: string): string {
  const text = html
    .replace(/\r?\n/g, ' ')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<(?:p|h[1-6]|blockquote|div)\b[^>]*>/gi, '\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:strong|b)\b[^>]*>/gi, '**')
    .replace(/<[^>]*>/g, '');
  return decode(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && line !== '-')
    .join('\n');
}

/** The readable text of markup (no list marks or bold marks), to count what a reader reads. */
export function markupText(markup: string): string {
  return markup
    .split('\n')
    .map((l) => l.trim().replace(/^[-•]\s+/, ''))
    .join('')
    .replace(/\*\*/g, '');
}
