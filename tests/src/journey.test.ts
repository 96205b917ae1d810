import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from './support/client';
import { startServer, type StartedServer } from './support/server-process';

/**
 * The foundation journey over HTTP with cookies, against the server started as the README starts it on a fresh
 * database with the demo county.
 */
let server: StartedServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server?.stop());

const PLAN = `
  fragment P on Plan { id status revision version milestones { id title weight status version } }`;

function planInput(goals: string) {
  return {
    goals,
    measures: '建立党员服务队，每月开展服务活动',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    responsiblePerson: { name: '王书记', title: '村党支部书记', phone: '13800001111' },
    liaisonLeader: { name: '李部长', title: '县委组织部部长' },
    supportModes: [{ mode: 'LEADER_LIAISON', detail: '县领导每季度联系指导一次' }],
    milestones: [
      { title: '组建服务队', deliverable: '队员名册', dueDate: '2026-03-31', weight: 40 },
      { title: '开展服务活动', deliverable: '活动台账', dueDate: '2026-12-31', weight: 60 },
    ],
  };
}

describe('the server as the README starts it', () => {
  it('prints the address and the demo accounts, and answers /healthz', async () => {
    expect(server.output()).toContain('演示账号');
    for (const name of ['admin', 'leader', 'inspector', 'unit', 'unit2']) {
      expect(server.output()).toContain(name);
    }
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
  });

  it('sets an HttpOnly SameSite=Lax session cookie on login and ends the session on logout', async () => {
    const c = new Client(server.url);
    await c.login('leader');
    expect(c.lastSetCookie[0]).toMatch(/HttpOnly/i);
    expect(c.lastSetCookie[0]).toMatch(/SameSite=Lax/i);
    expect((await c.gql('{ me { username role } }')).data?.me).toEqual({ username: 'leader', role: 'LEADER' });
    const stolen = new Client(server.url);
    Object.assign(stolen, { cookie: (c as unknown as { cookie: string }).cookie });
    await c.gql('mutation { logout }');
    expect((await stolen.gql('{ me { username } }')).data?.me).toBeNull();
  });

  it('refuses CSRF-prone and batched requests', async () => {
    const c = new Client(server.url);
    const form = await c.post('/graphql', 'query=%7B%20me%20%7B%20id%20%7D%20%7D', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(400);
    const batch = await c.post('/graphql', [{ query: '{ me { id } }' }, { query: '{ me { id } }' }]);
    expect(batch.status).toBe(400);
  });
});

describe('declaring a brand through to an approved plan', () => {
  it('runs the whole journey, refuses unit2 and shows the public only showcase fields', async () => {
    const unit = new Client(server.url);
    const leader = new Client(server.url);
    const unit2 = new Client(server.url);
    const anon = new Client(server.url);
    await unit.login('unit');
    await leader.login('leader');
    await unit2.login('unit2');

    const created = await unit.gql(
      `mutation { createBrand(input: { name: "红色领航服务站", summary: "以党员服务站为载体开展便民服务", category: SERVICE }) { id version stage } }`,
    );
    expect(created.errors).toBeUndefined();
    const brandId = created.data!.createBrand.id as string;

    const saved = await unit.gql(
      `mutation($b: ID!, $i: PlanInput!) { savePlan(brandId: $b, input: $i) { ...P } } ${PLAN}`,
      {
        b: brandId,
        i: planInput('打造群众满意的党员服务品牌'),
      },
    );
    expect(saved.data?.savePlan.status).toBe('DRAFT');
    let plan = saved.data!.savePlan;

    expect(
      (
        await unit2.gql(`mutation($id: ID!, $v: Int!) { submitPlan(id: $id, version: $v) { id } }`, {
          id: plan.id,
          v: plan.version,
        })
      ).errors?.[0].extensions.code,
    ).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect(
      (
        await unit2.gql(`mutation($id: ID!) { updateBrand(id: $id, version: 1, input: { name: "改名" }) { id } }`, {
          id: brandId,
        })
      ).errors?.[0].extensions.code,
    ).toMatch(/FORBIDDEN|NOT_FOUND/);

    plan = (
      await unit.gql(`mutation($id: ID!, $v: Int!) { submitPlan(id: $id, version: $v) { ...P } } ${PLAN}`, {
        id: plan.id,
        v: plan.version,
      })
    ).data!.submitPlan;
    expect(plan).toMatchObject({ status: 'SUBMITTED', revision: 1 });

    const noReason = await leader.gql(
      `mutation($id: ID!, $v: Int!) { reviewPlan(id: $id, version: $v, decision: RETURN) { id } }`,
      { id: plan.id, v: plan.version },
    );
    expect(noReason.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    plan = (
      await leader.gql(
        `mutation($id: ID!, $v: Int!) { reviewPlan(id: $id, version: $v, decision: RETURN, comment: "目标不够具体，请量化") { ...P } } ${PLAN}`,
        { id: plan.id, v: plan.version },
      )
    ).data!.reviewPlan;
    expect(plan.status).toBe('RETURNED');

    plan = (
      await unit.gql(
        `mutation($b: ID!, $v: Int, $i: PlanInput!) { savePlan(brandId: $b, version: $v, input: $i) { ...P } } ${PLAN}`,
        { b: brandId, v: plan.version, i: planInput('年内服务群众 1000 人次，群众满意率 95% 以上') },
      )
    ).data!.savePlan;
    plan = (
      await unit.gql(`mutation($id: ID!, $v: Int!) { submitPlan(id: $id, version: $v) { ...P } } ${PLAN}`, {
        id: plan.id,
        v: plan.version,
      })
    ).data!.submitPlan;
    expect(plan.revision).toBe(2);

    const review = await leader.gql(
      `query($id: ID!) { plan(id: $id) { changes { field before after } reviews { decision comment } } }`,
      { id: plan.id },
    );
    expect(review.data?.plan.changes).toEqual([
      expect.objectContaining({ field: 'goals', after: '年内服务群众 1000 人次，群众满意率 95% 以上' }),
    ]);
    expect(review.data?.plan.reviews[0]).toEqual({ decision: 'RETURN', comment: '目标不够具体，请量化' });

    plan = (
      await leader.gql(
        `mutation($id: ID!, $v: Int!) { reviewPlan(id: $id, version: $v, decision: APPROVE) { ...P } } ${PLAN}`,
        { id: plan.id, v: plan.version },
      )
    ).data!.reviewPlan;
    expect(plan.status).toBe('APPROVED');

    const first = plan.milestones[0];
    expect(
      (
        await unit2.gql(
          `mutation($id: ID!, $v: Int!) { reportMilestone(id: $id, version: $v, input: { status: DONE, note: "冒充" }) { id } }`,
          { id: first.id, v: first.version },
        )
      ).errors?.[0].extensions.code,
    ).toMatch(/FORBIDDEN|NOT_FOUND/);
    const done = await unit.gql(
      `mutation($id: ID!, $v: Int!) { reportMilestone(id: $id, version: $v, input: { status: DONE, note: "服务队已组建，队员 32 人" }) { status doneAt } }`,
      { id: first.id, v: first.version },
    );
    expect(done.data?.reportMilestone.status).toBe('DONE');
    expect(
      (await unit.gql(`query($id: ID!) { brand(id: $id) { progress } }`, { id: brandId })).data?.brand.progress,
    ).toBe(40);

    expect(
      (
        await unit.gql(`mutation($id: ID!) { changeBrandStage(id: $id, stage: CULTIVATING) { stage } }`, {
          id: brandId,
        })
      ).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    expect((await anon.gql(`query($id: ID!) { brand(id: $id) { id } }`, { id: brandId })).data?.brand).toBeNull();
    const moved = await leader.gql(
      `mutation($id: ID!) { changeBrandStage(id: $id, stage: CULTIVATING, note: "方案已批准，进入培育") { stage } }`,
      { id: brandId },
    );
    expect(moved.data?.changeBrandStage.stage).toBe('CULTIVATING');

    const publicView = await anon.gql(
      `query($id: ID!) { brand(id: $id) { stage progress plan { status responsiblePerson { name phone } reviews { comment } } timeline { nodes { kind summary } } } }`,
      { id: brandId },
    );
    expect(publicView.data?.brand.plan.responsiblePerson).toEqual({ name: '王书记', phone: null });
    expect(publicView.data?.brand.plan.reviews).toEqual([]);
    const kinds = publicView.data?.brand.timeline.nodes.map((n: { kind: string }) => n.kind);
    expect(kinds).toContain('STAGE_CHANGED');
    expect(kinds).not.toContain('PLAN_RETURNED');
    expect((await anon.gql('{ units { totalCount } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
