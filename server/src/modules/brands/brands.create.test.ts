import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { auditEntries, brandStageChanges, brands, timelineEvents, type DatabaseHandle } from '@flagship/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, makeWorld, openTestDatabase, unique } from '../../testing';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const FIELDS = 'id name slogan summary category stage level version unit { id }';
const CREATE = `mutation($input: CreateBrandInput!) { createBrand(input: $input) { ${FIELDS} } }`;

type Viewer = Parameters<typeof gql>[1];
const input = (extra: Record<string, unknown> = {}) => ({
  name: unique('品牌'),
  summary: '为群众办实事',
  category: 'SERVICE',
  ...extra,
});
const create = (viewer: Viewer, extra: Record<string, unknown> = {}) =>
  gql(handle.db, viewer, CREATE, { input: input(extra) });
const brandRow = async (id: string) => (await handle.db.select().from(brands).where(eq(brands.id, id)))[0];
const brandsNamed = (name: string) => handle.db.select().from(brands).where(eq(brands.name, name));

describe('createBrand', () => {
  it('lets a unit declare a brand of its own unit, trimmed, at DECLARED', async () => {
    const world = await makeWorld(handle.db);
    const name = unique('党员服务先锋');
    const result = await create(world.unit.viewer, {
      name: `  ${name} `,
      slogan: ' 有呼必应 ',
      category: 'WORK_METHOD',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createBrand).toMatchObject({
      name,
      slogan: '有呼必应',
      summary: '为群众办实事',
      category: 'WORK_METHOD',
      stage: 'DECLARED',
      level: null,
      version: 1,
      unit: { id: world.village.id },
    });
    const explicit = await create(world.unit.viewer, { unitId: world.village.id });
    expect(explicit.data?.createBrand.unit.id).toBe(world.village.id);
  });

  it('writes the stage change, timeline event and audit entry in the brand’s own transaction', async () => {
    const world = await makeWorld(handle.db);
    const result = await create(world.unit.viewer);
    const id = result.data?.createBrand.id as string;
    const row = await brandRow(id);
    const [audit] = await handle.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entity, 'brand'), eq(auditEntries.entityId, id)));
    expect(audit).toMatchObject({ action: 'createBrand', actorId: world.unit.row.id, ip: '127.0.0.1' });
    const events = await handle.db.select().from(timelineEvents).where(eq(timelineEvents.brandId, id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'BRAND_CREATED', public: false, actorId: world.unit.row.id });
    const [change] = await handle.db.select().from(brandStageChanges).where(eq(brandStageChanges.brandId, id));
    expect(change).toMatchObject({ fromStage: null, toStage: 'DECLARED', actorId: world.unit.row.id });
    // now() is the transaction's start time: equal stamps mean one transaction
    expect(audit.at.getTime()).toBe(row.createdAt.getTime());
    expect(change.at.getTime()).toBe(row.createdAt.getTime());
  });

  it('refuses a unit declaring for another unit, and leaves nothing behind', async () => {
    const world = await makeWorld(handle.db);
    const extra = { name: unique('越权品牌'), unitId: world.village2.id };
    const result = await create(world.unit.viewer, extra);
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(await brandsNamed(extra.name)).toEqual([]);
    expect(codeOf(await create(world.unit.viewer, { unitId: randomUUID() }))).toBe('FORBIDDEN');
  });

  it('refuses leaders, inspectors and the public', async () => {
    const world = await makeWorld(handle.db);
    expect(codeOf(await create(world.leader.viewer, { unitId: world.village.id }))).toBe('FORBIDDEN');
    expect(codeOf(await create(world.inspector.viewer, { unitId: world.village.id }))).toBe('FORBIDDEN');
    expect(codeOf(await create(null, { unitId: world.village.id }))).toBe('UNAUTHENTICATED');
  });

  it('lets an admin declare for any unit, which it must name', async () => {
    const world = await makeWorld(handle.db);
    const ok = await create(world.admin.viewer, { unitId: world.village2.id });
    expect(ok.data?.createBrand.unit.id).toBe(world.village2.id);
    for (const unitId of [undefined, randomUUID(), 'not-an-id']) {
      const result = await create(world.admin.viewer, { unitId });
      expect(codeOf(result), String(unitId)).toBe('BAD_USER_INPUT');
      expect(Object.keys(result.errors?.[0].extensions.fields ?? {})).toEqual(['unitId']);
    }
  });

  it.each([
    ['an empty name', { name: '' }, 'name'],
    ['a blank name', { name: '   ' }, 'name'],
    ['a 61-character name', { name: '品'.repeat(61) }, 'name'],
    ['an empty summary', { summary: '' }, 'summary'],
    ['a blank summary', { summary: ' \n ' }, 'summary'],
    ['a 2001-character summary', { summary: '简'.repeat(2001) }, 'summary'],
    ['a 101-character slogan', { slogan: '口'.repeat(101) }, 'slogan'],
  ])('refuses %s as BAD_USER_INPUT naming the field', async (_what, extra, field) => {
    const world = await makeWorld(handle.db);
    const result = await create(world.unit.viewer, extra);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields).toHaveProperty(field);
    expect(result.errors?.[0].extensions.fields?.[field]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('accepts a 60-character name', async () => {
    const world = await makeWorld(handle.db);
    const name = unique('名').padEnd(60, '字');
    const result = await create(world.unit.viewer, { name });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createBrand.name).toBe(name);
  });

  it('refuses a name already taken (ignoring case and spaces) unless that brand was withdrawn', async () => {
    const world = await makeWorld(handle.db);
    const name = unique('Flag');
    expect((await create(world.unit.viewer, { name })).errors).toBeUndefined();
    const again = await create(world.unit2.viewer, { name: ` ${name.toUpperCase()} ` });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0].extensions.fields).toHaveProperty('name');
    expect(await brandsNamed(name.toUpperCase())).toEqual([]);
    await handle.db.update(brands).set({ stage: 'WITHDRAWN' }).where(eq(brands.name, name));
    expect((await create(world.unit2.viewer, { name })).errors).toBeUndefined();
  });
});
