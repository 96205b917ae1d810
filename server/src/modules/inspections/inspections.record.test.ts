import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
  attachments,
  auditEntries,
  inspectionAttachments,
  rectificationEvents,
  rectifications,
  timelineEvents,
  type DatabaseHandle,
} from '@flagship/drizzle';
import { codeOf, gql, makeBrand, makeTemplate, makeUpload, makeWorld, openTestDatabase } from '../../testing';
import { finding, inspectionInput, ok, RECORD, supervisionCounts, TODAY } from './inspection-test-helpers';

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

describe('recordInspection', () => {
  it('records a regular check with scores, findings, one OPEN rectification each, audit and timeline', async () => {
    const { db } = handle;
    const { inspector, brand, village, items, regular } = await setup();
    const upload = await makeUpload(db, inspector.row.id);
    const input = regular({
      items: items.map((i, n) => ({ itemId: i.id, score: [18, 25, 43][n], note: n === 0 ? '名称响亮' : null })),
      findings: [finding(), finding({ problem: '标识牌褪色', public: false, deadline: '2025-07-15' })],
      attachmentIds: [upload.id],
      summary: '总体良好',
    });
    const data = (await ok(db, inspector.viewer, RECORD, { input })).recordInspection;
    expect(data).toMatchObject({
      kind: 'REGULAR',
      date: '2025-05-20',
      score: 86,
      maxScore: 100,
      summary: '总体良好',
      templateVersion: 1,
      brand: { id: brand.id },
      unit: { id: village.id },
      inspector: { id: inspector.row.id },
      attachments: [{ id: upload.id }],
    });
    expect(data.items.map((i: any) => [i.item.title, i.item.maxScore, i.score, i.note])).toEqual([
      ['有名称', 20, 18, '名称响亮'],
      ['标识墙牌规范', 30, 25, null],
      ['档案资料齐全', 50, 43, null],
    ]);
    expect(data.findings.map((f: any) => f.problem)).toEqual(['档案资料不全', '标识牌褪色']);
    expect(data.rectifications).toHaveLength(2);
    expect(data.rectifications[1]).toMatchObject({
      problem: '标识牌褪色',
      measure: '两周内补齐会议记录',
      deadline: '2025-07-15',
      status: 'OPEN',
      overdue: false,
      public: false,
      version: 1,
    });
    data.findings.forEach((f: any, i: number) => expect(f.rectification.id).toBe(data.rectifications[i].id));

    const stored = await db.select().from(rectifications).where(eq(rectifications.inspectionId, data.id));
    expect(stored).toHaveLength(2);
    for (const r of stored) {
      expect(r).toMatchObject({ unitId: village.id, brandId: brand.id, status: 'OPEN' });
      expect(r.responsiblePerson).toEqual({ name: '王五', title: '支部书记', phone: '13900000001' });
      const events = await db.select().from(rectificationEvents).where(eq(rectificationEvents.rectificationId, r.id));
      expect(events.map((e) => [e.fromStatus, e.toStatus, e.actorId])).toEqual([[null, 'OPEN', inspector.row.id]]);
    }
    const [file] = await db.select().from(attachments).where(eq(attachments.id, upload.id));
    expect([file.subjectKind, file.subjectId]).toEqual(['INSPECTION', data.id]);
    expect(
      await db.select().from(inspectionAttachments).where(eq(inspectionAttachments.inspectionId, data.id)),
    ).toHaveLength(1);
    const events = await db.select().from(timelineEvents).where(eq(timelineEvents.brandId, brand.id));
    expect(events.map((e) => [e.kind, e.summary, e.public])).toEqual([
      ['INSPECTION_RECORDED', '开展定期检查，得分 86/100，发现问题 2 个', false],
    ]);
    const audit = await db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entity, 'inspection'), eq(auditEntries.entityId, data.id)));
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([['recordInspection', inspector.row.id]]);
  });

  it('lets a unit record a self-inspection of its own unit and brand', async () => {
    const { unit, village, brand, template, items } = await setup();
    const input = inspectionInput(items, {
      kind: 'SELF',
      unitId: village.id,
      brandId: brand.id,
      templateId: template.id,
    });
    const data = (await ok(handle.db, unit.viewer, RECORD, { input })).recordInspection;
    expect(data).toMatchObject({ kind: 'SELF', score: 97, maxScore: 100, inspector: { id: unit.row.id } });
  });

  it('records an inspection of a unit without a brand, with no timeline event', async () => {
    const { inspector, village, template, items } = await setup();
    const before = await supervisionCounts(handle.db);
    const input = inspectionInput(items, { kind: 'SPOT', unitId: village.id, templateId: template.id });
    const data = (await ok(handle.db, inspector.viewer, RECORD, { input })).recordInspection;
    expect(data).toMatchObject({ kind: 'SPOT', brand: null });
    const after = await supervisionCounts(handle.db);
    expect([after.inspections - before.inspections, after.timelineEvents - before.timelineEvents]).toEqual([1, 0]);
  });

  it('leaves nothing behind when one item score is bad', async () => {
    const { inspector, items, regular } = await setup();
    const before = await supervisionCounts(handle.db);
    const input = regular({
      items: items.map((i, n) => ({ itemId: i.id, score: n === 1 ? 31 : 5 })),
      findings: [finding(), finding()],
    });
    expect(codeOf(await record(inspector.viewer, input))).toBe('BAD_USER_INPUT');
    expect(await supervisionCounts(handle.db)).toEqual(before);
  });

  it('rolls everything back when a step inside the transaction fails (evidence that is not the inspector’s)', async () => {
    const { db } = handle;
    const { inspector, unit, regular } = await setup();
    const notMine = await makeUpload(db, unit.row.id);
    const before = await supervisionCounts(db);
    const result = await record(
      inspector.viewer,
      regular({ findings: [finding(), finding()], attachmentIds: [notMine.id] }),
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { attachmentIds: expect.any(String) },
    });
    expect(await supervisionCounts(db)).toEqual(before);
    const [file] = await db.select().from(attachments).where(eq(attachments.id, notMine.id));
    expect(file.subjectKind).toBeNull();
  });

  it('returns the stored inspection when the portal retries with the same clientRequestId', async () => {
    const { db } = handle;
    const { inspector, regular } = await setup();
    const input = regular({ clientRequestId: `retry-${Math.random()}`, findings: [finding()] });
    const first = (await ok(db, inspector.viewer, RECORD, { input })).recordInspection;
    const before = await supervisionCounts(db);
    const again = (await ok(db, inspector.viewer, RECORD, { input })).recordInspection;
    expect(again.id).toBe(first.id);
    expect(again.rectifications.map((r: any) => r.id)).toEqual(first.rectifications.map((r: any) => r.id));
    expect(await supervisionCounts(db)).toEqual(before);

    const otherInspector = await makeWorld(db);
    expect(codeOf(await record(otherInspector.inspector.viewer, input))).toBe('CONFLICT');
  });
});
