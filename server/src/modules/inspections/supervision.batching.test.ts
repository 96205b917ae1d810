import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseHandle } from '@flagship/drizzle';
import { gql, makeBrand, makeTemplate, makeUnit, makeWorld, openTestDatabase } from '../../testing';
import { finding, inspectionInput, ok, RECORD, TODAY } from './inspection-test-helpers';

/**
 * The supervision lists with every nested relation the portal asks for, counted in SQL statements: a town with
 * many inspected brands must cost the same number of statements as a town with few (per-request DataLoaders).
 */
let statements = 0;
let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase({ logger: { logQuery: () => void (statements += 1) } });
});
afterAll(async () => h?.close());

const INSPECTIONS = `query($f: InspectionFilter) {
  inspections(filter: $f, first: 50) { totalCount nodes {
    id kind score maxScore brand { name unit { name } } unit { name parent { name } } inspector { displayName }
    template { name version } items { item { title maxScore } score note }
    findings { problem rectification { status overdue } } rectifications { problem status responsiblePerson { name } }
    attachments { id }
  } } }`;

const RECTIFICATIONS = `query($f: RectificationFilter) {
  rectifications(filter: $f, first: 50) { totalCount nodes {
    id problem status overdue responsiblePerson { name } unit { name } brand { name stage }
    inspection { kind date inspector { displayName } } attachments { id } verifiedBy { displayName }
    reviewSummary { total satisfactionRate } reviews(first: 3) { rating comment }
    history { toStatus note actor { displayName } }
  } } }`;

/** A town whose `count` villages each have a brand inspected twice, every inspection raising two findings. */
async function inspectedTown(count: number) {
  const w = await makeWorld(h.db);
  const { template, items } = await makeTemplate(h.db);
  for (let i = 0; i < count; i += 1) {
    const village = await makeUnit(h.db, { parent: w.town, kind: 'VILLAGE' });
    const brand = await makeBrand(h.db, village, 'BUILDING');
    for (const kind of ['REGULAR', 'SPOT']) {
      const input = inspectionInput(
        items,
        { kind, unitId: village.id, brandId: brand.id, templateId: template.id },
        { findings: [finding(), finding({ problem: '标识墙牌不规范', public: false })] },
      );
      await ok(h.db, w.inspector.viewer, RECORD, { input });
    }
  }
  return w;
}

async function statementsFor(w: Awaited<ReturnType<typeof inspectedTown>>, query: string): Promise<number> {
  statements = 0;
  const r = await gql(h.db, w.leader.viewer, query, { f: { townId: w.town.id } }, { today: TODAY });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  const list = (r.data!.inspections ?? r.data!.rectifications) as { nodes: unknown[] };
  expect(list.nodes.length).toBeGreaterThan(0);
  return statements;
}

it('lists inspections and rectifications with their nested relations in a fixed number of statements', async () => {
  const small = await inspectedTown(1);
  const large = await inspectedTown(6);
  for (const query of [INSPECTIONS, RECTIFICATIONS]) {
    const few = await statementsFor(small, query);
    const many = await statementsFor(large, query);
    expect(many).toBe(few);
    expect(many).toBeLessThan(30);
  }
});
