import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  brands,
  hashPassword,
  searchTokens,
  units,
  users,
  type BrandStage,
  type Database,
  type Role,
  type UnitKind,
} from '@flagship/drizzle';
import type { Viewer } from '../core/context';

let counter = 0;
/** A short unique suffix so rows made by different tests never collide. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}${randomBytes(3).toString('hex')}`;
}

let passwordHash: Promise<string> | null = null;
export const TEST_PASSWORD = 'test-password-1';

export type UnitRow = typeof units.$inferSelect;

/** A unit under `parent` (or a root), with its materialised path. */
export async function makeUnit(db: Database, opts: { parent?: UnitRow; kind?: UnitKind; name?: string } = {}) {
  const [row] = await db
    .insert(units)
    .values({
      name: opts.name ?? unique('测试单位'),
      kind: opts.kind ?? 'VILLAGE',
      parentId: opts.parent?.id,
      path: 'pending',
    })
    .returning();
  const path = `${opts.parent?.path ?? '/'}${row.id}/`;
  await db.update(units).set({ path }).where(eq(units.id, row.id));
  return { ...row, path };
}

/** A user with TEST_PASSWORD; UNIT users need a unit. Returns the row and its Viewer. */
export async function makeUser(db: Database, role: Role, unit?: UnitRow) {
  const [row] = await db
    .insert(users)
    .values({
      username: unique(role.toLowerCase()),
      displayName: unique('测试用户'),
      passwordHash: await (passwordHash ??= hashPassword(TEST_PASSWORD)),
      role,
      unitId: unit?.id ?? null,
    })
    .returning();
  const viewer: Viewer = {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    unitId: row.unitId,
  };
  return { row, viewer };
}

/** A brand of `unit` at `stage`. */
export async function makeBrand(db: Database, unit: UnitRow, stage: BrandStage = 'DECLARED') {
  const name = unique('测试品牌');
  const summary = '测试用品牌简介';
  const [row] = await db
    .insert(brands)
    .values({
      name,
      summary,
      category: 'SERVICE',
      unitId: unit.id,
      stage,
      searchTitle: searchTokens(name),
      searchBody: searchTokens(summary),
    })
    .returning();
  return row;
}
