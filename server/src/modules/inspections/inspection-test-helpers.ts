/** Shared pieces of the inspection tests: the operations, a valid input, and row counts. */
import { count } from 'drizzle-orm';
import {
  auditEntries,
  findings,
  inspectionAttachments,
  inspectionItems,
  inspections,
  rectificationEvents,
  rectifications,
  timelineEvents,
  type Database,
} from '@flagship/drizzle';
import type { Viewer } from '../../core/context';
import { gql } from '../../testing';

/** "Today" for these tests; inspection dates are on or before it. */
export const TODAY = '2025-06-01';
export const DAY = '2025-05-20';

export const INSPECTION_FIELDS = `
  id kind date score maxScore summary templateVersion
  brand { id } unit { id } inspector { id }
  items { item { id title section maxScore templateVersion } score note }
  findings { id problem position rectification { id problem status } }
  rectifications { id problem measure deadline status overdue public version }
  attachments { id }
`;

export const RECORD = `mutation ($input: InspectionInput!) { recordInspection(input: $input) { ${INSPECTION_FIELDS} } }`;

export const LIST = `query ($filter: InspectionFilter, $first: Int, $after: String) {
  inspections(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id kind date score unit { id } brand { id } }
  } }`;

export interface ItemRef {
  id: string;
  maxScore: number;
}

/** A finding as the portal sends it. */
export function finding(overrides: Record<string, unknown> = {}) {
  return {
    problem: '档案资料不全',
    measure: '两周内补齐会议记录',
    deadline: '2025-06-30',
    responsiblePerson: { name: '王五', title: '支部书记', phone: '13900000001' },
    public: true,
    ...overrides,
  };
}

/** A valid `InspectionInput`: every item scored `score(i)` (default full marks minus one), no findings. */
export function inspectionInput(
  items: ItemRef[],
  base: { kind: string; unitId: string; templateId: string; brandId?: string | null },
  overrides: Record<string, unknown> = {},
) {
  return {
    date: DAY,
    items: items.map((i) => ({ itemId: i.id, score: i.maxScore - 1, note: null })),
    findings: [],
    ...base,
    ...overrides,
  };
}

/** Runs an operation and fails the test, with the errors, if it did not succeed. */
export async function ok(
  db: Database,
  viewer: Viewer | null,
  query: string,
  variables: Record<string, unknown>,
  opts: { today?: string } = {},
): Promise<Record<string, any>> {
  const result = await gql(db, viewer, query, variables, { today: TODAY, ...opts });
  if (result.errors?.length || !result.data) {
    throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

/** Rows in every table an inspection writes to, to see that a refused one left nothing behind. */
export async function supervisionCounts(db: Database): Promise<Record<string, number>> {
  const tables = {
    inspections,
    inspectionItems,
    inspectionAttachments,
    findings,
    rectifications,
    rectificationEvents,
    auditEntries,
    timelineEvents,
  };
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await db.select({ n: count() }).from(table);
    out[name] = Number(row.n);
  }
  return out;
}
