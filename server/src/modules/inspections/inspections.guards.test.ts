import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@flagship/drizzle';
import { codeOf, gql, makeBrand, makeTemplate, makeWorld, openTestDatabase } from '../../testing';
import { finding, inspectionInput, ok, RECORD, TODAY } from './inspection-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

async function setup() {
  const world = await makeWorld(handle.db);
  const brand = await makeBrand(handle.db, world.village, 'BUILDING');
  const { template, items } = await makeTemplate(handle.db);
  const regular = (overrides: Record<string, unknown> = {}) =>
    inspectionInput(
      items,
      { kind: 'REGULAR', unitId: world.village.id, brandId: brand.id, templateId: template.id },
      overrides,
    );
  return { ...world, brand, template, items, regular };
}

const record = (viewer: Parameters<typeof gql>[1], input: unknown) =>
  gql(handle.db, viewer, RECORD, { input }, { today: TODAY });

describe('recordInspection guards', () => {
  it('refuses the public, the wrong roles and other units', async () => {
    const { unit, unit2, leader, admin, inspector, village, village2, brand, template, items, regular } = await setup();
    const self = (unitId: string) => inspectionInput(items, { kind: 'SELF', unitId, templateId: template.id });
    expect(codeOf(await record(null, regular()))).toBe('UNAUTHENTICATED');
    expect(codeOf(await record(unit.viewer, regular()))).toBe('FORBIDDEN');
    expect(codeOf(await record(unit.viewer, regular({ kind: 'SPOT' })))).toBe('FORBIDDEN');
    expect(codeOf(await record(inspector.viewer, self(village.id)))).toBe('FORBIDDEN');
    expect(codeOf(await record(leader.viewer, regular()))).toBe('FORBIDDEN');
    expect(codeOf(await record(admin.viewer, regular()))).toBe('FORBIDDEN');
    expect(codeOf(await record(admin.viewer, self(village.id)))).toBe('FORBIDDEN');
    expect(codeOf(await record(unit2.viewer, self(village.id)))).toBe('FORBIDDEN');
    // A unit's self-inspection naming another unit's brand: the brand does not belong to the unit inspected.
    const other = await record(unit2.viewer, { ...self(village2.id), brandId: brand.id });
    expect(codeOf(other)).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0].extensions.fields).toHaveProperty('brandId');
  });

  it('refuses a brand of another unit, unknown units and templates', async () => {
    const { inspector, village2, regular } = await setup();
    const wrongUnit = await record(inspector.viewer, regular({ unitId: village2.id }));
    expect(wrongUnit.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { brandId: expect.any(String) },
    });
    const noUnit = await record(inspector.viewer, regular({ unitId: '00000000-0000-4000-8000-000000000000' }));
    expect(noUnit.errors?.[0].extensions.fields).toHaveProperty('unitId');
    const noTemplate = await record(inspector.viewer, regular({ templateId: 'nope' }));
    expect(noTemplate.errors?.[0].extensions.fields).toHaveProperty('templateId');
  });

  it('refuses a retired template and a withdrawn brand with INVALID_TRANSITION', async () => {
    const { db } = handle;
    const { inspector, admin, template, village, items, regular } = await setup();
    await ok(db, admin.viewer, 'mutation ($id: ID!) { retireChecklistTemplate(id: $id) { id } }', { id: template.id });
    expect(codeOf(await record(inspector.viewer, regular()))).toBe('INVALID_TRANSITION');

    const withdrawn = await makeBrand(db, village, 'WITHDRAWN');
    const fresh = await makeTemplate(db);
    const input = inspectionInput(fresh.items, {
      kind: 'REGULAR',
      unitId: village.id,
      brandId: withdrawn.id,
      templateId: fresh.template.id,
    });
    expect(codeOf(await record(inspector.viewer, input))).toBe('INVALID_TRANSITION');
    expect(items).toHaveLength(3);
  });

  it('checks every score against its item, names missing items, and refuses foreign or repeated items', async () => {
    const { inspector, items, regular } = await setup();
    const other = await makeTemplate(handle.db);
    const fields = async (input: unknown) => (await record(inspector.viewer, input)).errors?.[0].extensions.fields;

    const tooHigh = items.map((i, n) => ({ itemId: i.id, score: n === 2 ? 50.5 : 1 }));
    expect(await fields(regular({ items: tooHigh }))).toEqual({ 'items.2.score': '得分应在 0 到 50 之间' });
    const negative = items.map((i, n) => ({ itemId: i.id, score: n === 0 ? -1 : 1 }));
    expect(await fields(regular({ items: negative }))).toHaveProperty('items.0.score');

    const missing = await fields(regular({ items: [{ itemId: items[1].id, score: 1 }] }));
    expect(missing?.items).toContain('有名称');
    expect(missing?.items).toContain('档案资料齐全');
    expect(missing?.items).not.toContain('标识墙牌规范');

    const repeated = [...items, items[0]].map((i) => ({ itemId: i.id, score: 1 }));
    expect(await fields(regular({ items: repeated }))).toHaveProperty('items.3.itemId');
    const foreign = [...items, other.items[0]].map((i) => ({ itemId: i.id, score: 1 }));
    expect(await fields(regular({ items: foreign }))).toHaveProperty('items.3.itemId');
  });

  it('refuses future dates, early deadlines, empty findings and more than 30 findings', async () => {
    const { inspector, regular } = await setup();
    const fields = async (input: unknown) => (await record(inspector.viewer, input)).errors?.[0].extensions.fields;
    expect(await fields(regular({ date: '2025-06-02' }))).toHaveProperty('date');
    expect(codeOf(await record(inspector.viewer, regular({ date: '2025-02-30' })))).toBe('BAD_USER_INPUT');
    expect(await fields(regular({ findings: [finding({ deadline: '2025-05-19' })] }))).toHaveProperty(
      'findings.0.deadline',
    );
    expect(await fields(regular({ findings: [finding(), finding({ problem: '  ' })] }))).toHaveProperty(
      'findings.1.problem',
    );
    expect(await fields(regular({ findings: [finding({ measure: 'x'.repeat(1001) })] }))).toHaveProperty(
      'findings.0.measure',
    );
    expect(await fields(regular({ findings: [finding({ responsiblePerson: { name: ' ' } })] }))).toHaveProperty(
      'findings.0.responsiblePerson.name',
    );
    expect(await fields(regular({ findings: Array.from({ length: 31 }, () => finding()) }))).toHaveProperty('findings');
    // The inspection date itself is a valid deadline, and today a valid date.
    const edge = await record(inspector.viewer, regular({ date: TODAY, findings: [finding({ deadline: TODAY })] }));
    expect(edge.errors).toBeUndefined();
  });
});
