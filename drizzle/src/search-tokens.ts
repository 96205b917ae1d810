/**
 * Tokens for Chinese full-text search without a segmenter (see tables/search.ts). CJK text becomes every
 * character and every pair of neighbours; Latin letters and digits become lower-case words. Tokens contain
 * only CJK characters, a–z and 0–9, so they are safe to join into a tsquery.
 */
const RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+/g;
const CJK = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

function runsOf(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(RUN) ?? [];
}

function bigrams(run: string): string[] {
  const chars = [...run];
  return chars.slice(1).map((c, i) => chars[i] + c);
}

/** The tokens of a text, space-separated, for a `search_title` / `search_body` column. */
export function searchTokens(...texts: (string | null | undefined)[]): string {
  const tokens: string[] = [];
  for (const run of texts.flatMap((t) => runsOf(t ?? ''))) {
    if (CJK.test(run)) {
      tokens.push(...run, ...bigrams(run));
    } else {
      tokens.push(run);
    }
  }
  return tokens.join(' ');
}

/**
 * A user's search as a `to_tsquery('simple', …)` string, or null when it has nothing searchable: each CJK run
 * of two or more characters must contain all its bigrams, a single character itself; Latin words match as
 * prefixes; all parts are joined by AND.
 */
export function searchQuery(query: string): string | null {
  const parts: string[] = [];
  for (const run of runsOf(query)) {
    if (CJK.test(run)) {
      parts.push(...([...run].length === 1 ? [run] : bigrams(run)));
    } else {
      parts.push(`${run}:*`);
    }
  }
  return parts.length > 0 ? [...new Set(parts)].join(' & ') : null;
}
