import { and, eq } from 'drizzle-orm';
import { unitTierChanges, units, type UnitTier } from '@flagship/drizzle';
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { requireRole } from '../../core/access';
import type { Context } from '../../core/context';
import { UnitTier as UnitTierEnum } from '../../core/enums';
import { conflict, FieldErrors, invalidTransition, notFound } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { TIER_LABEL } from '@flagship/drizzle/labels';
import { mutate } from '../../core/mutation';
import type { UnitRow } from './units.repository';
import { toUnit, Unit } from './units.types';

/** Leaders and admins change a unit's tier (先进 / 一般 / 后进) with a reason; the history keeps every change. */
export async function changeUnitTier(
  ctx: Context,
  id: string,
  tier: UnitTier,
  reason: string,
  version: number | null | undefined,
): Promise<UnitRow> {
  requireRole(ctx.viewer, 'LEADER', 'ADMIN');
  const current = isUuid(id) ? await ctx.loaders.unitById.load(id) : null;
  if (!current) {
    throw notFound('单位');
  }
  const why = reason.trim();
  const errors = new FieldErrors();
  errors.check(why.length > 0, 'reason', '调整等次须说明理由');
  errors.check(why.length <= 500, 'reason', '理由不能超过 500 个字');
  errors.throwIfAny();
  if (version !== null && version !== undefined && version !== current.version) {
    throw conflict('单位');
  }
  if (current.tier === tier) {
    throw invalidTransition(`该单位已是「${TIER_LABEL[tier]}」等次`);
  }
  return mutate(ctx, async ({ tx, audit }) => {
    const [row] = await tx
      .update(units)
      .set({ tier, version: current.version + 1, updatedAt: ctx.now })
      .where(and(eq(units.id, id), eq(units.version, current.version)))
      .returning();
    if (!row) {
      throw conflict('单位');
    }
    await tx
      .insert(unitTierChanges)
      .values({ unitId: id, fromTier: current.tier, toTier: tier, reason: why, changedBy: ctx.viewer?.id });
    await audit({
      action: 'changeUnitTier',
      entity: 'unit',
      entityId: id,
      data: { from: current.tier, to: tier, reason: why },
    });
    return row;
  });
}

@Resolver(() => Unit)
export class UnitTierResolver {
  @Mutation(() => Unit, { description: '调整单位等次（领导、管理员），须说明理由；记录变更历史' })
  async changeUnitTier(
    @Arg('id', () => ID) id: string,
    @Arg('tier', () => UnitTierEnum) tier: UnitTier,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
    @Arg('version', () => Int, { nullable: true }) version?: number,
  ): Promise<Unit> {
    return toUnit(await changeUnitTier(ctx, id, tier, reason, version));
  }
}
