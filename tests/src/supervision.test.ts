import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client';
import { fakeExecutable, tinyPng } from './support/files';
import { startServer, type StartedServer } from './support/server-process';

/**
 * The supervision journey over HTTP and the upload endpoint, against the server started as the README starts
 * it (with a 1 MB upload limit so the oversized case stays small).
 */
let server: StartedServer;
beforeAll(async () => {
  server = await startServer({ FLAGSHIP_UPLOAD_LIMIT_MB: '1' });
});
afterAll(async () => server?.stop());

const DASHBOARD = `{ dashboard { totalRectifications openRectifications publicSatisfaction { total } inspectionsByMonth { count } } }`;
const RECT = `id status version public problem`;

function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

async function setUp() {
  const inspector = new Client(server.url);
  const unit = new Client(server.url);
  const unit2 = new Client(server.url);
  const leader = new Client(server.url);
  await inspector.login('inspector');
  const me = await unit.login('unit');
  await unit2.login('unit2');
  await leader.login('leader');
  const brands = await inspector.gql(
    `query($u: ID) { brands(filter: { unitId: $u, stage: [BUILDING] }) { nodes { id name } } }`,
    { u: me.unit!.id },
  );
  const brand = brands.data!.brands.nodes[0] as { id: string };
  const templates = await inspector.gql(`{ checklistTemplates { id items { id maxScore } } }`);
  const template = templates.data!.checklistTemplates[0] as { id: string; items: { id: string; maxScore: number }[] };
  return { inspector, unit, unit2, leader, unitId: me.unit!.id, brand, template };
}

const RECORD = `mutation($i: InspectionInput!) { recordInspection(input: $i) { id score maxScore rectifications { ${RECT} } } }`;

describe('inspection → rectification → public board', () => {
  it('runs the whole supervision journey and the dashboard follows', async () => {
    const { inspector, unit, unit2, leader, unitId, brand, template } = await setUp();
    const before = (await leader.gql(DASHBOARD)).data!.dashboard;

    const photo = await inspector.upload(tinyPng(), '现场照片.png');
    expect(photo.status).toBe(201);
    const recorded = await inspector.gql(RECORD, {
      i: {
        kind: 'SPOT',
        brandId: brand.id,
        unitId,
        date: today(),
        templateId: template.id,
        items: template.items.map((it) => ({ itemId: it.id, score: it.maxScore * 0.75 })),
        findings: [
          {
            problem: '标识墙牌不规范',
            measure: '按统一样式更换墙牌',
            deadline: today(),
            responsiblePerson: { name: '王书记', phone: '13800001234' },
            public: true,
          },
          {
            problem: '档案资料不齐全',
            measure: '补齐会议记录',
            deadline: today(),
            responsiblePerson: { name: '李委员' },
            public: false,
          },
        ],
        attachmentIds: [photo.body.id],
      },
    });
    expect(recorded.errors).toBeUndefined();
    const [open, hidden] = recorded.data!.recordInspection.rectifications as {
      id: string;
      version: number;
      public: boolean;
    }[];
    expect(open.public).toBe(true);

    const mine = await unit.gql(
      `query($b: ID) { rectifications(filter: { brandId: $b, status: [OPEN] }) { nodes { id } } }`,
      { b: brand.id },
    );
    expect(mine.data!.rectifications.nodes.map((n: { id: string }) => n.id)).toEqual(
      expect.arrayContaining([open.id, hidden.id]),
    );

    const evidence = await unit.upload(tinyPng(16), '整改后墙牌.png');
    const update = `mutation($id: ID!, $v: Int!, $i: RectificationUpdateInput!) { updateRectification(id: $id, version: $v, input: $i) { ${RECT} } }`;
    let item = (
      await unit.gql(update, {
        id: open.id,
        v: open.version,
        i: { status: 'DONE', note: '已按统一样式更换墙牌并拍照留存', attachmentIds: [evidence.body.id] },
      })
    ).data!.updateRectification;
    expect(item.status).toBe('DONE');

    const verify = `mutation($id: ID!, $v: Int!, $a: Boolean!, $c: String) { verifyRectification(id: $id, version: $v, accepted: $a, comment: $c) { ${RECT} } }`;
    item = (await inspector.gql(verify, { id: open.id, v: item.version, a: false, c: '墙牌位置仍不醒目，请调整' }))
      .data!.verifyRectification;
    expect(item.status).toBe('OPEN');
    item = (
      await unit.gql(update, {
        id: open.id,
        v: item.version,
        i: { status: 'DONE', note: '墙牌已移至村部正门醒目位置' },
      })
    ).data!.updateRectification;
    item = (await inspector.gql(verify, { id: open.id, v: item.version, a: true })).data!.verifyRectification;
    expect(item.status).toBe('VERIFIED');

    const anon = new Client(server.url);
    const board = await anon.gql(
      `{ rectifications(filter: { publicOnly: true }, first: 100) { nodes { id responsiblePerson { name phone } } } }`,
    );
    const onBoard = board.data!.rectifications.nodes.find((n: { id: string }) => n.id === open.id);
    expect(onBoard.responsiblePerson).toEqual({ name: '王书记', phone: null });
    expect(board.data!.rectifications.nodes.some((n: { id: string }) => n.id === hidden.id)).toBe(false);

    const rate = `mutation($id: ID!) { reviewRectification(id: $id, rating: SATISFIED, comment: "<b>墙牌</b>很醒目") { rating comment } }`;
    expect((await anon.gql(rate, { id: open.id })).data!.reviewRectification).toEqual({
      rating: 'SATISFIED',
      comment: '<b>墙牌</b>很醒目',
    });
    expect((await anon.gql(rate, { id: open.id })).errors![0].extensions.code).toBe('RATE_LIMITED');

    expect(
      (await unit2.gql(update, { id: hidden.id, v: hidden.version, i: { status: 'IN_PROGRESS' } })).errors![0]
        .extensions.code,
    ).toBe('FORBIDDEN');
    const theirs = await unit2.gql(
      `query($b: ID) { rectifications(filter: { brandId: $b }, first: 100) { nodes { id } } }`,
      { b: brand.id },
    );
    expect(theirs.data!.rectifications.nodes.some((n: { id: string }) => n.id === hidden.id)).toBe(false);

    const after = (await leader.gql(DASHBOARD)).data!.dashboard;
    expect(after.totalRectifications).toBe(before.totalRectifications + 2);
    expect(after.openRectifications).toBe(before.openRectifications + 1);
    expect(after.publicSatisfaction.total).toBe(before.publicSatisfaction.total + 1);
    const count = (d: { inspectionsByMonth: { count: number }[] }) =>
      d.inspectionsByMonth.reduce((a, m) => a + m.count, 0);
    expect(count(after)).toBe(count(before) + 1);
  });

  it('refuses a renamed executable and an oversized file, and a failed inspection leaves nothing behind', async () => {
    const { inspector, unitId, brand, template } = await setUp();
    const exe = await inspector.upload(fakeExecutable(), '照片.png');
    expect(exe.status).toBe(415);
    expect(exe.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    const big = await inspector.upload(Buffer.concat([tinyPng(), Buffer.alloc(2 * 1024 * 1024)]), '大图.png');
    expect(big.status).toBe(413);

    const countOf = async () =>
      (await inspector.gql(`query($b: ID) { inspections(filter: { brandId: $b }) { totalCount } }`, { b: brand.id }))
        .data!.inspections.totalCount as number;
    const rectCount = async () =>
      (await inspector.gql(`query($b: ID) { rectifications(filter: { brandId: $b }) { totalCount } }`, { b: brand.id }))
        .data!.rectifications.totalCount as number;
    const [inspectionsBefore, rectificationsBefore] = [await countOf(), await rectCount()];
    const bad = await inspector.gql(RECORD, {
      i: {
        kind: 'REGULAR',
        brandId: brand.id,
        unitId,
        date: today(),
        templateId: template.id,
        items: template.items.map((it, i) => ({ itemId: it.id, score: i === 0 ? it.maxScore + 1 : it.maxScore })),
        findings: [
          { problem: '问题', measure: '措施', deadline: today(), responsiblePerson: { name: '王书记' }, public: true },
        ],
      },
    });
    expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions.fields).toHaveProperty('items.0.score');
    expect(await countOf()).toBe(inspectionsBefore);
    expect(await rectCount()).toBe(rectificationsBefore);
  });
});
