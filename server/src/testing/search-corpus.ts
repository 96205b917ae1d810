import { sql } from 'drizzle-orm';
import { searchTokens, type Database } from '@flagship/drizzle';

/**
 * Two-character words for synthetic titles and summaries. None contains a character of the searched words
 * below, so a searched word appears only where a corpus title puts it.
 */
const WORDS = (
  '乡村 振兴 治理 红色 物业 美丽 家园 示范 连心 便民 清风 廉洁 产业 致富 文明 实践 邻里 和谐 生态 宜居 ' +
  '智慧 社区 志愿 温暖 初心 使命 人才 培育 法治 建设 平安 守护 青年 创业 老兵 驿站 书记 工作 阵地 课堂'
).split(' ');
const SUFFIXES = ['工程', '工作法', '行动', '模式', '品牌'];

/** Words a corpus search looks for, each in exactly one of the 200 titles: 0.5 % of the cases. */
export const CORPUS_SEARCHES = ['党旗', '服务先锋', '网格', '党旗引航'] as const;

const TITLE_COUNT = 200;
const SUMMARY_COUNT = 50;

function titles(): [string, string][] {
  const list = Array.from({ length: TITLE_COUNT }, (_, i) => {
    const a = WORDS[i % WORDS.length];
    const b = WORDS[(i * 7 + 3) % WORDS.length];
    return `${a}${b}${SUFFIXES[Math.floor(i / WORDS.length) % SUFFIXES.length]}`;
  });
  list.splice(0, 3, '“党旗引航”工程', '党员服务先锋岗', '网格化治理模式');
  return list.map((t) => [t, searchTokens(t)]);
}

function summaries(): [string, string][] {
  return Array.from({ length: SUMMARY_COUNT }, (_, i) => {
    const words = [0, 1, 2, 3].map((k) => WORDS[(i * 3 + k * 11) % WORDS.length]);
    const text = `以${words[0]}${words[1]}为抓手，推动${words[2]}与${words[3]}深度融合。`;
    return [text, searchTokens(text)];
  });
}

/**
 * Inserts `count` varied model cases of `unitIds` in ONE statement (`insert … select generate_series`): 200
 * titles and 50 summaries with their search tokens, tags, levels, years; every tenth case a draft. Then runs
 * ANALYZE so the planner knows the table.
 */
export async function seedSearchCorpus(db: Database, unitIds: string[], count = 10_000): Promise<void> {
  await db.execute(sql`
    with title as (
      select ord, value->>0 as text, value->>1 as tokens
      from jsonb_array_elements(${JSON.stringify(titles())}::jsonb) with ordinality as e(value, ord)
    ), summary as (
      select ord, value->>0 as text, value->>1 as tokens
      from jsonb_array_elements(${JSON.stringify(summaries())}::jsonb) with ordinality as e(value, ord)
    ), unit as (
      select ord, value #>> '{}' as id
      from jsonb_array_elements(${JSON.stringify(unitIds)}::jsonb) with ordinality as e(value, ord)
    )
    insert into model_cases (title, summary, background, practice, results, lessons, tags, level, year, status,
      published_at, view_count, unit_id, search_title, search_body, created_at)
    select title.text, summary.text, '<p>' || summary.text || '</p>', '<p>做法</p>', '<p>成效</p>', '<p>启示</p>',
      array['标签' || (g % 40), '专题' || (g % 7)],
      (array['COUNTY', 'CITY', 'PROVINCE', 'NATIONAL', null])[1 + g % 5],
      2015 + g % 10,
      case when g % 10 = 0 then 'DRAFT' else 'PUBLISHED' end,
      case when g % 10 = 0 then null else now() - make_interval(mins => g) end,
      (g * 37) % 1000,
      unit.id::uuid,
      title.tokens,
      summary.tokens || ' 标签' || (g % 40) || ' 专题' || (g % 7),
      now() - make_interval(mins => g)
    from generate_series(1, ${count}::int) as g
    join title on title.ord = 1 + g % ${TITLE_COUNT}::int
    join summary on summary.ord = 1 + (g / 7) % ${SUMMARY_COUNT}::int
    join unit on unit.ord = 1 + g % ${unitIds.length}::int`);
  await db.execute(sql`analyze model_cases`);
}
