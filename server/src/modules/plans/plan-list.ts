import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { brands, plans, type PlanStatus } from '@flagship/drizzle';
import { Arg, Ctx, Field, ID, InputType, Int, Query, Resolver } from 'type-graphql';
import { requireViewer } from '../../core/access';
import { Connection, pageSize, toPage } from '../../core/connection';
import type { Context } from '../../core/context';
import { PlanStatus as PlanStatusEnum } from '../../core/enums';
import { isUuid } from '../../core/ids';
import { decodeTypedCursor, keysetAfter } from '../../core/pagination';
import { Plan, toPlan } from './plans.types';

@InputType()
export class PlanFilter {
  @Field(() => [PlanStatusEnum], { nullable: true })
  status?: PlanStatus[] | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;
}

export const PlanConnection = Connection('Plan', Plan);

/** Plans a viewer may list: a unit its own unit's, everyone else (logged in) all; latest change first. */
@Resolver(() => Plan)
export class PlanListResolver {
  @Query(() => PlanConnection, { description: '方案列表（领导审核队列用 status: [SUBMITTED]）；创建单位只见本单位' })
  async plans(
    @Ctx() ctx: Context,
    @Arg('filter', () => PlanFilter, { nullable: true }) filter?: PlanFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const viewer = requireViewer(ctx.viewer);
    const limit = pageSize(first);
    const cursor = decodeTypedCursor(after, ['time', 'uuid']);
    const unitId = viewer.role === 'UNIT' ? viewer.unitId : filter?.unitId;
    if (unitId && !isUuid(unitId)) {
      return PlanConnection.of(
        toPage(
          [],
          limit,
          () => [],
          toPlan,
          async () => 0,
        ),
      );
    }
    const where: SQL | undefined = and(
      filter?.status?.length ? inArray(plans.status, filter.status) : undefined,
      unitId ? eq(brands.unitId, unitId) : undefined,
    );
    const rows = await ctx.db
      .select({ plan: plans })
      .from(plans)
      .innerJoin(brands, eq(brands.id, plans.brandId))
      .where(and(where, cursor ? keysetAfter([plans.updatedAt, plans.id], cursor, 'desc') : undefined))
      .orderBy(desc(plans.updatedAt), desc(plans.id))
      .limit(limit + 1);
    return PlanConnection.of(
      toPage(
        rows.map((r) => r.plan),
        limit,
        (p) => [p.updatedAt.toISOString(), p.id],
        toPlan,
        async () => {
          const [row] = await ctx.db
            .select({ n: count() })
            .from(plans)
            .innerJoin(brands, eq(brands.id, plans.brandId))
            .where(where);
          return row.n;
        },
      ),
    );
  }
}
