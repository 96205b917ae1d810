import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { attachments, brandLevelChanges, brands, type DatabaseHandle } from '@flagship/drizzle';
import { codeOf, gql, makeBrand, makeModelCase, makeUpload, makeWorld, openTestDatabase } from '../../testing';
import { draftCase, fieldsOf, ok, publishedCase } from './case-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

const PROMOTE = `mutation ($id: ID!, $level: Level!, $caseId: ID, $doc: ID) {
  promoteBrandLevel(id: $id, level: $level, evidence: "县委组织部命名文件", caseId: $caseId, documentAttachmentId: $doc) {
    id level levelHistory { toLevel evidence case { id title } document { id url } } } }`;
const HISTORY = `query ($id: ID!) { modelCase(id: $id) { levelHistory { fromLevel toLevel case { id } document { id } } } }`;

async function setup() {
  const world = await makeWorld(handle.db);
  const brand = await makeBrand(handle.db, world.village, 'NAMED');
  return { ...world, brand };
}

describe('promoteBrandLevel with a case and a document', () => {
  it('stores both as evidence, links the document to the brand, and shows them in the level history', async () => {
    const { db } = handle;
    const { unit, leader, brand } = await setup();
    const cited = await publishedCase(db, unit.viewer, leader.viewer, { brandId: brand.id });
    const doc = await makeUpload(db, leader.row.id);
    const promoted = (
      await ok(db, leader.viewer, PROMOTE, { id: brand.id, level: 'CITY', caseId: cited.id, doc: doc.id })
    ).promoteBrandLevel;
    expect(promoted.level).toBe('CITY');
    expect(promoted.levelHistory).toEqual([
      {
        toLevel: 'CITY',
        evidence: '县委组织部命名文件',
        case: { id: cited.id, title: cited.title },
        document: { id: doc.id, url: `/files/${doc.id}` },
      },
    ]);
    const [change] = await db.select().from(brandLevelChanges).where(eq(brandLevelChanges.brandId, brand.id));
    expect(change).toMatchObject({ caseId: cited.id, documentAttachmentId: doc.id });
    const [file] = await db.select().from(attachments).where(eq(attachments.id, doc.id));
    expect(file).toMatchObject({ subjectKind: 'BRAND', subjectId: brand.id });

    // The case shows its brand's level history, to the public too (the brand is a showcase brand).
    const history = (await ok(db, null, HISTORY, { id: cited.id })).modelCase.levelHistory;
    expect(history).toEqual([{ fromLevel: null, toLevel: 'CITY', case: { id: cited.id }, document: { id: doc.id } }]);
  });

  it('refuses a case that is not a published case of the brand, changing nothing', async () => {
    const { db } = handle;
    const { unit, leader, brand, village } = await setup();
    const draft = await draftCase(db, unit.viewer, { brandId: brand.id });
    const otherBrand = await makeBrand(db, village, 'NAMED');
    const elsewhere = await makeModelCase(db, village.id, { brandId: otherBrand.id });
    const noBrand = await makeModelCase(db, village.id);
    for (const caseId of [draft.id, elsewhere.id, noBrand.id, '00000000-0000-4000-8000-000000000000', 'x']) {
      const result = await gql(db, leader.viewer, PROMOTE, { id: brand.id, level: 'CITY', caseId });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual({ caseId: '佐证案例须为本品牌已发布的典型案例' });
    }
    const [row] = await db.select().from(brands).where(eq(brands.id, brand.id));
    expect(row.level).toBeNull();
  });

  it("refuses someone else's or an already used document, changing nothing", async () => {
    const { db } = handle;
    const { leader, unit, brand } = await setup();
    const theirs = await makeUpload(db, unit.row.id);
    const result = await gql(db, leader.viewer, PROMOTE, { id: brand.id, level: 'CITY', doc: theirs.id });
    expect(fieldsOf(result)).toEqual({ documentAttachmentId: '认定文件不存在、不是您上传的，或已用于其他事项' });
    const [row] = await db.select().from(brands).where(eq(brands.id, brand.id));
    expect(row.level).toBeNull();
    expect(await db.select().from(brandLevelChanges).where(eq(brandLevelChanges.brandId, brand.id))).toEqual([]);
  });

  it('still promotes without a case or document; a case without a brand has no level history', async () => {
    const { db } = handle;
    const { leader, brand, village } = await setup();
    const promoted = (await ok(db, leader.viewer, PROMOTE, { id: brand.id, level: 'COUNTY' })).promoteBrandLevel;
    expect(promoted.levelHistory).toEqual([
      { toLevel: 'COUNTY', evidence: '县委组织部命名文件', case: null, document: null },
    ]);
    const loose = await makeModelCase(db, village.id);
    expect((await ok(db, null, HISTORY, { id: loose.id })).modelCase.levelHistory).toEqual([]);
  });

  it("hides a hidden brand's history and document from the public", async () => {
    const { db } = handle;
    const { unit, leader, village } = await setup();
    const declared = await makeBrand(db, village, 'DECLARED');
    const cited = await publishedCase(db, unit.viewer, leader.viewer, { brandId: declared.id });
    const doc = await makeUpload(db, leader.row.id);
    await ok(db, leader.viewer, PROMOTE, { id: declared.id, level: 'COUNTY', caseId: cited.id, doc: doc.id });
    expect((await ok(db, null, HISTORY, { id: cited.id })).modelCase.levelHistory).toEqual([]);
    expect((await ok(db, unit.viewer, HISTORY, { id: cited.id })).modelCase.levelHistory).toEqual([
      { fromLevel: null, toLevel: 'COUNTY', case: { id: cited.id }, document: { id: doc.id } },
    ]);
  });
});
