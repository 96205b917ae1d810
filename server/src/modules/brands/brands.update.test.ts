import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { auditEntries, brands, timelineEvents, type DatabaseHandle } from '@flagship/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, gql, makeBrand, makeWorld, openTestDatabase, unique } from '../../testing';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const FIELDS = 'id name slogan summary category stage level version unit { id }';
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateBrandInput!) {
  updateBrand(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const FIVE = `mutation($id: ID!, $input: FiveHaveInput!) {
  setBrandFiveHave(brandId: $id, input: $input) { id fiveHaves { item met evidence } } }`;

const brandRow = async (id: string) => (await handle.db.select().from(brands).where(eq(brands.id, id)))[0];

describe('updateBrand', () => {
  it('edits the fields given, bumps the version and records it', async () => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village);
    const name = unique('新名');
    const result = await gql(handle.db, world.unit.viewer, UPDATE, {
      id: brand.id,
      version: 1,
      input: { name: ` ${name} `, slogan: '新口号', category: 'PROGRAM' },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateBrand).toMatchObject({
      name,
      slogan: '新口号',
      summary: brand.summary,
      category: 'PROGRAM',
      version: 2,
    });
    const events = await handle.db.select().from(timelineEvents).where(eq(timelineEvents.brandId, brand.id));
    expect(events.map((e) => [e.kind, e.public])).toEqual([['BRAND_UPDATED', false]]);
    const [audit] = await handle.db.select().from(auditEntries).where(eq(auditEntries.entityId, brand.id));
    expect(audit.data).toMatchObject({ before: { name: brand.name }, after: { name } });
  });

  it('answers a stale version with CONFLICT and changes nothing', async () => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village);
    const first = await gql(handle.db, world.unit.viewer, UPDATE, {
      id: brand.id,
      version: 1,
      input: { summary: '甲' },
    });
    expect(first.errors).toBeUndefined();
    const stale = await gql(handle.db, world.unit.viewer, UPDATE, {
      id: brand.id,
      version: 1,
      input: { summary: '乙', name: unique('乙') },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    const row = await brandRow(brand.id);
    expect(row).toMatchObject({ summary: '甲', name: brand.name, version: 2 });
    const events = await handle.db.select().from(timelineEvents).where(eq(timelineEvents.brandId, brand.id));
    expect(events).toHaveLength(1);
  });

  it('refuses another unit, an inspector and the public; an unknown brand is NOT_FOUND', async () => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village);
    const vars = { id: brand.id, version: 1, input: { summary: '改' } };
    expect(codeOf(await gql(handle.db, world.unit2.viewer, UPDATE, vars))).toBe('FORBIDDEN');
    expect(codeOf(await gql(handle.db, world.inspector.viewer, UPDATE, vars))).toBe('FORBIDDEN');
    expect(codeOf(await gql(handle.db, null, UPDATE, vars))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(handle.db, world.unit.viewer, UPDATE, { ...vars, id: randomUUID() }))).toBe('NOT_FOUND');
    expect(await brandRow(brand.id)).toMatchObject({ summary: brand.summary, version: 1 });
  });

  it.each([
    ['a blank name', { name: '   ' }, 'name'],
    ['a 61-character name', { name: '品'.repeat(61) }, 'name'],
    ['a blank summary', { summary: '  ' }, 'summary'],
  ])('refuses %s as BAD_USER_INPUT and changes nothing', async (_what, change, field) => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village);
    const result = await gql(handle.db, world.unit.viewer, UPDATE, { id: brand.id, version: 1, input: change });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields).toHaveProperty(field);
    expect(await brandRow(brand.id)).toMatchObject({ name: brand.name, summary: brand.summary, version: 1 });
  });

  it('refuses a name another brand has, and any edit of a withdrawn brand', async () => {
    const world = await makeWorld(handle.db);
    const other = await makeBrand(handle.db, world.village2, 'BUILDING');
    const brand = await makeBrand(handle.db, world.village);
    const taken = await gql(handle.db, world.unit.viewer, UPDATE, {
      id: brand.id,
      version: 1,
      input: { name: other.name },
    });
    expect(codeOf(taken)).toBe('BAD_USER_INPUT');
    expect(taken.errors?.[0].extensions.fields).toHaveProperty('name');
    const withdrawn = await makeBrand(handle.db, world.village, 'WITHDRAWN');
    const late = await gql(handle.db, world.unit.viewer, UPDATE, {
      id: withdrawn.id,
      version: 1,
      input: { summary: 'x' },
    });
    expect(codeOf(late)).toBe('INVALID_TRANSITION');
  });
});

describe('setBrandFiveHave', () => {
  it('records one of the five haves with its evidence; the others stay unmet', async () => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village);
    const met = await gql(handle.db, world.unit.viewer, FIVE, {
      id: brand.id,
      input: { item: 'LOGO', met: true, evidence: '标识已设计并上墙' },
    });
    expect(met.errors).toBeUndefined();
    expect(met.data?.setBrandFiveHave.fiveHaves).toEqual([
      { item: 'NAME', met: false, evidence: null },
      { item: 'LOGO', met: true, evidence: '标识已设计并上墙' },
      { item: 'CONCEPT', met: false, evidence: null },
      { item: 'CARRIER', met: false, evidence: null },
      { item: 'INFLUENCE', met: false, evidence: null },
    ]);
    const unmet = await gql(handle.db, world.unit.viewer, FIVE, { id: brand.id, input: { item: 'LOGO', met: false } });
    expect(unmet.data?.setBrandFiveHave.fiveHaves[1]).toEqual({ item: 'LOGO', met: false, evidence: null });
    const events = await handle.db.select().from(timelineEvents).where(eq(timelineEvents.brandId, brand.id));
    expect(events.map((e) => [e.kind, e.public])).toEqual([
      ['FIVE_HAVE_UPDATED', false],
      ['FIVE_HAVE_UPDATED', false],
    ]);
  });

  it('asks for evidence when marking an item met', async () => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village);
    const result = await gql(handle.db, world.unit.viewer, FIVE, {
      id: brand.id,
      input: { item: 'NAME', met: true, evidence: '  ' },
    });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields).toHaveProperty('evidence');
  });

  it('refuses another unit, an inspector and the public', async () => {
    const world = await makeWorld(handle.db);
    const brand = await makeBrand(handle.db, world.village, 'BUILDING');
    const vars = { id: brand.id, input: { item: 'NAME', met: false } };
    expect(codeOf(await gql(handle.db, world.unit2.viewer, FIVE, vars))).toBe('FORBIDDEN');
    expect(codeOf(await gql(handle.db, world.inspector.viewer, FIVE, vars))).toBe('FORBIDDEN');
    expect(codeOf(await gql(handle.db, null, FIVE, vars))).toBe('UNAUTHENTICATED');
  });
});
