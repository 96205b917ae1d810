import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { attachments, milestoneReports, milestones, type DatabaseHandle } from '@flagship/drizzle';
import type { FlagshipServer } from '../../http/app';
import { codeOf, gql, makeBrand, makeWorld, openTestDatabase } from '../../testing';
import {
  download,
  link,
  loginCookie,
  makeApprovedMilestone,
  makeInspection,
  makeRectification,
  PDF,
  PNG,
  serve,
  statuses,
  uploaded,
} from './attachment-test-helpers';

let h: DatabaseHandle;
let world: Awaited<ReturnType<typeof makeWorld>>;
let flagship: FlagshipServer;
let url: string;
/** Session cookies of the world's users; `anonymous` sends none. */
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
  await flagship.stop();
  await h.close();
});

const REPORT = `mutation ($id: ID!, $version: Int!, $input: MilestoneReportInput!) {
  reportMilestone(id: $id, version: $version, input: $input) { id status version } }`;
const EVIDENCE = `query ($id: ID!) { brand(id: $id) { plan { milestones { id
  attachments { id filename contentType size url createdAt } } } } }`;

describe('files of a milestone report', () => {
  it('are linked by reportMilestone and then readable by whoever may see a showcase brand', async () => {
    const brand = await makeBrand(h.db, world.village, 'BUILDING');
    const milestone = await makeApprovedMilestone(h.db, brand);
    const photo = await uploaded(url, PNG, { cookie: as.unit, filename: '挂牌照片.png' });
    const report = await uploaded(url, PDF, { cookie: as.unit, filename: '总结.pdf' });
    expect(await statuses(url, photo.id, as)).toMatchObject({ anonymous: 404, unit2: 404, leader: 404, unit: 200 });

    const done = await gql(h.db, world.unit.viewer, REPORT, {
      id: milestone.id,
      version: milestone.version,
      input: { status: 'DONE', attachmentIds: [photo.id, report.id] },
    });
    expect(done.errors).toBeUndefined();
    const [linked] = await h.db.select().from(attachments).where(eq(attachments.id, photo.id));
    expect(linked).toMatchObject({ subjectKind: 'MILESTONE', subjectId: milestone.id });

    expect(await statuses(url, photo.id, as)).toEqual({
      anonymous: 200,
      unit: 200,
      unit2: 200,
      leader: 200,
      inspector: 200,
    });
    const publicCopy = await download(url, report.id);
    expect(publicCopy.headers.get('cache-control')).toBe('public, max-age=300');
    expect(Buffer.from(await publicCopy.arrayBuffer()).equals(PDF)).toBe(true);

    const evidence = await gql(h.db, null, EVIDENCE, { id: brand.id });
    const [listed] = evidence.data!.brand.plan.milestones;
    expect(listed.attachments.map((a: any) => [a.id, a.filename, a.contentType, a.size, a.url]).sort()).toEqual(
      [
        [photo.id, '挂牌照片.png', 'image/png', PNG.length, `/files/${photo.id}`],
        [report.id, '总结.pdf', 'application/pdf', PDF.length, `/files/${report.id}`],
      ].sort(),
    );
  });

  it('of a brand that is not a showcase brand stay with its unit and the readers of everything', async () => {
    const brand = await makeBrand(h.db, world.village, 'DECLARED');
    const milestone = await makeApprovedMilestone(h.db, brand);
    const photo = await uploaded(url, PNG, { cookie: as.unit });
    await link(h.db, world.unit.viewer, [photo.id], { kind: 'MILESTONE', id: milestone.id });
    expect(await statuses(url, photo.id, as)).toEqual({
      anonymous: 404,
      unit: 200,
      unit2: 404,
      leader: 200,
      inspector: 200,
    });
    expect((await download(url, photo.id, as.leader)).headers.get('cache-control')).toBe('private');
  });

  it('cannot be someone else’s upload or one already used, and the refused report changes nothing', async () => {
    const brand = await makeBrand(h.db, world.village, 'BUILDING');
    const milestone = await makeApprovedMilestone(h.db, brand);
    const other = await makeApprovedMilestone(h.db, await makeBrand(h.db, world.village, 'BUILDING'));
    const othersFile = await uploaded(url, PNG, { cookie: as.unit2 });
    const used = await uploaded(url, PNG, { cookie: as.unit });
    await link(h.db, world.unit.viewer, [used.id], { kind: 'MILESTONE', id: other.id });
    const fresh = await uploaded(url, PNG, { cookie: as.unit });

    for (const ids of [[othersFile.id], [used.id], [fresh.id, othersFile.id]]) {
      const refused = await gql(h.db, world.unit.viewer, REPORT, {
        id: milestone.id,
        version: milestone.version,
        input: { status: 'DONE', note: '已完成', attachmentIds: ids },
      });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(Object.keys(refused.errors![0].extensions.fields!)).toEqual(['attachmentIds']);
    }
    const [after] = await h.db.select().from(milestones).where(eq(milestones.id, milestone.id));
    expect(after).toMatchObject({ status: 'PENDING', version: milestone.version });
    expect(await h.db.select().from(milestoneReports).where(eq(milestoneReports.milestoneId, milestone.id))).toEqual(
      [],
    );
    const rows = await h.db.select().from(attachments).where(eq(attachments.subjectId, milestone.id));
    expect(rows).toEqual([]);
    const [stillOwn] = await h.db.select().from(attachments).where(eq(attachments.id, fresh.id));
    expect(stillOwn.subjectKind).toBeNull();
    const [stillOther] = await h.db.select().from(attachments).where(eq(attachments.id, used.id));
    expect(stillOther.subjectId).toBe(other.id);
  });
});

describe('linkAttachments', () => {
  it('refuses someone else’s upload and an already linked one with BAD_USER_INPUT on attachmentIds', async () => {
    const inspection = await makeInspection(h.db, world.village.id);
    const mine = await uploaded(url, PNG, { cookie: as.inspector });
    const theirs = await uploaded(url, PNG, { cookie: as.unit });
    await expect(
      link(h.db, world.inspector.viewer, [theirs.id], { kind: 'INSPECTION', id: inspection.id }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: { attachmentIds: expect.any(String) } });
    expect(await link(h.db, world.inspector.viewer, [mine.id], { kind: 'INSPECTION', id: inspection.id })).toEqual([
      mine.id,
    ]);
    await expect(
      link(h.db, world.inspector.viewer, [mine.id], { kind: 'BRAND', id: inspection.id }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const [row] = await h.db.select().from(attachments).where(eq(attachments.id, mine.id));
    expect(row).toMatchObject({ subjectKind: 'INSPECTION', subjectId: inspection.id });
  });
});

describe('files of other subjects', () => {
  it('INSPECTION: the inspected unit and the readers of everything, never the public or another unit', async () => {
    const inspection = await makeInspection(h.db, world.village.id);
    const file = await uploaded(url, PDF, { cookie: as.inspector });
    await link(h.db, world.inspector.viewer, [file.id], { kind: 'INSPECTION', id: inspection.id });
    expect(await statuses(url, file.id, as)).toEqual({
      anonymous: 404,
      unit: 200,
      unit2: 404,
      leader: 200,
      inspector: 200,
    });
  });

  it('RECTIFICATION: everyone when the item is public, else as an inspection of its unit', async () => {
    const open = await makeRectification(h.db, world.village.id, true);
    const closed = await makeRectification(h.db, world.village.id, false);
    const shown = await uploaded(url, PNG, { cookie: as.unit });
    const hidden = await uploaded(url, PNG, { cookie: as.unit });
    await link(h.db, world.unit.viewer, [shown.id], { kind: 'RECTIFICATION', id: open.id });
    await link(h.db, world.unit.viewer, [hidden.id], { kind: 'RECTIFICATION', id: closed.id });
    expect(await statuses(url, shown.id, as)).toEqual({
      anonymous: 200,
      unit: 200,
      unit2: 200,
      leader: 200,
      inspector: 200,
    });
    expect(await statuses(url, hidden.id, as)).toEqual({
      anonymous: 404,
      unit: 200,
      unit2: 404,
      leader: 200,
      inspector: 200,
    });
  });

  it('BRAND and FIVE_HAVE: as the brand is shown, public only for a showcase brand', async () => {
    const declared = await makeBrand(h.db, world.village, 'DECLARED');
    const named = await makeBrand(h.db, world.village, 'NAMED');
    const logo = await uploaded(url, PNG, { cookie: as.unit });
    const proof = await uploaded(url, PDF, { cookie: as.unit });
    await link(h.db, world.unit.viewer, [logo.id], { kind: 'BRAND', id: declared.id });
    await link(h.db, world.unit.viewer, [proof.id], { kind: 'FIVE_HAVE', id: named.id });
    expect(await statuses(url, logo.id, as)).toEqual({
      anonymous: 404,
      unit: 200,
      unit2: 404,
      leader: 200,
      inspector: 200,
    });
    expect(await statuses(url, proof.id, as)).toEqual({
      anonymous: 200,
      unit: 200,
      unit2: 200,
      leader: 200,
      inspector: 200,
    });
  });

  it('MODEL_CASE: for now the readers of everything and the uploader only', async () => {
    const file = await uploaded(url, PNG, { cookie: as.unit });
    await link(h.db, world.unit.viewer, [file.id], { kind: 'MODEL_CASE', id: world.village.id });
    expect(await statuses(url, file.id, as)).toEqual({
      anonymous: 404,
      unit: 200,
      unit2: 404,
      leader: 200,
      inspector: 200,
    });
  });
});
