import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { checklistTemplates, inspections, rectifications, type DatabaseHandle } from '@flagship/drizzle';
import { makeRectification, makeUpload, makeWorld, openTestDatabase } from '../../testing';
import { ok, UPDATE, VERIFY } from './rectification-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

/** An inspection row of `unitId` written directly (the inspections module's own tests cover recording one). */
async function makeInspection(unitId: string, inspectorId: string) {
  const [template] = await handle.db.insert(checklistTemplates).values({ name: '测试检查表' }).returning();
  const [row] = await handle.db
    .insert(inspections)
    .values({
      kind: 'REGULAR',
      unitId,
      inspectorId,
      date: '2025-04-01',
      templateId: template.id,
      templateVersion: 1,
      score: 80,
      maxScore: 100,
    })
    .returning();
  return row;
}

const FIELDS = `query ($id: ID!) { rectification(id: $id) {
  inspection { id kind score } attachments { id url contentType } verifiedBy { id } } }`;

describe('fields linking a rectification to the rest of the record', () => {
  it('shows the inspection that raised it to its unit and readers of everything, not to the public or other units', async () => {
    const w = await makeWorld(handle.db);
    const inspection = await makeInspection(w.village.id, w.inspector.row.id);
    const item = await makeRectification(handle.db, w.village.id, { public: true });
    await handle.db.update(rectifications).set({ inspectionId: inspection.id }).where(eq(rectifications.id, item.id));

    for (const who of [w.unit, w.leader, w.inspector]) {
      const data = await ok(handle.db, who.viewer, FIELDS, { id: item.id });
      expect(data.rectification.inspection).toEqual({ id: inspection.id, kind: 'REGULAR', score: 80 });
    }
    expect((await ok(handle.db, null, FIELDS, { id: item.id })).rectification.inspection).toBeNull();
    expect((await ok(handle.db, w.unit2.viewer, FIELDS, { id: item.id })).rectification.inspection).toBeNull();
  });

  it('lists the evidence linked by the steps, and who verified the item to logged-in users only', async () => {
    const w = await makeWorld(handle.db);
    const item = await makeRectification(handle.db, w.village.id, { public: true });
    const photo = await makeUpload(handle.db, w.unit.row.id);
    const input = { status: 'DONE', note: '已整改', attachmentIds: [photo.id] };
    await ok(handle.db, w.unit.viewer, UPDATE, { id: item.id, version: 1, input });
    await ok(handle.db, w.inspector.viewer, VERIFY, { id: item.id, version: 2, accepted: true });

    const anonymous = (await ok(handle.db, null, FIELDS, { id: item.id })).rectification;
    expect(anonymous.attachments).toEqual([{ id: photo.id, url: `/files/${photo.id}`, contentType: 'image/jpeg' }]);
    expect(anonymous.verifiedBy).toBeNull();
    const leader = (await ok(handle.db, w.leader.viewer, FIELDS, { id: item.id })).rectification;
    expect(leader.verifiedBy).toEqual({ id: w.inspector.row.id });
  });
});
