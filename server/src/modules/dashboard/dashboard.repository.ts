import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '@flagship/drizzle';

/**
 * Aggregates for the dashboard, each one SQL statement over a unit subtree (`path` prefix of the materialised
 * unit path; `'/'` for the whole county). Nothing is loaded row by row into Node.
 */
function inScope(unitIdColumn: SQL, pathPrefix: string): SQL {
  return sql`${unitIdColumn} in (select id from units where path like ${pathPrefix + '%'})`;
}

async function rows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export function brandsByStage(db: Database, path: string) {
  return rows<{ stage: string; n: number }>(
    db,
    sql`select stage, count(*)::int as n from brands where ${inScope(sql`unit_id`, path)} group by stage`,
  );
}

export function brandsByLevel(db: Database, path: string) {
  return rows<{ level: string; n: number }>(
    db,
    sql`select level, count(*)::int as n from brands
        where level is not null and stage <> 'WITHDRAWN' and ${inScope(sql`unit_id`, path)} group by level`,
  );
}

/** Progress of every brand with an approved plan, bucketed by 20 points (100 falls in the last bucket). */
export function progressBuckets(db: Database, path: string) {
  return rows<{ bucket: number; n: number }>(
    db,
    sql`select least(floor(p.progress / 20), 4)::int as bucket, count(*)::int as n from (
          select m.brand_id, 100 * coalesce(sum(m.weight) filter (where m.status = 'DONE'), 0) / nullif(sum(m.weight), 0) as progress
          from milestones m
          join plans pl on pl.id = m.plan_id and pl.status = 'APPROVED'
          join brands b on b.id = m.brand_id and b.stage <> 'WITHDRAWN'
          where ${inScope(sql`b.unit_id`, path)}
          group by m.brand_id
        ) p group by 1`,
  );
}

export async function overdueMilestones(db: Database, path: string, today: string): Promise<number> {
  const [row] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from milestones m
        join plans pl on pl.id = m.plan_id and pl.status = 'APPROVED'
        join brands b on b.id = m.brand_id and b.stage <> 'WITHDRAWN'
        where m.status <> 'DONE' and m.due_date < ${today}::date and ${inScope(sql`b.unit_id`, path)}`,
  );
  return row.n;
}

export async function rectificationFigures(db: Database, path: string, today: string) {
  const [row] = await rows<{ total: number; verified: number; open: number; overdue: number }>(
    db,
    sql`select count(*)::int as total,
          (count(*) filter (where status = 'VERIFIED'))::int as verified,
          (count(*) filter (where status <> 'VERIFIED'))::int as open,
          (count(*) filter (where status <> 'VERIFIED' and deadline < ${today}::date))::int as overdue
        from rectifications where ${inScope(sql`unit_id`, path)}`,
  );
  return row;
}

/** Average score in percent of the inspectors' checks (self-inspections excluded). */
export async function averageInspectionScore(db: Database, path: string): Promise<number | null> {
  const [row] = await rows<{ avg: number | null }>(
    db,
    sql`select avg(100 * score / nullif(max_score, 0))::float8 as avg from inspections
        where kind <> 'SELF' and ${inScope(sql`unit_id`, path)}`,
  );
  return row.avg === null ? null : Number(row.avg);
}

/** Inspections per month (YYYY-MM) from `since`, by kind, with the inspectors' average score. */
export function inspectionsByMonth(db: Database, path: string, since: string) {
  return rows<{ month: string; n: number; regular: number; spot: number; self: number; avg: number | null }>(
    db,
    sql`select to_char(date, 'YYYY-MM') as month, count(*)::int as n,
          (count(*) filter (where kind = 'REGULAR'))::int as regular,
          (count(*) filter (where kind = 'SPOT'))::int as spot,
          (count(*) filter (where kind = 'SELF'))::int as self,
          (avg(100 * score / nullif(max_score, 0)) filter (where kind <> 'SELF'))::float8 as avg
        from inspections where date >= ${since}::date and ${inScope(sql`unit_id`, path)}
        group by 1 order by 1`,
  );
}

export async function satisfaction(db: Database, path: string) {
  const [row] = await rows<{ total: number; satisfied: number; basically: number; unsatisfied: number }>(
    db,
    sql`select count(*)::int as total,
          (count(*) filter (where pr.rating = 'SATISFIED'))::int as satisfied,
          (count(*) filter (where pr.rating = 'BASICALLY_SATISFIED'))::int as basically,
          (count(*) filter (where pr.rating = 'UNSATISFIED'))::int as unsatisfied
        from public_reviews pr join rectifications r on r.id = pr.rectification_id
        where ${inScope(sql`r.unit_id`, path)}`,
  );
  return row;
}

/** Grassroots units (not county or town committees) by baseline tier and current tier. */
export function tierMatrix(db: Database, path: string) {
  return rows<{ baseline: string; tier: string; n: number }>(
    db,
    sql`select baseline_tier as baseline, tier, count(*)::int as n from units
        where kind not in ('COUNTY_COMMITTEE', 'TOWN_COMMITTEE') and path like ${path + '%'}
        group by 1, 2`,
  );
}

/** Showcase brands (past DECLARED, not WITHDRAWN) of the whole county by stage. */
export function showcaseBrandsByStage(db: Database, stages: readonly string[]) {
  return rows<{ stage: string; n: number }>(
    db,
    sql`select stage, count(*)::int as n from brands
        where stage in (${sql.join(
          stages.map((s) => sql`${s}`),
          sql`, `,
        )}) group by stage`,
  );
}

export async function publishedCaseCount(db: Database): Promise<number> {
  const [row] = await rows<{ n: number }>(
    db,
    sql`select count(*)::int as n from model_cases where status = 'PUBLISHED'`,
  );
  return row.n;
}

/** Public rectification items of the whole county: how many, and how many were verified. */
export async function publicRectificationFigures(db: Database) {
  const [row] = await rows<{ total: number; verified: number }>(
    db,
    sql`select count(*)::int as total, (count(*) filter (where status = 'VERIFIED'))::int as verified
        from rectifications where public`,
  );
  return row;
}

/** Reviews of public rectification items of the whole county: how many, and how many (basically) satisfied. */
export async function publicSatisfaction(db: Database) {
  const [row] = await rows<{ total: number; positive: number }>(
    db,
    sql`select count(*)::int as total,
          (count(*) filter (where pr.rating in ('SATISFIED', 'BASICALLY_SATISFIED')))::int as positive
        from public_reviews pr join rectifications r on r.id = pr.rectification_id
        where r.public`,
  );
  return row;
}
