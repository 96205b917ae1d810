import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../client';
import { migrateDatabase } from '../migrate';
import * as t from '../tables/index';
import { DEMO_COMMUNITY, DEMO_VILLAGE } from './accounts';
import { inspectPng } from './png-test-helpers';
import { seedDemo, seedId } from './index';

const TODAY = '2026-11-26';
const MIDNIGHT = Date.parse(`${TODAY}T00:00:00+08:00`);
const STAGES = ['CULTIVATING', 'BUILDING', 'ACCEPTANCE', 'NAMED', 'PROMOTED', 'WITHDRAWN'];

describe('demo seed: supervision', () => {
  let handle: DatabaseHandle;
  let db: DatabaseHandle['db'];
  const ids = { inspector: seedId('user:inspector'), admin: seedId('user:admin') };
  const unitUser = new Map<string, string>();

  beforeAll(async () => {
    handle = await openDatabase({ dataDir: 'memory://' });
    await migrateDatabase(handle);
    await seedDemo(handle.db, { today: TODAY });
    db = handle.db;
    for (const u of await db.select().from(t.users)) {
      if (u.role === 'UNIT' && u.unitId) {
        expect(unitUser.has(u.unitId)).toBe(false);
        unitUser.set(u.unitId, u.id);
      }
    }
    expect(unitUser.get(seedId(`unit:${DEMO_VILLAGE}`))).toBe(seedId('user:unit'));
    expect(unitUser.get(seedId(`unit:${DEMO_COMMUNITY}`))).toBe(seedId('user:unit2'));
  }, 120_000);

  afterAll(async () => {
    await handle.close();
  });

  it('has the default checklist from the speech, a smaller one and a retired one', async () => {
    const templates = await db.select().from(t.checklistTemplates);
    const items = await db.select().from(t.checklistItems);
    expect(templates).toHaveLength(3);
    expect(templates.filter((x) => x.retiredAt !== null)).toHaveLength(1);
    for (const tpl of templates) {
      const own = items.filter((i) => i.templateId === tpl.id && i.templateVersion === tpl.version);
      expect(tpl.version).toBe(1);
      expect(own.reduce((s, i) => s + i.maxScore, 0)).toBe(100);
      expect(own.map((i) => i.position).sort((a, b) => a - b)).toEqual(own.map((_, k) => k));
    }
    const main = templates.find((x) => x.name === '党建品牌创建督促检查表')!;
    const mainItems = items.filter((i) => i.templateId === main.id);
    expect(mainItems.length).toBeGreaterThanOrEqual(11);
    expect(new Set(mainItems.map((i) => i.section))).toEqual(new Set(['五有', '阵地建设', '制度落实', '群众评价']));
    for (const words of [
      '有名称',
      '有标识',
      '有内涵',
      '有载体',
      '有影响',
      '基础设施配套',
      '标识墙牌规范',
      '档案资料齐全',
    ]) {
      expect(mainItems.some((i) => i.title.includes(words))).toBe(true);
    }
    expect(templates.some((x) => x.name === '后进党组织整顿转化检查表')).toBe(true);
  });

  it('records 40–60 inspections of every kind, scored item by item against their template version', async () => {
    const all = await db.select().from(t.inspections);
    const scores = await db.select().from(t.inspectionItems);
    const items = await db.select().from(t.checklistItems);
    const brands = await db.select().from(t.brands);
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(all.length).toBeLessThanOrEqual(60);
    expect(new Set(all.map((i) => i.kind))).toEqual(new Set(['REGULAR', 'SPOT', 'SELF']));
    for (const i of all) {
      expect(i.date < TODAY).toBe(true);
      expect(i.date >= '2026-01-26').toBe(true);
      if (i.kind === 'SELF') {
        // A self-inspection is recorded by the inspected unit's own account, never by the administrator.
        expect(i.inspectorId).toBe(unitUser.get(i.unitId));
        expect(i.inspectorId).not.toBe(ids.admin);
      } else {
        expect(i.inspectorId).toBe(ids.inspector);
      }
      const version = items.filter((c) => c.templateId === i.templateId && c.templateVersion === i.templateVersion);
      const own = scores.filter((s) => s.inspectionId === i.id);
      expect(own.map((s) => s.itemId).sort()).toEqual(version.map((c) => c.id).sort());
      expect(own.reduce((s, x) => s + x.score, 0)).toBe(i.score);
      expect(i.maxScore).toBe(version.reduce((s, c) => s + c.maxScore, 0));
      expect(i.score).toBeLessThanOrEqual(i.maxScore);
      for (const s of own) {
        const max = version.find((c) => c.id === s.itemId)!.maxScore;
        expect(s.score).toBeGreaterThanOrEqual(max * 0.4);
        expect(s.score).toBeLessThanOrEqual(max);
      }
      expect(i.summary).toBeTruthy();
      const brand = brands.find((b) => b.id === i.brandId);
      if (brand) {
        expect(STAGES).toContain(brand.stage);
        expect(i.unitId).toBe(brand.unitId);
      }
    }
    const perMonth = new Map<string, number>();
    all.forEach((i) => perMonth.set(i.date.slice(0, 7), (perMonth.get(i.date.slice(0, 7)) ?? 0) + 1));
    expect(perMonth.size).toBeGreaterThanOrEqual(8);
    expect(Math.max(...perMonth.values())).toBeGreaterThanOrEqual(10);
    expect(Math.min(...perMonth.values())).toBeLessThanOrEqual(3);
  });

  it('shows the village’s self-inspection beside the inspector’s check of the same month', async () => {
    const brandId = seedId('brand:桃源村“农家党校”');
    const own = (await db.select().from(t.inspections)).filter((i) => i.brandId === brandId);
    const scores = await db.select().from(t.inspectionItems);
    const pairs = own
      .filter((i) => i.kind === 'SELF')
      .map((s) => [s, own.find((r) => r.kind === 'REGULAR' && r.date.slice(0, 7) === s.date.slice(0, 7))] as const)
      .filter(([, r]) => r !== undefined);
    expect(pairs.length).toBeGreaterThanOrEqual(1);
    for (const [self, regular] of pairs) {
      expect(self.inspectorId).toBe(seedId('user:unit'));
      const byItem = (id: string) =>
        new Map(scores.filter((s) => s.inspectionId === id).map((s) => [s.itemId, s.score]));
      const a = byItem(self.id);
      const b = byItem(regular!.id);
      const differing = [...a.keys()].filter((k) => a.get(k) !== b.get(k));
      expect(differing.length).toBeGreaterThanOrEqual(3);
      expect(self.score).toBeGreaterThan(regular!.score);
    }
  });

  it('turns each finding into exactly one rectification in every state, some overdue', async () => {
    const inspections = await db.select().from(t.inspections);
    const findings = await db.select().from(t.findings);
    const rects = await db.select().from(t.rectifications);
    expect(findings.length).toBeGreaterThanOrEqual(25);
    expect(findings.length).toBeLessThanOrEqual(40);
    expect(rects).toHaveLength(findings.length);
    for (const f of findings) {
      const r = rects.filter((x) => x.findingId === f.id);
      expect(r).toHaveLength(1);
      const i = inspections.find((x) => x.id === f.inspectionId)!;
      expect(r[0].inspectionId).toBe(i.id);
      expect(r[0].unitId).toBe(i.unitId);
      expect(r[0].brandId).toBe(i.brandId);
      expect(r[0].problem).toBe(f.problem);
      expect(r[0].deadline >= i.date).toBe(true);
      expect(r[0].responsiblePerson.name).toBeTruthy();
      expect(r[0].responsiblePerson.phone).toMatch(/^1\d{10}$/);
    }
    expect(new Set(rects.map((r) => r.status))).toEqual(new Set(['OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED']));
    const overdue = rects.filter((r) => r.status !== 'VERIFIED' && r.deadline < TODAY);
    expect(overdue.some((r) => r.status === 'OPEN')).toBe(true);
    expect(overdue.some((r) => r.status === 'IN_PROGRESS')).toBe(true);
    for (const r of rects) {
      expect(r.verifiedAt !== null).toBe(r.status === 'VERIFIED');
      expect(r.verifiedBy).toBe(r.status === 'VERIFIED' ? ids.inspector : null);
      expect(r.doneAt !== null).toBe(r.status === 'DONE' || r.status === 'VERIFIED');
    }
    const share = rects.filter((r) => r.public).length / rects.length;
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.75);
  });

  it('keeps every rectification’s events consistent with its row', async () => {
    const rects = await db.select().from(t.rectifications);
    const events = await db.select().from(t.rectificationEvents);
    let rejected = 0;
    for (const r of rects) {
      const own = events.filter((e) => e.rectificationId === r.id).sort((a, b) => a.at.getTime() - b.at.getTime());
      expect(own[0].fromStatus).toBeNull();
      expect(own[0].toStatus).toBe('OPEN');
      expect(own[0].at.getTime()).toBe(r.createdAt.getTime());
      own.slice(1).forEach((e, k) => expect(e.fromStatus).toBe(own[k].toStatus));
      expect(own.at(-1)!.toStatus).toBe(r.status);
      expect(own.at(-1)!.at.getTime()).toBe(r.updatedAt.getTime());
      expect(own).toHaveLength(r.version);
      expect(own.every((e) => e.at.getTime() < MIDNIGHT)).toBe(true);
      const unitActor = unitUser.get(r.unitId) ?? ids.admin;
      for (const e of own) {
        if (e.toStatus === 'IN_PROGRESS' || e.toStatus === 'DONE') {
          expect(e.actorId).toBe(unitActor);
        }
        if (e.toStatus === 'VERIFIED' || (e.fromStatus === 'DONE' && e.toStatus === 'OPEN')) {
          expect(e.actorId).toBe(ids.inspector);
          expect(e.note).toBeTruthy();
        }
      }
      const lastDone = own.filter((e) => e.toStatus === 'DONE').at(-1);
      if (r.doneAt) {
        expect(r.doneAt.getTime()).toBe(lastDone!.at.getTime());
      }
      if (r.verifiedAt) {
        expect(r.verifiedAt.getTime()).toBe(own.at(-1)!.at.getTime());
      }
      const path = own.map((e) => e.toStatus).join('>');
      if (path === 'OPEN>IN_PROGRESS>DONE>OPEN>DONE>VERIFIED') {
        rejected += 1;
        expect(own[3].note).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
    expect(rejected).toBeGreaterThanOrEqual(1);
  });

  it('gives the demo village open and in-progress items and the community one waiting for verification', async () => {
    const rects = await db.select().from(t.rectifications);
    const village = rects.filter((r) => r.unitId === seedId(`unit:${DEMO_VILLAGE}`)).map((r) => r.status);
    expect(village).toContain('OPEN');
    expect(village).toContain('IN_PROGRESS');
    const community = rects.filter((r) => r.unitId === seedId(`unit:${DEMO_COMMUNITY}`)).map((r) => r.status);
    expect(community).toContain('DONE');
  });

  it('stores decodable PNG photos on inspections, rectifications and milestones', async () => {
    // Model case covers are checked in seed-cases.test.ts.
    const attachments = (await db.select().from(t.attachments)).filter((a) => a.subjectKind !== 'MODEL_CASE');
    const blobs = await db.select().from(t.attachmentBlobs);
    const links = await db.select().from(t.inspectionAttachments);
    const events = await db.select().from(t.rectificationEvents);
    const reports = await db.select().from(t.milestoneReports);
    expect(attachments.length).toBeGreaterThanOrEqual(6);
    expect(attachments.length).toBeLessThanOrEqual(10);
    expect(new Set(attachments.map((a) => a.subjectKind))).toEqual(
      new Set(['INSPECTION', 'RECTIFICATION', 'MILESTONE']),
    );
    for (const a of attachments) {
      const blob = blobs.find((b) => b.attachmentId === a.id)!;
      expect(Buffer.isBuffer(blob.data)).toBe(true);
      expect(a.size).toBe(blob.data.length);
      expect(a.sha256).toBe(createHash('sha256').update(blob.data).digest('hex'));
      expect(a.contentType).toBe('image/png');
      expect(a.filename).toMatch(/^[\u4e00-\u9fa5]+\.png$/);
      const png = inspectPng(blob.data);
      expect(png.crcOk).toBe(true);
      expect(png.chunkTypes[0]).toBe('IHDR');
      expect(png.chunkTypes.at(-1)).toBe('IEND');
      expect(png.raw.length).toBe(png.height * (1 + png.width * 3));
      expect(a.createdAt.getTime()).toBeLessThan(MIDNIGHT);
      if (a.subjectKind === 'INSPECTION') {
        expect(links).toContainEqual({ inspectionId: a.subjectId, attachmentId: a.id });
        expect(a.ownerId).toBe(ids.inspector);
      } else if (a.subjectKind === 'RECTIFICATION') {
        const e = events.find((x) => x.attachmentIds.includes(a.id))!;
        expect(e.toStatus).toBe('DONE');
        expect(e.rectificationId).toBe(a.subjectId);
        expect(a.ownerId).toBe(e.actorId);
      } else {
        const r = reports.find((x) => x.attachmentIds.includes(a.id))!;
        expect(r.milestoneId).toBe(a.subjectId);
        expect(a.ownerId).toBe(r.reportedBy);
      }
    }
    expect(links).toHaveLength(attachments.filter((a) => a.subjectKind === 'INSPECTION').length);
  });
});
