import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client';
import { tinyPng } from './support/files';
import { startServer, type StartedServer } from './support/server-process';

/**
 * The model case journey over HTTP, against the server started as the README starts it: a unit drafts a case
 * for its brand and submits it, a leader returns it with a reason, the unit fixes and resubmits, the leader
 * publishes and features it, and an anonymous reader opens it by id.
 */
let server: StartedServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server?.stop());

const CASE = `id title status version featured publishedAt practice lessons tags viewCount
  brand { id } unit { id } cover { id url } photos { id } reviews { decision comment }`;
const SAVE = `mutation($id: ID, $v: Int, $i: ModelCaseInput!) { saveModelCase(id: $id, version: $v, input: $i) { ${CASE} } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!) { submitModelCase(id: $id, version: $v) { ${CASE} } }`;
const RETURN = `mutation($id: ID!, $v: Int!, $c: String!) { returnModelCase(id: $id, version: $v, comment: $c) { ${CASE} } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishModelCase(id: $id, version: $v) { ${CASE} } }`;
const FEATURE = `mutation($id: ID!) { setModelCaseFeatured(id: $id, featured: true) { ${CASE} } }`;
const READ = `query($id: ID!) { modelCase(id: $id) { ${CASE} } }`;
const BRAND_CASES = `query($id: ID!) { brand(id: $id) { modelCases { id } } }`;

function input(brandId: string, photoId: string, practice: string) {
  return {
    title: '党旗引航·红色管家',
    summary: '村党支部组建“红色管家”队伍，党员联户服务群众，基层治理有了新气象。',
    background: '<p>村里外出务工人员多，留守老人和儿童的日常照料成了难题。</p>',
    practice,
    results: '<p>全村 <strong>126</strong> 户留守家庭实现结对全覆盖。</p>',
    lessons: '<ul><li>党建引领是根本</li><li>群众满意是标准</li></ul>',
    tags: ['党员联户', '基层治理', '党员联户'],
    level: 'COUNTY',
    year: 2024,
    brandId,
    attachmentIds: [photoId],
    coverAttachmentId: photoId,
  };
}

function data(result: { data: Record<string, any> | null; errors?: unknown[] }): Record<string, any> {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
}

describe('model cases over HTTP', () => {
  it('runs the review journey, and only the published case reaches the public', async () => {
    const unit = new Client(server.url);
    const unit2 = new Client(server.url);
    const leader = new Client(server.url);
    const anonymous = new Client(server.url);
    const me = await unit.login('unit');
    await unit2.login('unit2');
    await leader.login('leader');
    const brands = await leader.gql(
      `query($u: ID) { brands(filter: { unitId: $u, stage: [BUILDING, NAMED, PROMOTED, CULTIVATING] }) { nodes { id } } }`,
      { u: me.unit!.id },
    );
    const brandId = data(brands).brands.nodes[0].id as string;
    const photo = await unit.upload(tinyPng(), '红色管家.png');
    expect(photo.status).toBe(201);

    const xss =
      '<p onclick="steal()">党员联户、每周走访<script>alert(1)</script></p><a href="javascript:alert(1)">x</a>';
    const draft = data(await unit.gql(SAVE, { i: input(brandId, photo.body.id, xss) })).saveModelCase;
    expect(draft).toMatchObject({
      status: 'DRAFT',
      tags: ['党员联户', '基层治理'],
      brand: { id: brandId },
      unit: { id: me.unit!.id },
      cover: { id: photo.body.id },
      practice: '<p>党员联户、每周走访</p><a rel="noopener noreferrer" target="_blank">x</a>',
    });
    const submitted = data(await unit.gql(SUBMIT, { id: draft.id, v: draft.version })).submitModelCase;
    expect(submitted.status).toBe('SUBMITTED');

    // Not yet published: invisible to the public and to another unit, in the brand's list too.
    for (const who of [anonymous, unit2]) {
      expect(data(await who.gql(READ, { id: draft.id })).modelCase).toBeNull();
      const listed = data(await who.gql(BRAND_CASES, { id: brandId })).brand.modelCases.map((c: any) => c.id);
      expect(listed).not.toContain(draft.id);
    }
    const refused = await unit2.gql(SUBMIT, { id: draft.id, v: submitted.version });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const noReason = await leader.gql(RETURN, { id: draft.id, v: submitted.version, c: ' ' });
    expect(noReason.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const returned = data(
      await leader.gql(RETURN, { id: draft.id, v: submitted.version, c: '请补充具体成效数据' }),
    ).returnModelCase;
    expect(returned).toMatchObject({
      status: 'RETURNED',
      reviews: [{ decision: 'RETURN', comment: '请补充具体成效数据' }],
    });
    expect(data(await anonymous.gql(READ, { id: draft.id })).modelCase).toBeNull();

    const fixed = data(
      await unit.gql(SAVE, {
        id: draft.id,
        v: returned.version,
        i: input(brandId, photo.body.id, '<p>党员联户、每周走访，全年走访 <em>2000</em> 余人次。</p>'),
      }),
    ).saveModelCase;
    const resubmitted = data(await unit.gql(SUBMIT, { id: draft.id, v: fixed.version })).submitModelCase;
    const stale = await leader.gql(PUBLISH, { id: draft.id, v: fixed.version });
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');
    const published = data(await leader.gql(PUBLISH, { id: draft.id, v: resubmitted.version })).publishModelCase;
    expect(published.status).toBe('PUBLISHED');
    expect(published.publishedAt).not.toBeNull();
    const featured = data(await leader.gql(FEATURE, { id: draft.id })).setModelCaseFeatured;
    expect(featured.featured).toBe(true);

    const read = data(await anonymous.gql(READ, { id: draft.id })).modelCase;
    expect(read).toMatchObject({
      title: '党旗引航·红色管家',
      status: 'PUBLISHED',
      featured: true,
      practice: '<p>党员联户、每周走访，全年走访 <em>2000</em> 余人次。</p>',
      reviews: [],
      cover: { id: photo.body.id, url: `/files/${photo.body.id}` },
    });
    const file = await fetch(`${server.url}${read.cover.url}`);
    expect(file.status).toBe(200);
    await file.arrayBuffer();
    const view = `mutation($id: ID!) { recordCaseView(id: $id) }`;
    expect(data(await anonymous.gql(view, { id: draft.id })).recordCaseView).toBe(1);
    expect(data(await anonymous.gql(view, { id: draft.id })).recordCaseView).toBe(1);
    const timeline = await leader.gql(`query($id: ID!) { brand(id: $id) { timeline(first: 10) { nodes { kind } } } }`, {
      id: brandId,
    });
    const kinds = data(timeline).brand.timeline.nodes.map((n: any) => n.kind);
    expect(kinds.slice(0, 5)).toEqual([
      'CASE_FEATURED',
      'CASE_PUBLISHED',
      'CASE_SUBMITTED',
      'CASE_RETURNED',
      'CASE_SUBMITTED',
    ]);
  });
});
