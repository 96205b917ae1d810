import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { hashPassword, sessions, users, verifyPassword, type Database } from '@flagship/drizzle';
import { requireRole, requireViewer } from '../../core/access';
import type { Context } from '../../core/context';
import { pageSize, toPage, type Page } from '../../core/connection';
import { AppError, conflict, FieldErrors, notFound } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { mutate } from '../../core/mutation';
import { decodeTypedCursor } from '../../core/pagination';
import { escapeLike } from '../units/units.repository';
import type { CreateUserInput, UpdateUserInput, UserFilter } from './users.inputs';
import type { UserRow } from './users.types';

const USERNAME = /^[A-Za-z0-9_-]{3,32}$/;

function where(filter: UserFilter | null | undefined): SQL | undefined {
  const text = filter?.search?.trim() ? `%${escapeLike(filter.search.trim())}%` : null;
  return and(
    text ? or(ilike(users.username, text), ilike(users.displayName, text)) : undefined,
    filter?.role?.length ? inArray(users.role, filter.role) : undefined,
    filter?.unitId && isUuid(filter.unitId) ? eq(users.unitId, filter.unitId) : undefined,
    filter?.disabled !== null && filter?.disabled !== undefined ? eq(users.disabled, filter.disabled) : undefined,
  );
}

/** Users, for admins, by username. */
export async function userPage(
  ctx: Context,
  filter: UserFilter | null | undefined,
  first?: number | null,
  after?: string | null,
): Promise<Page<UserRow>> {
  requireRole(ctx.viewer, 'ADMIN');
  const limit = pageSize(first);
  const cursor = decodeTypedCursor(after, ['text']);
  const rows = await ctx.db
    .select()
    .from(users)
    .where(and(where(filter), cursor ? sql`lower(${users.username}) > ${cursor[0]}` : undefined))
    .orderBy(asc(sql`lower(${users.username})`))
    .limit(limit + 1);
  return toPage(
    rows,
    limit,
    (r) => [r.username.toLowerCase()],
    (r) => r,
    async () => {
      const [row] = await ctx.db.select({ n: count() }).from(users).where(where(filter));
      return row.n;
    },
  );
}

async function checkUnit(
  ctx: Context,
  role: string,
  unitId: string | null | undefined,
  errors: FieldErrors,
): Promise<void> {
  errors.check(role !== 'UNIT' || Boolean(unitId), 'unitId', '创建单位用户须选择所属单位');
  if (unitId) {
    errors.check(isUuid(unitId) && Boolean(await ctx.loaders.unitById.load(unitId)), 'unitId', '所属单位不存在');
  }
}

/** An admin creates an account. */
export async function createUser(ctx: Context, input: CreateUserInput): Promise<UserRow> {
  requireRole(ctx.viewer, 'ADMIN');
  const errors = new FieldErrors();
  errors.check(USERNAME.test(input.username), 'username', '用户名只能包含字母、数字、下划线或短横线，3–32 位');
  errors.check(input.displayName.trim().length > 0, 'displayName', '请填写姓名');
  await checkUnit(ctx, input.role, input.unitId, errors);
  errors.throwIfAny();
  const [taken] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.username}) = ${input.username.toLowerCase()}`);
  new FieldErrors().check(!taken, 'username', '该用户名已被使用').throwIfAny();
  const passwordHash = await hashPassword(input.password);
  return mutate(ctx, async ({ tx, audit }) => {
    const [row] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName.trim(),
        role: input.role,
        unitId: input.unitId || null,
        passwordHash,
      })
      .returning();
    await audit({
      action: 'createUser',
      entity: 'user',
      entityId: row.id,
      data: { username: row.username, role: row.role, unitId: row.unitId },
    });
    return row;
  });
}

async function userForAdmin(ctx: Context, id: string): Promise<UserRow> {
  requireRole(ctx.viewer, 'ADMIN');
  const row = isUuid(id) ? await ctx.loaders.userById.load(id) : null;
  if (!row) {
    throw notFound('用户');
  }
  return row;
}

async function endSessions(tx: Database, userId: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.userId, userId));
}

/** An admin changes a user's name, role, unit or disables the account (which ends its sessions). */
export async function updateUser(ctx: Context, id: string, version: number, input: UpdateUserInput): Promise<UserRow> {
  const current = await userForAdmin(ctx, id);
  // Omitted fields stay as they are; `unitId: null` (sent explicitly) takes the user out of any unit.
  const next = {
    ...current,
    ...Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && (v !== null || k === 'unitId'))),
  } as UserRow;
  const errors = new FieldErrors();
  errors.check(next.displayName.trim().length > 0, 'displayName', '请填写姓名');
  await checkUnit(ctx, next.role, next.unitId, errors);
  errors.check(
    !(id === ctx.viewer?.id && (next.disabled || next.role !== 'ADMIN')),
    'role',
    '不能停用自己或取消自己的管理员角色',
  );
  errors.throwIfAny();
  return mutate(ctx, async ({ tx, audit }) => {
    const [row] = await tx
      .update(users)
      .set({
        displayName: next.displayName.trim(),
        role: next.role,
        unitId: next.unitId,
        disabled: next.disabled,
        version: version + 1,
        updatedAt: ctx.now,
      })
      .where(and(eq(users.id, id), eq(users.version, version)))
      .returning();
    if (!row) {
      throw conflict('用户');
    }
    if (row.disabled || row.role !== current.role || row.unitId !== current.unitId) {
      await endSessions(tx, id);
    }
    await audit({ action: 'updateUser', entity: 'user', entityId: id, data: { ...input } });
    return row;
  });
}

/** An admin sets a new password; the user's sessions end. */
export async function resetPassword(ctx: Context, id: string, password: string): Promise<UserRow> {
  const current = await userForAdmin(ctx, id);
  new FieldErrors().check(password.length >= 8 && password.length <= 200, 'password', '密码至少 8 位').throwIfAny();
  const passwordHash = await hashPassword(password);
  return mutate(ctx, async ({ tx, audit }) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, version: current.version + 1, updatedAt: ctx.now })
      .where(eq(users.id, id))
      .returning();
    await endSessions(tx, id);
    await audit({ action: 'resetPassword', entity: 'user', entityId: id });
    return row;
  });
}

/** Any user changes their own password with the current one; other sessions of theirs end. */
export async function changeMyPassword(ctx: Context, current: string, next: string): Promise<boolean> {
  const viewer = requireViewer(ctx.viewer);
  const row = (await ctx.loaders.userById.load(viewer.id))!;
  if (!(await verifyPassword(row.passwordHash, current))) {
    throw new AppError('BAD_USER_INPUT', '当前密码不正确', { currentPassword: '当前密码不正确' });
  }
  new FieldErrors().check(next.length >= 8 && next.length <= 200, 'newPassword', '新密码至少 8 位').throwIfAny();
  const passwordHash = await hashPassword(next);
  await mutate(ctx, async ({ tx, audit }) => {
    await tx
      .update(users)
      .set({ passwordHash, version: row.version + 1, updatedAt: ctx.now })
      .where(eq(users.id, viewer.id));
    await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, viewer.id), sql`${sessions.tokenHash} <> ${ctx.sessionTokenHash ?? ''}`));
    await audit({ action: 'changeMyPassword', entity: 'user', entityId: viewer.id });
  });
  return true;
}
