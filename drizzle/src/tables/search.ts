import { sql } from 'drizzle-orm';
import { customType, text } from 'drizzle-orm/pg-core';

/** PostgreSQL full-text vector. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Chinese full-text search without a segmenter: the server writes each text as tokens — every CJK character
 * and every pair of neighbouring characters (bigrams), plus lower-cased Latin words and numbers — into
 * `search_title` and `search_body`; the database keeps a weighted `tsvector` of them (title 'A', body 'C')
 * under a GIN index. A query of two or more characters becomes its bigrams joined by AND, so `党旗` finds
 * 党旗引航 in PGlite and PostgreSQL alike (a trigram index could not serve two characters).
 */
export const searchColumns = () => ({
  searchTitle: text().notNull().default(''),
  searchBody: text().notNull().default(''),
  searchVector: tsvector()
    .notNull()
    .generatedAlwaysAs(
      sql`setweight(to_tsvector('simple'::regconfig, search_title), 'A') || setweight(to_tsvector('simple'::regconfig, search_body), 'C')`,
    ),
});
