import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '@flagship/drizzle';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { requireViewer } from '../../core/access';
import type { Context, Viewer } from '../../core/context';
import { DateScalar } from '../../core/scalars';

@ObjectType({ description: '待办事项' })
export class TodoItem {
  @Field(() => String, {
    description:
      '类型：RETURNED_PLAN 方案被退回、DRAFT_PLAN 方案未提交（含已申报还没有方案的品牌）、OVERDUE_MILESTONE 节点逾期、OPEN_RECTIFICATION 待整改、RETURNED_CASE 案例被退回、PLAN_TO_REVIEW 待审方案、CASE_TO_REVIEW 待审案例、RECTIFICATION_TO_VERIFY 待核验整改、PENDING_SPOT_CHECK 待抽查',
  })
  kind!: string;

  @Field(() => ID, { description: '事项所指对象的 id（方案、节点、整改事项、案例、抽签项）' })
  targetId!: string;

  @Field(() => ID, { nullable: true })
  brandId!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  detail!: string | null;

  @Field(() => DateScalar, { nullable: true, description: '期限' })
  due!: string | null;

  @Field(() => Boolean)
  overdue!: boolean;
}

interface Row {
  kind: string;
  target_id: string;
  brand_id: string | null;
  title: string;
  detail: string | null;
  due: string | null;
}

/** The queries that make up a role's to-do list; each returns rows of the shape above. */
function queriesFor(viewer: Viewer, today: string): SQL[] {
  const unit = viewer.unitId;
  switch (viewer.role) {
    case 'UNIT':
      return [
        sql`select 'RETURNED_PLAN' as kind, p.id as target_id, b.id as brand_id, b.name as title,
              (select comment from plan_reviews r where r.plan_id = p.id order by r.created_at desc limit 1) as detail, null::date as due
            from plans p join brands b on b.id = p.brand_id where b.unit_id = ${unit} and p.status = 'RETURNED'`,
        sql`select 'DRAFT_PLAN', p.id, b.id, b.name, '方案尚未提交审核', null::date
            from plans p join brands b on b.id = p.brand_id where b.unit_id = ${unit} and p.status = 'DRAFT'`,
        // A brand just declared has no plan at all yet: writing it is the unit's next step.
        sql`select 'DRAFT_PLAN', b.id, b.id, b.name, '已申报，还没有编写创建方案', null::date
            from brands b where b.unit_id = ${unit} and b.stage <> 'WITHDRAWN'
              and not exists (select 1 from plans p where p.brand_id = b.id)`,
        sql`select 'OVERDUE_MILESTONE', m.id, b.id, m.title, b.name, m.due_date
            from milestones m join plans p on p.id = m.plan_id and p.status = 'APPROVED' join brands b on b.id = m.brand_id
            where b.unit_id = ${unit} and m.status <> 'DONE' and m.due_date < ${today}::date and b.stage <> 'WITHDRAWN'`,
        sql`select 'OPEN_RECTIFICATION', r.id, r.brand_id, r.problem, r.measure, r.deadline
            from rectifications r where r.unit_id = ${unit} and r.status in ('OPEN', 'IN_PROGRESS')`,
        sql`select 'RETURNED_CASE', c.id, c.brand_id, c.title,
              (select comment from model_case_reviews v where v.case_id = c.id order by v.created_at desc limit 1), null::date
            from model_cases c where c.unit_id = ${unit} and c.status = 'RETURNED'`,
      ];
    case 'LEADER':
      return [
        sql`select 'PLAN_TO_REVIEW' as kind, p.id as target_id, b.id as brand_id, b.name as title,
              u.name || ' · 第 ' || p.revision || ' 次提交' as detail, null::date as due
            from plans p join brands b on b.id = p.brand_id join units u on u.id = b.unit_id
            where p.status = 'SUBMITTED'`,
        sql`select 'CASE_TO_REVIEW', c.id, c.brand_id, c.title, c.summary, null::date from model_cases c where c.status = 'SUBMITTED'`,
      ];
    case 'INSPECTOR':
      return [
        sql`select 'RECTIFICATION_TO_VERIFY' as kind, r.id as target_id, r.brand_id, r.problem as title, r.measure as detail, r.deadline as due
            from rectifications r where r.status = 'DONE'`,
        sql`select 'PENDING_SPOT_CHECK', i.id, i.brand_id, b.name,
              u.name || ' · 抽签权重 ' || i.weight || '（' || array_to_string(i.reasons, '；') || '）', null::date
            from spot_check_draw_items i join brands b on b.id = i.brand_id join units u on u.id = i.unit_id
            where not i.done`,
      ];
    case 'ADMIN':
      return [];
  }
}

/** The viewer's to-do list: what waits for them, the most urgent (earliest deadline) first. */
export async function todosOf(db: Database, viewer: Viewer, today: string, limit: number): Promise<TodoItem[]> {
  const parts = queriesFor(viewer, today);
  if (parts.length === 0) {
    return [];
  }
  const union = sql.join(
    parts.map((p) => sql`(${p})`),
    sql` union all `,
  );
  const result = await db.execute(
    sql`select * from (${union}) t order by t.due asc nulls last, t.title limit ${limit}`,
  );
  const rows = (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
  return rows.map((r) => ({
    kind: r.kind,
    targetId: r.target_id,
    brandId: r.brand_id,
    title: r.title,
    detail: r.detail,
    due: r.due ? String(r.due).slice(0, 10) : null,
    overdue: r.due !== null && String(r.due).slice(0, 10) < today,
  }));
}

@Resolver()
export class TodoResolver {
  @Query(() => [TodoItem], { description: '我的待办（按角色）：退回的方案、逾期节点、待整改、待审核、待核验、待抽查…' })
  myTodos(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number,
  ): Promise<TodoItem[]> {
    const viewer = requireViewer(ctx.viewer);
    return todosOf(ctx.db, viewer, ctx.today, Math.min(Math.max(first, 1), 200));
  }
}
