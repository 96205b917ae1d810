import { desc, getTableColumns, sql } from 'drizzle-orm';
import { modelCases, type Database } from '@flagship/drizzle';

/** Most similar cases `ModelCase.similar` returns. */
export const MAX_SIMILAR = 20;

/**
 * The `limit` published cases most similar to each of `caseIds`, in one statement (a LATERAL subquery per
 * source case). Score: 3 per shared tag, 2 for the same brand category, 2 for the same brand, 1 for the same
 * level, plus `ts_rank` of the other case's text against an OR of the source title's bigrams; only cases
 * scoring above 0, the source itself never; ties newest first. Rows come ordered by source, then rank.
 */
export function similarCases(db: Database, caseIds: readonly string[], limit: number) {
  const ids = sql.join(
    caseIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const ranked = sql`(
    select s.id as source_id, x.id as similar_id, x.score from model_cases s
    left join brands sb on sb.id = s.brand_id
    cross join lateral (
      select to_tsquery('simple', string_agg(distinct t, ' | ')) as q
      from unnest(string_to_array(s.search_title, ' ')) as t where char_length(t) >= 2
    ) as title
    cross join lateral (
      select * from (
        select o.id, o.published_at, o.created_at,
          (case when o.tags && s.tags
              then 3 * cardinality(array(select unnest(o.tags) intersect select unnest(s.tags))) else 0 end
            + case when ob.category = sb.category then 2 else 0 end
            + case when o.brand_id = s.brand_id then 2 else 0 end
            + case when o.level = s.level then 1 else 0 end
            + case when o.search_vector @@ title.q then ts_rank(o.search_vector, title.q) else 0 end)::float8 as score
        from model_cases o left join brands ob on ob.id = o.brand_id
        where o.status = 'PUBLISHED' and o.id <> s.id
        offset 0
      ) as candidate
      where candidate.score > 0
      order by candidate.score desc, candidate.published_at desc, candidate.created_at desc, candidate.id desc
      limit ${limit}
    ) as x
    where s.id in (${ids})
  ) as ranked`;
  return db
    .select({ ...getTableColumns(modelCases), sourceId: sql<string>`ranked.source_id` })
    .from(modelCases)
    .innerJoin(ranked, sql`ranked.similar_id = ${modelCases.id}`)
    .orderBy(
      sql`ranked.source_id`,
      sql`ranked.score desc`,
      desc(modelCases.publishedAt),
      desc(modelCases.createdAt),
      desc(modelCases.id),
    );
}
