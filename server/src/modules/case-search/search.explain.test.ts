import { sql, type SQLWrapper } from 'drizzle-orm';
import type { DatabaseHandle } from '@flagship/drizzle';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_SEARCHES, makeUnit, openTestDatabase, seedSearchCorpus } from '../../testing';
import { countCases, listCases, type CaseQuery } from './case-search.repository';
import { CaseOrder } from './case-sorts';
import { prepareSearch } from './text-search';

/**
 * The index proof of the Chinese search: over 10,000 cases, the very SQL the list and its count run for a
 * search is planned as a Bitmap Index Scan of the GIN index on `search_vector`, never a Seq Scan of the table.
 */
let handle: DatabaseHandle;
let unitIds: string[];
beforeAll(async () => {
  handle = await openTestDatabase();
  const county = await makeUnit(handle.db, { kind: 'COUNTY_COMMITTEE' });
  const town = await makeUnit(handle.db, { parent: county, kind: 'TOWN_COMMITTEE' });
  const villages = [await makeUnit(handle.db, { parent: town }), await makeUnit(handle.db, { parent: town })];
  unitIds = [county.id, ...villages.map((v) => v.id)];
  await seedSearchCorpus(handle.db, unitIds, 10_000);
});
afterAll(async () => {
  await handle?.close();
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** Every node of the plan of `query`, from EXPLAIN (FORMAT JSON). */
async function planOf(query: SQLWrapper): Promise<PlanNode[]> {
  const result = await handle.db.execute(sql`explain (format json) ${query}`);
  const [row] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
  const raw = row['QUERY PLAN'];
  const [{ Plan }] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
  const nodes: PlanNode[] = [];
  const walk = (node: PlanNode) => {
    nodes.push(node);
    node.Plans?.forEach(walk);
  };
  walk(Plan);
  return nodes;
}

/** What an anonymous client's `modelCases(filter: { search })` runs. */
function publicSearch(text: string): CaseQuery {
  return { search: prepareSearch(text) ?? undefined, everything: false, ownUnitId: null };
}

function expectIndexOnly(nodes: PlanNode[]) {
  const summary = nodes.map((n) => `${n['Node Type']} ${n['Relation Name'] ?? n['Index Name'] ?? ''}`.trim());
  expect(
    nodes.some((n) => n['Node Type'] === 'Bitmap Index Scan' && n['Index Name'] === 'model_cases_search_idx'),
    summary.join(' / '),
  ).toBe(true);
  expect(
    nodes.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'model_cases'),
    summary.join(' / '),
  ).toEqual([]);
}

describe('Chinese search over 10,000 cases', () => {
  it('has the corpus it claims: 10,000 cases, each searched word in 0.5 % of them', async () => {
    const result = await handle.db.execute(sql`select count(*)::int as n from model_cases`);
    const [row] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { n: number }[];
    expect(row.n).toBe(10_000);
    const [found] = await countCases(handle.db, { ...publicSearch('党旗'), everything: true });
    expect(found.n).toBe(50);
  });

  for (const text of CORPUS_SEARCHES) {
    it(`plans the search for ${text} (${[...text].length} characters) as a GIN bitmap index scan`, async () => {
      const q = publicSearch(text);
      const order = new CaseOrder('RELEVANCE', q.search);
      expectIndexOnly(await planOf(listCases(handle.db, q, order, null, 20)));
      expectIndexOnly(await planOf(countCases(handle.db, q)));
    });
  }

  it('never scans the table with filters, another sort and a cursor (the planner may pick other indexes)', async () => {
    const q: CaseQuery = { ...publicSearch('网格'), level: ['CITY', 'PROVINCE'], year: 2020, tag: '标签3' };
    const order = new CaseOrder('NEWEST', q.search);
    const cursor = order.decode(
      Buffer.from(
        JSON.stringify(['NEWEST', '2030-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z', unitIds[0]]),
      ).toString('base64url'),
    );
    const nodes = await planOf(listCases(handle.db, q, order, cursor, 20));
    expect(nodes.some((n) => n['Node Type'] === 'Bitmap Index Scan')).toBe(true);
    expect(nodes.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'model_cases')).toEqual([]);
  });
});
