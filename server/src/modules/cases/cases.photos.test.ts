import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { attachments, modelCases, type DatabaseHandle } from '@flagship/drizzle';
import type { FlagshipServer } from '../../http/app';
import { codeOf, gql, makeUpload, makeWorld, openTestDatabase } from '../../testing';
import { loginCookie, PDF, PNG, serve, statuses, uploaded } from '../attachments/attachment-test-helpers';
import { caseInput, fieldsOf, ok, PUBLISH_CASE, SAVE_CASE, SUBMIT_CASE } from './case-test-helpers';

let h: DatabaseHandle;
let world: Awaited<ReturnType<typeof makeWorld>>;
let flagship: FlagshipServer;
let url: string;
let as: Record<'anonymous' | 'unit' | 'unit2' | 'leader' | 'inspector', string | undefined>;

beforeAll(async () => {
  h = await openTestDatabase();
  world = await makeWorld(h.db);
  ({ url, flagship } = await serve(h.db));
  as = {
    anonymous: undefined,
    unit: await loginCookie(url, world.unit.row.username),
    unit2: await loginCookie(url, world.unit2.row.username),
    leader: await loginCookie(url, world.leader.row.username),
    inspector: await loginCookie(url, world.inspector.row.username),
  };
});
afterAll(async () => {
  await flagship?.stop();
  await h?.close();
});

async function caseCount(): Promise<number> {
  return Number((await h.db.select({ n: count() }).from(modelCases))[0].n);
}

describe('photos and cover', () => {
  it('links photos, takes a cover among them, and serves them as the case is visible', async () => {
    const unit = world.unit.viewer;
    const a = await uploaded(url, PNG, { cookie: as.unit, filename: '活动.png' });
    const b = await uploaded(url, PNG, { cookie: as.unit, filename: '挂牌.png' });
    const saved = (
      await ok(h.db, unit, SAVE_CASE, {
        input: caseInput({
          attachmentIds: [a.id],
          coverAttachmentId: a.id,
          practice: `<p>做法</p><img src="/files/${a.id}" alt="活动">`,
        }),
      })
    ).saveModelCase;
    expect(saved.photos.map((p: any) => p.id)).toEqual([a.id]);
    expect(saved.cover).toEqual({ id: a.id, url: `/files/${a.id}` });
    expect(saved.practice).toBe(`<p>做法</p><img src="/files/${a.id}" alt="活动" />`);

    // On edit the photos already on the case may be sent again; only the new one is linked, the cover may move.
    const edited = (
      await ok(h.db, unit, SAVE_CASE, {
        id: saved.id,
        version: saved.version,
        input: caseInput({ attachmentIds: [a.id, b.id], coverAttachmentId: b.id }),
      })
    ).saveModelCase;
    expect(edited.photos.map((p: any) => p.id)).toEqual([a.id, b.id]);
    expect(edited.cover.id).toBe(b.id);
    const kept = (
      await ok(h.db, unit, SAVE_CASE, {
        id: saved.id,
        version: edited.version,
        input: caseInput({ coverAttachmentId: a.id }),
      })
    ).saveModelCase;
    expect([kept.photos.length, kept.cover.id]).toEqual([2, a.id]);

    expect(await statuses(url, a.id, as)).toEqual({
      anonymous: 404,
      unit: 200,
      unit2: 404,
      leader: 200,
      inspector: 200,
    });
    const submitted = (await ok(h.db, unit, SUBMIT_CASE, { id: saved.id, version: kept.version })).submitModelCase;
    await ok(h.db, world.leader.viewer, PUBLISH_CASE, { id: saved.id, version: submitted.version });
    expect(await statuses(url, b.id, as)).toEqual({
      anonymous: 200,
      unit: 200,
      unit2: 200,
      leader: 200,
      inspector: 200,
    });
  });

  it("refuses someone else's upload, a used one, a non-image photo or cover, and a cover not on the case", async () => {
    const unit = world.unit.viewer;
    const mine = await uploaded(url, PNG, { cookie: as.unit });
    const pdf = await uploaded(url, PDF, { cookie: as.unit, filename: '材料.pdf' });
    const theirs = await uploaded(url, PNG, { cookie: as.unit2 });
    const before = await caseCount();
    const attempts: [Record<string, unknown>, string][] = [
      [{ attachmentIds: [theirs.id] }, 'attachmentIds'],
      [{ attachmentIds: ['00000000-0000-4000-8000-000000000000'] }, 'attachmentIds'],
      [{ attachmentIds: [pdf.id] }, 'attachmentIds'],
      [{ attachmentIds: [mine.id], coverAttachmentId: theirs.id }, 'coverAttachmentId'],
      [{ coverAttachmentId: mine.id }, 'coverAttachmentId'],
    ];
    for (const [overrides, field] of attempts) {
      const result = await gql(h.db, unit, SAVE_CASE, { input: caseInput(overrides) });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(Object.keys(fieldsOf(result))).toEqual([field]);
    }
    expect(await caseCount()).toBe(before);
    const [row] = await h.db.select().from(attachments).where(eq(attachments.id, mine.id));
    expect(row.subjectKind).toBeNull();

    const used = (await ok(h.db, unit, SAVE_CASE, { input: caseInput({ attachmentIds: [mine.id] }) })).saveModelCase;
    expect(used.photos).toHaveLength(1);
    const again = await gql(h.db, unit, SAVE_CASE, { input: caseInput({ attachmentIds: [mine.id] }) });
    expect(fieldsOf(again)).toHaveProperty('attachmentIds');
  });

  it('refuses a PDF already on the case as the cover', async () => {
    const unit = world.unit.viewer;
    const upload = await makeUpload(h.db, world.unit.row.id);
    await h.db.update(attachments).set({ contentType: 'application/pdf' }).where(eq(attachments.id, upload.id));
    const saved = (await ok(h.db, unit, SAVE_CASE, { input: caseInput() })).saveModelCase;
    await h.db
      .update(attachments)
      .set({ subjectKind: 'MODEL_CASE', subjectId: saved.id })
      .where(eq(attachments.id, upload.id));
    const result = await gql(h.db, unit, SAVE_CASE, {
      id: saved.id,
      version: saved.version,
      input: caseInput({ coverAttachmentId: upload.id }),
    });
    expect(fieldsOf(result)).toEqual({ coverAttachmentId: '封面须为图片' });
  });

  it('takes photos off a case: they stop being part of it and public, the file stays with its uploader', async () => {
    const unit = world.unit.viewer;
    const a = await uploaded(url, PNG, { cookie: as.unit });
    const b = await uploaded(url, PNG, { cookie: as.unit });
    const saved = (
      await ok(h.db, unit, SAVE_CASE, { input: caseInput({ attachmentIds: [a.id, b.id], coverAttachmentId: a.id }) })
    ).saveModelCase;
    const save = (version: number, overrides: Record<string, unknown>) =>
      gql(h.db, unit, SAVE_CASE, { id: saved.id, version, input: caseInput(overrides) });

    // Bad removals change nothing: a file not on this case, a malformed id, the cover being removed.
    const other = await uploaded(url, PNG, { cookie: as.unit });
    for (const [overrides, field] of [
      [{ removeAttachmentIds: [other.id] }, 'removeAttachmentIds'],
      [{ removeAttachmentIds: ['not-an-id'] }, 'removeAttachmentIds'],
      [{ removeAttachmentIds: [a.id], coverAttachmentId: a.id }, 'coverAttachmentId'],
    ] as [Record<string, unknown>, string][]) {
      const result = await save(saved.version, { coverAttachmentId: a.id, ...overrides });
      expect(Object.keys(fieldsOf(result))).toEqual([field]);
    }
    const unchanged = (
      await ok(h.db, unit, `query($id: ID!) { modelCase(id: $id) { version photos { id } } }`, {
        id: saved.id,
      })
    ).modelCase;
    expect([unchanged.version, unchanged.photos.map((p: any) => p.id)]).toEqual([saved.version, [a.id, b.id]]);

    const edited = (
      await ok(h.db, unit, SAVE_CASE, {
        id: saved.id,
        version: saved.version,
        input: caseInput({ removeAttachmentIds: [a.id], coverAttachmentId: b.id }),
      })
    ).saveModelCase;
    expect([edited.photos.map((p: any) => p.id), edited.cover.id]).toEqual([[b.id], b.id]);
    const [row] = await h.db.select().from(attachments).where(eq(attachments.id, a.id));
    expect([row.subjectKind, row.subjectId, row.ownerId]).toEqual([null, null, world.unit.row.id]);
    expect((await statuses(url, a.id, as)).leader).toBe(404);
    // The uploader may put it back.
    const back = (
      await ok(h.db, unit, SAVE_CASE, {
        id: saved.id,
        version: edited.version,
        input: caseInput({ attachmentIds: [a.id] }),
      })
    ).saveModelCase;
    expect(back.photos.map((p: any) => p.id)).toEqual(expect.arrayContaining([a.id, b.id]));
  });
});
