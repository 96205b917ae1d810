import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { auditEntries, checklistItems, type DatabaseHandle } from '@flagship/drizzle';
import type { Viewer } from '../../core/context';
import { codeOf, gql, makeWorld, openTestDatabase } from '../../testing';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const FIELDS = 'id name description version retired items { id title section description maxScore templateVersion }';
const CREATE = `mutation ($input: ChecklistTemplateInput!) { createChecklistTemplate(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: ChecklistTemplateInput!) {
  updateChecklistTemplate(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const RETIRE = `mutation ($id: ID!) { retireChecklistTemplate(id: $id) { ${FIELDS} } }`;
const LIST = `query ($all: Boolean) { checklistTemplates(includeRetired: $all) { id version retired items { title } } }`;
const ONE = `query ($id: ID!) { checklistTemplate(id: $id) { ${FIELDS} } }`;

function templateInput(overrides: Record<string, unknown> = {}) {
  return {
    name: '党建品牌创建检查表',
    description: '依据"五有"标准',
    items: [
      { title: '有名称', section: '五有', maxScore: 10 },
      { title: '基础设施配套', section: '阵地建设', maxScore: 20 },
      { title: '群众评价', section: null, maxScore: 15.5 },
    ],
    ...overrides,
  };
}

async function create(admin: Viewer, input = templateInput()) {
  const result = await gql(handle.db, admin, CREATE, { input });
  expect(result.errors).toBeUndefined();
  return result.data!.createChecklistTemplate;
}

async function auditCount(entityId: string): Promise<number> {
  const [row] = await handle.db
    .select({ n: count() })
    .from(auditEntries)
    .where(and(eq(auditEntries.entity, 'checklistTemplate'), eq(auditEntries.entityId, entityId)));
  return Number(row.n);
}

describe('checklist templates', () => {
  it('lets an admin create a template with its items as version 1, audited', async () => {
    const { admin } = await makeWorld(handle.db);
    const t = await create(admin.viewer);
    expect(t).toMatchObject({ name: '党建品牌创建检查表', description: '依据"五有"标准', version: 1, retired: false });
    expect(t.items.map((i: any) => [i.title, i.section, i.maxScore, i.templateVersion])).toEqual([
      ['有名称', '五有', 10, 1],
      ['基础设施配套', '阵地建设', 20, 1],
      ['群众评价', null, 15.5, 1],
    ]);
    expect(await auditCount(t.id)).toBe(1);
  });

  it('refuses the public and every role but ADMIN', async () => {
    const { unit, leader, inspector, admin } = await makeWorld(handle.db);
    expect(codeOf(await gql(handle.db, null, CREATE, { input: templateInput() }))).toBe('UNAUTHENTICATED');
    for (const v of [unit, leader, inspector]) {
      expect(codeOf(await gql(handle.db, v.viewer, CREATE, { input: templateInput() }))).toBe('FORBIDDEN');
    }
    const t = await create(admin.viewer);
    for (const v of [unit, leader, inspector]) {
      expect(codeOf(await gql(handle.db, v.viewer, UPDATE, { id: t.id, version: 1, input: templateInput() }))).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await gql(handle.db, v.viewer, RETIRE, { id: t.id }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await gql(handle.db, null, RETIRE, { id: t.id }))).toBe('UNAUTHENTICATED');
  });

  it('checks names, item counts, titles and maxima', async () => {
    const { admin } = await makeWorld(handle.db);
    const item = (o: Record<string, unknown> = {}) => ({ title: '检查项', section: null, maxScore: 10, ...o });
    const fields = async (o: Record<string, unknown>) =>
      (await gql(handle.db, admin.viewer, CREATE, { input: templateInput(o) })).errors?.[0].extensions;
    expect(await fields({ name: '  ' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { name: expect.any(String) },
    });
    expect((await fields({ items: [] }))?.fields).toHaveProperty('items');
    const many = Array.from({ length: 51 }, (_, i) => item({ title: `项${i}` }));
    expect((await fields({ items: many }))?.fields).toHaveProperty('items');
    expect((await fields({ items: [item(), item({ title: '另一项', maxScore: 0 })] }))?.fields).toEqual({
      'items.1.maxScore': '满分应大于 0 且不超过 100',
    });
    expect((await fields({ items: [item({ maxScore: 100.5 })] }))?.fields).toHaveProperty('items.0.maxScore');
    expect((await fields({ items: [item({ title: ' ' })] }))?.fields).toHaveProperty('items.0.title');
    expect((await fields({ items: [item({ title: '长'.repeat(101) })] }))?.fields).toHaveProperty('items.0.title');
    expect((await fields({ items: [item(), item()] }))?.fields).toEqual({ 'items.1.title': '检查项名称重复' });
    // Exactly 50 items of maximum 100 are fine.
    const fifty = Array.from({ length: 50 }, (_, i) => item({ title: `项${i}`, maxScore: 100 }));
    expect(await fields({ items: fifty })).toBeUndefined();
  });

  it('writes a new version on edit and keeps the old items; a stale version is a CONFLICT', async () => {
    const { db } = handle;
    const { admin, unit } = await makeWorld(db);
    const t = await create(admin.viewer);
    const edited = await gql(db, admin.viewer, UPDATE, {
      id: t.id,
      version: 1,
      input: templateInput({ name: '检查表（修订）', items: [{ title: '有名称', section: '五有', maxScore: 25 }] }),
    });
    expect(edited.errors).toBeUndefined();
    const v2 = edited.data!.updateChecklistTemplate;
    expect(v2).toMatchObject({ id: t.id, name: '检查表（修订）', version: 2 });
    expect(v2.items.map((i: any) => [i.title, i.maxScore, i.templateVersion])).toEqual([['有名称', 25, 2]]);
    expect(v2.items[0].id).not.toBe(t.items[0].id);
    const old = await db.select().from(checklistItems).where(eq(checklistItems.templateId, t.id));
    expect(old.filter((i) => i.templateVersion === 1)).toHaveLength(3);
    expect(await auditCount(t.id)).toBe(2);

    const stale = await gql(db, admin.viewer, UPDATE, { id: t.id, version: 1, input: templateInput() });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect((await gql(db, unit.viewer, ONE, { id: t.id })).data!.checklistTemplate.version).toBe(2);
    const missing = await gql(db, admin.viewer, UPDATE, {
      id: '00000000-0000-4000-8000-000000000000',
      version: 1,
      input: templateInput(),
    });
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });

  it('keeps each item’s scoring guidance with its version; a new version’s guidance leaves the old one', async () => {
    const { db } = handle;
    const { admin } = await makeWorld(db);
    const guided = (description: string | null) =>
      templateInput({ items: [{ title: '档案资料齐全', section: '阵地建设', description, maxScore: 8 }] });
    const t = await create(admin.viewer, guided('  创建方案、活动记录齐全得满分，缺一项扣 2 分  '));
    const v1 = (await gql(db, admin.viewer, ONE, { id: t.id })).data!.checklistTemplate;
    expect(v1.items[0].description).toBe('创建方案、活动记录齐全得满分，缺一项扣 2 分');
    const v2 = await gql(db, admin.viewer, UPDATE, { id: t.id, version: 1, input: guided('  ') });
    expect(v2.data!.updateChecklistTemplate.items[0].description).toBeNull();
    const rows = await db.select().from(checklistItems).where(eq(checklistItems.templateId, t.id));
    expect(rows.map((r) => [r.templateVersion, r.description]).sort()).toEqual([
      [1, '创建方案、活动记录齐全得满分，缺一项扣 2 分'],
      [2, null],
    ]);
    const tooLong = await gql(db, admin.viewer, UPDATE, { id: t.id, version: 2, input: guided('长'.repeat(501)) });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await gql(db, admin.viewer, ONE, { id: t.id })).data!.checklistTemplate.version).toBe(2);
  });

  it('retires a template: hidden from the list unless asked for, and not editable or retirable again', async () => {
    const { db } = handle;
    const { admin, unit } = await makeWorld(db);
    const t = await create(admin.viewer);
    const retired = await gql(db, admin.viewer, RETIRE, { id: t.id });
    expect(retired.data!.retireChecklistTemplate).toMatchObject({ retired: true, version: 1, items: t.items });
    expect(await auditCount(t.id)).toBe(2);

    const current = (await gql(db, unit.viewer, LIST)).data!.checklistTemplates.map((x: any) => x.id);
    expect(current).not.toContain(t.id);
    const all = (await gql(db, unit.viewer, LIST, { all: true })).data!.checklistTemplates;
    expect(all.find((x: any) => x.id === t.id)).toMatchObject({ retired: true, items: [{ title: '有名称' }, {}, {}] });

    expect(codeOf(await gql(db, admin.viewer, RETIRE, { id: t.id }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await gql(db, admin.viewer, UPDATE, { id: t.id, version: 1, input: templateInput() }))).toBe(
      'INVALID_TRANSITION',
    );
    expect(await auditCount(t.id)).toBe(2);
  });

  it('lists templates to logged-in users only, each with its current items', async () => {
    const { db } = handle;
    const { admin, inspector } = await makeWorld(db);
    const t = await create(admin.viewer);
    await gql(db, admin.viewer, UPDATE, {
      id: t.id,
      version: 1,
      input: templateInput({ items: [{ title: '新检查项', maxScore: 5 }] }),
    });
    expect(codeOf(await gql(db, null, LIST))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(db, null, ONE, { id: t.id }))).toBe('UNAUTHENTICATED');
    const list = (await gql(db, inspector.viewer, LIST)).data!.checklistTemplates;
    expect(list.find((x: any) => x.id === t.id)).toEqual({
      id: t.id,
      version: 2,
      retired: false,
      items: [{ title: '新检查项' }],
    });
    expect((await gql(db, inspector.viewer, ONE, { id: 'nope' })).data!.checklistTemplate).toBeNull();
  });
});
