import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { modelCases, type DatabaseHandle } from '@flagship/drizzle';
import { codeOf, gql, makeBrand, makeWorld, openTestDatabase } from '../../testing';
import { caseInput, CASE_BY_ID, draftCase, fieldsOf, ok, recorded, returnedCase, SAVE_CASE } from './case-test-helpers';

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
  const brand2 = await makeBrand(handle.db, world.village2, 'BUILDING');
  return { ...world, brand, brand2 };
}

async function caseCount(): Promise<number> {
  const [row] = await handle.db.select({ n: count() }).from(modelCases);
  return Number(row.n);
}

describe('saveModelCase: creating', () => {
  it('lets a unit draft a case for its own brand, filling the unit and the search columns', async () => {
    const { db } = handle;
    const { unit, village, brand } = await setup();
    const step = await recorded(db, { caseId: null, brandId: brand.id }, () =>
      gql(db, unit.viewer, SAVE_CASE, { input: caseInput({ brandId: brand.id, tags: ['党员服务', ' 党员服务 '] }) }),
    );
    expect(step.result.errors).toBeUndefined();
    const saved = step.result.data!.saveModelCase;
    expect(saved).toMatchObject({
      title: '党旗引航聚民心',
      status: 'DRAFT',
      version: 1,
      featured: false,
      publishedAt: null,
      viewCount: 0,
      tags: ['党员服务'],
      level: 'COUNTY',
      year: 2024,
      unit: { id: village.id },
      brand: { id: brand.id },
      background: '<p>村里人口多、<strong>矛盾杂</strong>。</p>',
      reviews: [],
    });
    expect(step.timeline).toEqual([]);
    const [row] = await db.select().from(modelCases).where(eq(modelCases.id, saved.id));
    expect(row.createdBy).toBe(unit.row.id);
    expect(row.searchTitle.split(' ')).toEqual(expect.arrayContaining(['党旗', '引航', '民心']));
    expect(row.searchBody.split(' ')).toEqual(expect.arrayContaining(['矛盾', '联户', '走访', '党员', '服务', '治理']));
    expect(row.searchBody).not.toMatch(/strong|blockquote/);
  });

  it('lets a unit draft a case without a brand, and a leader write one for any unit or brand', async () => {
    const { db } = handle;
    const { unit, leader, village, village2, brand2 } = await setup();
    expect((await draftCase(db, unit.viewer)).unit.id).toBe(village.id);
    const byBrand = await draftCase(db, leader.viewer, { brandId: brand2.id });
    expect(byBrand).toMatchObject({ status: 'DRAFT', unit: { id: village2.id }, brand: { id: brand2.id } });
    const byUnit = await draftCase(db, leader.viewer, { unitId: village.id });
    expect(byUnit).toMatchObject({ unit: { id: village.id }, brand: null });
  });

  it('refuses anonymous and inspector writers', async () => {
    const { db } = handle;
    const { inspector, village } = await setup();
    const before = await caseCount();
    expect(codeOf(await gql(db, null, SAVE_CASE, { input: caseInput() }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(db, inspector.viewer, SAVE_CASE, { input: caseInput({ unitId: village.id }) }))).toBe(
      'FORBIDDEN',
    );
    expect(await caseCount()).toBe(before);
  });

  it("refuses a unit writing for another unit or another unit's brand", async () => {
    const { db } = handle;
    const { unit, village2, brand2 } = await setup();
    const before = await caseCount();
    expect(codeOf(await gql(db, unit.viewer, SAVE_CASE, { input: caseInput({ unitId: village2.id }) }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await gql(db, unit.viewer, SAVE_CASE, { input: caseInput({ brandId: brand2.id }) }))).toBe(
      'FORBIDDEN',
    );
    expect(await caseCount()).toBe(before);
  });

  it('asks a leader for the unit, consistent with the brand, and rejects unknown ids', async () => {
    const { db } = handle;
    const { leader, village, brand2 } = await setup();
    const before = await caseCount();
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'unitId'],
      [{ brandId: brand2.id, unitId: village.id }, 'unitId'],
      [{ unitId: '00000000-0000-4000-8000-000000000000' }, 'unitId'],
      [{ brandId: '00000000-0000-4000-8000-000000000000' }, 'brandId'],
      [{ brandId: 'not-an-id' }, 'brandId'],
    ];
    for (const [overrides, field] of cases) {
      const result = await gql(db, leader.viewer, SAVE_CASE, { input: caseInput(overrides) });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(Object.keys(fieldsOf(result))).toEqual([field]);
    }
    expect(await caseCount()).toBe(before);
  });

  it('reports bad content per field in Chinese and stores nothing', async () => {
    const { db } = handle;
    const { unit } = await setup();
    const before = await caseCount();
    const input = caseInput({ title: '', practice: '<p></p>', tags: ['一二三四五六七八九十一二三'], year: 1990 });
    const result = await gql(db, unit.viewer, SAVE_CASE, { input });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual({
      title: '请填写标题',
      practice: '请填写做法',
      'tags.0': '每个标签不能超过 12 个字',
      year: expect.stringMatching(/^年份应在 2000 年到 \d{4} 年之间$/),
    });
    expect(await caseCount()).toBe(before);
  });
});

describe('saveModelCase: the XSS a writer might try', () => {
  it('stores and serves every section harmless', async () => {
    const { db } = handle;
    const { unit, unit2 } = await setup();
    const saved = await draftCase(db, unit.viewer, {
      background: '<p>背景</p><script>alert(1)</script>',
      practice: '<p>做法<img src=x onerror=alert(1)></p>',
      results: '<p><a href="javascript:alert(1)">成效</a></p>',
      lessons: '<p style="color:red" onclick="steal()">启示<iframe src="https://evil.example"></iframe></p>',
    });
    const read = (await ok(db, unit.viewer, CASE_BY_ID, { id: saved.id })).modelCase;
    expect(read).toMatchObject({
      background: '<p>背景</p>',
      practice: '<p>做法</p>',
      results: '<p><a rel="noopener noreferrer" target="_blank">成效</a></p>',
      lessons: '<p>启示</p>',
    });
    const all = JSON.stringify(read);
    for (const bad of ['<script', 'onerror', 'javascript:', 'onclick', 'style=', '<iframe', 'alert(']) {
      expect(all).not.toContain(bad);
    }
    expect((await gql(db, unit2.viewer, CASE_BY_ID, { id: saved.id })).data!.modelCase).toBeNull();
  });
});

describe('saveModelCase: editing', () => {
  it('edits a draft with its version, by the unit or a leader', async () => {
    const { db } = handle;
    const { unit, leader, brand } = await setup();
    const draft = await draftCase(db, unit.viewer);
    const step = await recorded(db, { caseId: draft.id, brandId: null }, () =>
      ok(db, unit.viewer, SAVE_CASE, {
        id: draft.id,
        version: draft.version,
        input: caseInput({ title: '新标题', brandId: brand.id }),
      }),
    );
    const edited = step.result.saveModelCase;
    expect(edited).toMatchObject({
      id: draft.id,
      title: '新标题',
      version: 2,
      status: 'DRAFT',
      brand: { id: brand.id },
    });
    expect(step.audit).toEqual(['saveModelCase']);
    const byLeader = (await ok(db, leader.viewer, SAVE_CASE, { id: draft.id, version: 2, input: caseInput() }))
      .saveModelCase;
    expect(byLeader).toMatchObject({ title: '党旗引航聚民心', version: 3, brand: null });
  });

  it('edits a returned case and keeps it RETURNED until resubmitted', async () => {
    const { db } = handle;
    const { unit, leader } = await setup();
    const returned = await returnedCase(db, unit.viewer, leader.viewer);
    const edited = (
      await ok(db, unit.viewer, SAVE_CASE, { id: returned.id, version: returned.version, input: caseInput() })
    ).saveModelCase;
    expect(edited).toMatchObject({ status: 'RETURNED', version: returned.version + 1 });
  });

  it('refuses a stale or missing version, another unit, and unknown ids, changing nothing', async () => {
    const { db } = handle;
    const { unit, unit2, inspector } = await setup();
    const draft = await draftCase(db, unit.viewer);
    const edit = (who: typeof unit | null, vars: Record<string, unknown>) =>
      gql(db, who?.viewer ?? null, SAVE_CASE, { id: draft.id, input: caseInput({ title: '改' }), ...vars });
    expect(codeOf(await edit(unit, { version: draft.version + 1 }))).toBe('CONFLICT');
    expect(fieldsOf(await edit(unit, {}))).toEqual({ version: '修改已有案例须提供读取时的版本号' });
    expect(codeOf(await edit(unit2, { version: draft.version }))).toBe('FORBIDDEN');
    expect(codeOf(await edit(inspector, { version: draft.version }))).toBe('FORBIDDEN');
    expect(codeOf(await edit(null, { version: draft.version }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await edit(unit, { id: '00000000-0000-4000-8000-000000000000', version: 1 }))).toBe('NOT_FOUND');
    const [row] = await db.select().from(modelCases).where(eq(modelCases.id, draft.id));
    expect(row).toMatchObject({ title: '党旗引航聚民心', version: draft.version });
  });
});
