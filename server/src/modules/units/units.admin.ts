import { and, eq, like, sql } from 'drizzle-orm';
import { units } from '@flagship/drizzle';
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { requireRole } from '../../core/access';
import type { Context } from '../../core/context';
import { conflict, FieldErrors, notFound } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { mutate } from '../../core/mutation';
import { CreateUnitInput, UpdateUnitInput } from './units.admin.inputs';
import { escapeLike, type UnitRow } from './units.repository';
import { toUnit, Unit } from './units.types';

async function loadUnit(ctx: Context, id: string | null | undefined): Promise<UnitRow | null> {
  return isUuid(id) ? ctx.loaders.unitById.load(id) : null;
}

/** An admin adds a unit under a parent. */
export async function createUnit(ctx: Context, input: CreateUnitInput): Promise<UnitRow> {
  requireRole(ctx.viewer, 'ADMIN');
  const parent = await loadUnit(ctx, input.parentId);
  const errors = new FieldErrors();
  errors.check(input.name.trim().length > 0, 'name', '请填写单位名称');
  errors.check(Boolean(parent), 'parentId', '上级单位不存在');
  errors.check(input.kind !== 'COUNTY_COMMITTEE', 'kind', '县委只能有一个，作为单位树的根');
  errors.throwIfAny();
  const tier = input.tier ?? 'AVERAGE';
  return mutate(ctx, async ({ tx, audit }) => {
    const [row] = await tx
      .insert(units)
      .values({
        name: input.name.trim(),
        kind: input.kind,
        branchForm: input.branchForm ?? null,
        parentId: parent!.id,
        tier,
        baselineTier: tier,
        path: 'pending',
      })
      .returning();
    const [withPath] = await tx
      .update(units)
      .set({ path: `${parent!.path}${row.id}/` })
      .where(eq(units.id, row.id))
      .returning();
    await audit({ action: 'createUnit', entity: 'unit', entityId: row.id, data: { ...input } });
    return withPath;
  });
}

/** An admin renames, re-kinds or moves a unit; a move carries its whole subtree along (paths rewritten). */
export async function updateUnit(ctx: Context, id: string, version: number, input: UpdateUnitInput): Promise<UnitRow> {
  requireRole(ctx.viewer, 'ADMIN');
  const current = await loadUnit(ctx, id);
  if (!current) {
    throw notFound('单位');
  }
  const moving = Boolean(input.parentId) && input.parentId !== current.parentId;
  const parent = moving ? await loadUnit(ctx, input.parentId) : null;
  const errors = new FieldErrors();
  errors.check(
    input.name === undefined || input.name === null || input.name.trim().length > 0,
    'name',
    '请填写单位名称',
  );
  errors.check(!moving || Boolean(parent), 'parentId', '上级单位不存在');
  errors.check(!moving || current.parentId !== null, 'parentId', '根单位不能移动');
  errors.check(!parent || !parent.path.startsWith(current.path), 'parentId', '不能移动到自己或自己的下级单位之下');
  errors.check(
    !input.kind || input.kind !== 'COUNTY_COMMITTEE' || current.parentId === null,
    'kind',
    '县委只能有一个，作为单位树的根',
  );
  errors.throwIfAny();
  return mutate(ctx, async ({ tx, audit }) => {
    const [row] = await tx
      .update(units)
      .set({
        ...(input.name ? { name: input.name.trim() } : {}),
        ...(input.kind ? { kind: input.kind } : {}),
        ...(input.branchForm ? { branchForm: input.branchForm } : {}),
        ...(input.clearBranchForm ? { branchForm: null } : {}),
        ...(parent ? { parentId: parent.id } : {}),
        version: version + 1,
        updatedAt: ctx.now,
      })
      .where(and(eq(units.id, id), eq(units.version, version)))
      .returning();
    if (!row) {
      throw conflict('单位');
    }
    if (parent) {
      const newPath = `${parent.path}${id}/`;
      await tx
        .update(units)
        .set({ path: sql`${newPath}::text || substring(${units.path} from ${current.path.length + 1}::int)` })
        .where(like(units.path, `${escapeLike(current.path)}%`));
      row.path = newPath;
    }
    await audit({
      action: 'updateUnit',
      entity: 'unit',
      entityId: id,
      data: { ...input, fromParent: current.parentId },
    });
    return row;
  });
}

@Resolver(() => Unit)
export class UnitAdminResolver {
  @Mutation(() => Unit, { description: '新建单位（管理员）' })
  async createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() ctx: Context) {
    return toUnit(await createUnit(ctx, input));
  }

  @Mutation(() => Unit, { description: '修改或移动单位（管理员）；移动时下级单位一并移动' })
  async updateUnit(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateUnitInput) input: UpdateUnitInput,
    @Ctx() ctx: Context,
  ) {
    return toUnit(await updateUnit(ctx, id, version, input));
  }
}
