import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { attachments, auditEntries, type DatabaseHandle } from '@flagship/drizzle';
import { codeOf, gql, makeBrand, makeRectification, makeUpload, makeWorld, openTestDatabase } from '../../testing';
import { footprint, ok, timelineOf, UPDATE, VERIFY } from './rectification-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

/** A world, a brand of `unit`'s village and a public item of that brand, due 2025-06-30. */
async function setup(opts: { public?: boolean; withBrand?: boolean } = {}) {
  const world = await makeWorld(handle.db);
  const brand = await makeBrand(handle.db, world.village, 'BUILDING');
  const item = await makeRectification(handle.db, world.village.id, {
    brandId: opts.withBrand === false ? null : brand.id,
    public: opts.public ?? true,
    deadline: '2025-06-30',
  });
  return { ...world, brand, item };
}

const LATE = { today: '2025-07-10' };

describe('the whole path of a rectification', () => {
  it('goes OPEN → IN_PROGRESS → DONE → rejected to OPEN → DONE → VERIFIED, recording every step', async () => {
    const { db } = handle;
    const { unit, inspector, brand, item } = await setup();

    const before = await footprint(db, item.id);
    const started = (
      await ok(
        db,
        unit.viewer,
        UPDATE,
        { id: item.id, version: 1, input: { status: 'IN_PROGRESS', note: '已安排专人' } },
        LATE,
      )
    ).updateRectification;
    expect(started).toMatchObject({ status: 'IN_PROGRESS', version: 2, overdue: true, doneAt: null });
    expect(started.history.at(-1)).toEqual({
      fromStatus: 'OPEN',
      toStatus: 'IN_PROGRESS',
      note: '已安排专人',
      attachmentIds: [],
      actor: { id: unit.row.id },
    });
    const afterStart = await footprint(db, item.id);
    expect([afterStart.audit - before.audit, afterStart.events - before.events]).toEqual([1, 1]);

    const photo = await makeUpload(db, unit.row.id);
    const done = (
      await ok(db, unit.viewer, UPDATE, {
        id: item.id,
        version: 2,
        input: { status: 'DONE', note: '已补齐', attachmentIds: [photo.id] },
      })
    ).updateRectification;
    expect(done).toMatchObject({ status: 'DONE', version: 3 });
    expect(done.doneAt).not.toBeNull();
    expect(done.history.at(-1)).toMatchObject({
      fromStatus: 'IN_PROGRESS',
      toStatus: 'DONE',
      attachmentIds: [photo.id],
    });
    const [linked] = await db.select().from(attachments).where(eq(attachments.id, photo.id));
    expect([linked.subjectKind, linked.subjectId]).toEqual(['RECTIFICATION', item.id]);

    const rejected = (
      await ok(db, inspector.viewer, VERIFY, {
        id: item.id,
        version: 3,
        accepted: false,
        comment: '照片看不清整改效果',
      })
    ).verifyRectification;
    expect(rejected).toMatchObject({ status: 'OPEN', version: 4, doneAt: null, verifiedAt: null });
    expect(rejected.history.at(-1)).toEqual({
      fromStatus: 'DONE',
      toStatus: 'OPEN',
      note: '照片看不清整改效果',
      attachmentIds: [],
      actor: { id: inspector.row.id },
    });

    const again = (
      await ok(db, unit.viewer, UPDATE, {
        id: item.id,
        version: 4,
        input: { status: 'DONE', note: '已重新拍摄并补充整改前后对比照片' },
      })
    ).updateRectification;
    expect(again).toMatchObject({ status: 'DONE', version: 5 });

    const verified = (
      await ok(db, inspector.viewer, VERIFY, { id: item.id, version: 5, accepted: true, comment: '现场核实' }, LATE)
    ).verifyRectification;
    expect(verified).toMatchObject({ status: 'VERIFIED', version: 6, overdue: false });
    expect(verified.verifiedAt).not.toBeNull();
    expect(verified.history.map((h: any) => `${h.fromStatus}>${h.toStatus}`)).toEqual([
      'null>OPEN',
      'OPEN>IN_PROGRESS',
      'IN_PROGRESS>DONE',
      'DONE>OPEN',
      'OPEN>DONE',
      'DONE>VERIFIED',
    ]);
    const end = await footprint(db, item.id);
    expect(end.row.verifiedBy).toBe(inspector.row.id);
    expect(end.audit - before.audit).toBe(5);
    expect((await timelineOf(db, brand.id)).map((t) => [t.kind, t.public])).toEqual([
      ['RECTIFICATION_UPDATED', false],
      ['RECTIFICATION_UPDATED', false],
      ['RECTIFICATION_REJECTED', false],
      ['RECTIFICATION_UPDATED', false],
      ['RECTIFICATION_VERIFIED', true],
    ]);
  });

  it('keeps the verification of a non-public item off the showcase, and writes no timeline without a brand', async () => {
    const { db } = handle;
    const privateItem = await setup({ public: false });
    await ok(db, privateItem.unit.viewer, UPDATE, {
      id: privateItem.item.id,
      version: 1,
      input: { status: 'DONE', note: '已全部整改到位并归档' },
    });
    await ok(db, privateItem.inspector.viewer, VERIFY, { id: privateItem.item.id, version: 2, accepted: true });
    expect((await timelineOf(db, privateItem.brand.id)).map((t) => [t.kind, t.public])).toEqual([
      ['RECTIFICATION_UPDATED', false],
      ['RECTIFICATION_VERIFIED', false],
    ]);

    const loose = await setup({ withBrand: false });
    const before = await footprint(db, loose.item.id);
    await ok(db, loose.unit.viewer, UPDATE, { id: loose.item.id, version: 1, input: { status: 'IN_PROGRESS' } });
    expect(await timelineOf(db, loose.brand.id)).toEqual([]);
    const after = await footprint(db, loose.item.id);
    expect([after.audit - before.audit, after.events - before.events]).toEqual([1, 1]);
    const [entry] = await db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.entityId, loose.item.id))
      .orderBy(auditEntries.seq);
    expect(entry).toMatchObject({ action: 'updateRectification', entity: 'rectification', actorId: loose.unit.row.id });
  });
});

describe('evidence for DONE: a note, plus a photo or a note of at least 10 characters', () => {
  it('refuses DONE without a note, or with a short note and no attachment, changing nothing', async () => {
    const { db } = handle;
    const { unit, item } = await setup();
    const before = await footprint(db, item.id);
    const noNote = await gql(db, unit.viewer, UPDATE, { id: item.id, version: 1, input: { status: 'DONE' } });
    expect(codeOf(noNote)).toBe('BAD_USER_INPUT');
    expect(noNote.errors![0].extensions.fields).toHaveProperty('note');
    const nine = await gql(db, unit.viewer, UPDATE, {
      id: item.id,
      version: 1,
      input: { status: 'DONE', note: '一二三四五六七八九' },
    });
    expect(codeOf(nine)).toBe('BAD_USER_INPUT');
    expect(nine.errors![0].extensions.fields).toHaveProperty('attachmentIds');
    const photoOnly = await gql(db, unit.viewer, UPDATE, {
      id: item.id,
      version: 1,
      input: { status: 'DONE', attachmentIds: [(await makeUpload(db, unit.row.id)).id] },
    });
    expect(codeOf(photoOnly)).toBe('BAD_USER_INPUT');
    expect(await footprint(db, item.id)).toEqual(before);

    const ten = await ok(db, unit.viewer, UPDATE, {
      id: item.id,
      version: 1,
      input: { status: 'DONE', note: '一二三四五六七八九十' },
    });
    expect(ten.updateRectification.status).toBe('DONE');
  });

  it("refuses someone else's upload as evidence and rolls the whole step back", async () => {
    const { db } = handle;
    const { unit, unit2, item } = await setup();
    const foreign = await makeUpload(db, unit2.row.id);
    const before = await footprint(db, item.id);
    const result = await gql(db, unit.viewer, UPDATE, {
      id: item.id,
      version: 1,
      input: { status: 'DONE', note: '已整改', attachmentIds: [foreign.id] },
    });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions.fields).toHaveProperty('attachmentIds');
    expect(await footprint(db, item.id)).toEqual(before);
    const [still] = await db.select().from(attachments).where(eq(attachments.id, foreign.id));
    expect(still.subjectKind).toBeNull();
  });

  it('requires a reason to send an item back, changing nothing without one', async () => {
    const { db } = handle;
    const { unit, inspector, item } = await setup();
    await ok(db, unit.viewer, UPDATE, {
      id: item.id,
      version: 1,
      input: { status: 'DONE', note: '全部整改完毕并拍照留存' },
    });
    const before = await footprint(db, item.id);
    const result = await gql(db, inspector.viewer, VERIFY, { id: item.id, version: 2, accepted: false, comment: '  ' });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions.fields).toHaveProperty('comment');
    expect(await footprint(db, item.id)).toEqual(before);
  });
});
