import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { modelCaseViews, type DatabaseHandle } from '@flagship/drizzle';
import type { Viewer } from '../../core/context';
import { AppError } from '../../core/errors';
import { codeOf, gql, makeModelCase, makeWorld, openTestDatabase, testContext } from '../../testing';
import { recordCaseView } from './case-views.service';
import { CASE_BY_ID, draftCase, RECORD_VIEW } from './case-test-helpers';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(async () => {
  await handle?.close();
});

/** A visit to a case from `clientIp` on `today`, as the HTTP layer would build the request. */
function visit(id: string, clientIp: string, today: string, viewer: Viewer | null = null) {
  return recordCaseView(testContext(handle.db, viewer, { clientIp, today }), id);
}

async function viewRows(caseId: string) {
  return handle.db.select().from(modelCaseViews).where(eq(modelCaseViews.caseId, caseId));
}

describe('recordCaseView', () => {
  it('counts a client once a day however often it reloads', async () => {
    const { village } = await makeWorld(handle.db);
    const c = await makeModelCase(handle.db, village.id);
    expect(await visit(c.id, '203.0.113.7', '2025-05-01')).toBe(1);
    expect(await visit(c.id, '203.0.113.7', '2025-05-01')).toBe(1);
    expect(await visit(c.id, '203.0.113.7', '2025-05-01')).toBe(1);
    expect(await visit(c.id, '198.51.100.2', '2025-05-01')).toBe(2);
    expect(await visit(c.id, '203.0.113.7', '2025-05-02')).toBe(3);
    const rows = await viewRows(c.id);
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.clientKey).join()).not.toContain('203.0.113.7');
    expect(new Set(rows.map((r) => r.clientKey)).size).toBe(2);
    const read = await gql(handle.db, null, CASE_BY_ID, { id: c.id });
    expect(read.data!.modelCase.viewCount).toBe(3);
  });

  it('is a mutation anyone may call, answering the count', async () => {
    const { village, unit2 } = await makeWorld(handle.db);
    const c = await makeModelCase(handle.db, village.id);
    expect((await gql(handle.db, null, RECORD_VIEW, { id: c.id })).data).toEqual({ recordCaseView: 1 });
    expect((await gql(handle.db, unit2.viewer, RECORD_VIEW, { id: c.id })).data).toEqual({ recordCaseView: 1 });
  });

  it('does not count an unpublished case, and hides it from those who may not see it', async () => {
    const { unit, unit2, leader } = await makeWorld(handle.db);
    const draft = await draftCase(handle.db, unit.viewer);
    expect(await visit(draft.id, '203.0.113.9', '2025-05-01', unit.viewer)).toBe(0);
    expect(await visit(draft.id, '203.0.113.9', '2025-05-01', leader.viewer)).toBe(0);
    expect(await viewRows(draft.id)).toEqual([]);
    expect(codeOf(await gql(handle.db, null, RECORD_VIEW, { id: draft.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(handle.db, unit2.viewer, RECORD_VIEW, { id: draft.id }))).toBe('NOT_FOUND');
    await expect(visit('00000000-0000-4000-8000-000000000000', '203.0.113.9', '2025-05-01')).rejects.toThrow(AppError);
  });
});
