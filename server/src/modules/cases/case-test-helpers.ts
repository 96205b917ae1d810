/** Shared pieces of the cases module's tests: a valid input, the operations, and what a step recorded. */
import { and, eq } from 'drizzle-orm';
import { auditEntries, timelineEvents, type Database } from '@flagship/drizzle';
import type { Viewer } from '../../core/context';
import { gql, type GqlResult } from '../../testing';

/** A valid `ModelCaseInput`, with any field replaced. */
export function caseInput(overrides: Record<string, unknown> = {}) {
  return {
    title: '党旗引航聚民心',
    summary: '村党支部以党旗引航，带动党员服务群众，走出一条基层治理新路子。',
    background: '<p>村里人口多、<strong>矛盾杂</strong>。</p>',
    practice: '<ol><li>党员联户</li><li>每周走访</li></ol>',
    results: '<p>群众满意度明显提升。</p>',
    lessons: '<blockquote>党建引领是关键。</blockquote>',
    tags: ['党员服务', '基层治理'],
    level: 'COUNTY',
    year: 2024,
    ...overrides,
  };
}

export const CASE_FIELDS = `
  id title summary background practice results lessons tags level year status featured featuredAt publishedAt
  viewCount version createdAt updatedAt
  unit { id } brand { id } cover { id url } photos { id url contentType }
  reviews { decision comment reviewer { id } createdAt }`;

export const SAVE_CASE = `mutation ($id: ID, $version: Int, $input: ModelCaseInput!) {
  saveModelCase(id: $id, version: $version, input: $input) { ${CASE_FIELDS} } }`;
export const SUBMIT_CASE = `mutation ($id: ID!, $version: Int!) {
  submitModelCase(id: $id, version: $version) { ${CASE_FIELDS} } }`;
export const PUBLISH_CASE = `mutation ($id: ID!, $version: Int!) {
  publishModelCase(id: $id, version: $version) { ${CASE_FIELDS} } }`;
export const RETURN_CASE = `mutation ($id: ID!, $version: Int!, $comment: String!) {
  returnModelCase(id: $id, version: $version, comment: $comment) { ${CASE_FIELDS} } }`;
export const FEATURE_CASE = `mutation ($id: ID!, $featured: Boolean!, $version: Int) {
  setModelCaseFeatured(id: $id, featured: $featured, version: $version) { ${CASE_FIELDS} } }`;
export const CASE_BY_ID = `query ($id: ID!) { modelCase(id: $id) { ${CASE_FIELDS} } }`;
export const RECORD_VIEW = `mutation ($id: ID!) { recordCaseView(id: $id) }`;

export type CaseData = Record<string, any>;

/** Runs an operation and fails the test, with the errors, if it did not succeed. */
export async function ok(
  db: Database,
  viewer: Viewer | null,
  query: string,
  variables: Record<string, unknown>,
): Promise<CaseData> {
  const result = await gql(db, viewer, query, variables);
  if (result.errors?.length || !result.data) {
    throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

/** Creates a case over GraphQL as `author` (DRAFT) and returns it. */
export async function draftCase(db: Database, author: Viewer, overrides: Record<string, unknown> = {}) {
  return (await ok(db, author, SAVE_CASE, { input: caseInput(overrides) })).saveModelCase as CaseData;
}

/** A case drafted by `unit` and submitted. */
export async function submittedCase(db: Database, unit: Viewer, overrides: Record<string, unknown> = {}) {
  const draft = await draftCase(db, unit, overrides);
  return (await ok(db, unit, SUBMIT_CASE, { id: draft.id, version: draft.version })).submitModelCase as CaseData;
}

/** A case drafted by `unit`, submitted and published by `leader`. */
export async function publishedCase(
  db: Database,
  unit: Viewer,
  leader: Viewer,
  overrides: Record<string, unknown> = {},
) {
  const submitted = await submittedCase(db, unit, overrides);
  return (await ok(db, leader, PUBLISH_CASE, { id: submitted.id, version: submitted.version }))
    .publishModelCase as CaseData;
}

/** A case drafted by `unit`, submitted and returned by `leader` with a reason. */
export async function returnedCase(
  db: Database,
  unit: Viewer,
  leader: Viewer,
  overrides: Record<string, unknown> = {},
) {
  const submitted = await submittedCase(db, unit, overrides);
  return (
    await ok(db, leader, RETURN_CASE, { id: submitted.id, version: submitted.version, comment: '请补充成效数据' })
  ).returnModelCase as CaseData;
}

async function activity(db: Database, caseId: string | null, brandId: string | null) {
  const audit = caseId
    ? await db
        .select({ action: auditEntries.action })
        .from(auditEntries)
        .where(and(eq(auditEntries.entity, 'model_case'), eq(auditEntries.entityId, caseId)))
        .orderBy(auditEntries.seq)
    : [];
  const events = brandId
    ? await db
        .select({ kind: timelineEvents.kind, public: timelineEvents.public })
        .from(timelineEvents)
        .where(eq(timelineEvents.brandId, brandId))
        .orderBy(timelineEvents.seq)
    : [];
  return { audit: audit.map((a) => a.action), timeline: events.map((e) => `${e.kind}${e.public ? '' : ' (private)'}`) };
}

/**
 * Runs `fn` and reports the audit actions it added for the case and the timeline events it added to the brand
 * (`KIND` when public, `KIND (private)` otherwise).
 */
export async function recorded<T>(
  db: Database,
  ids: { caseId: string | null; brandId: string | null },
  fn: () => Promise<T>,
) {
  const before = await activity(db, ids.caseId, ids.brandId);
  const result = await fn();
  const after = await activity(db, ids.caseId, ids.brandId);
  return {
    result,
    audit: after.audit.slice(before.audit.length),
    timeline: after.timeline.slice(before.timeline.length),
  };
}

/** The first error's per-field messages. */
export function fieldsOf(result: GqlResult): Record<string, string> {
  return result.errors?.[0]?.extensions.fields ?? {};
}
