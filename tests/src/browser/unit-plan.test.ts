import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, watchErrors, type Browser } from '../support/browser';
import { Client } from '../support/client';
import { startServer, type StartedServer } from '../support/server-process';

/**
 * The creating unit's main journey in Chromium, against the server started as the README starts it: `unit`
 * declares a brand, writes its plan with two milestones (told at once when one falls outside the plan's dates),
 * submits; the leader returns it with a reason; `unit` sees the reason beside the fields, revises and
 * resubmits; the leader approves, and the revision's changes are recorded.
 */
describeInBrowser('a unit writes, submits and revises a plan in Chromium', () => {
  let server: StartedServer;
  let browser: Browser;
  let leader: Client;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    leader = new Client(server.url);
    await leader.login('leader');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const PLAN = `query($id: ID!) { brand(id: $id) { plan { id version status revision
    revisions { revision changes { field } } } } }`;
  const REVIEW = `mutation($id: ID!, $version: Int!, $decision: ReviewDecision!, $comment: String) {
    reviewPlan(id: $id, version: $version, decision: $decision, comment: $comment) { status } }`;

  async function review(brandId: string, decision: 'APPROVE' | 'RETURN', comment?: string) {
    const plan = (await leader.gql(PLAN, { id: brandId })).data!.brand.plan;
    expect(plan.status).toBe('SUBMITTED');
    const r = await leader.gql(REVIEW, { id: plan.id, version: plan.version, decision, comment });
    expect(r.errors).toBeUndefined();
    return (await leader.gql(PLAN, { id: brandId })).data!.brand.plan;
  }

  /** Types a day into an Element Plus date picker the way a keyboard user does. */
  async function pickDay(page: Page, label: ReturnType<Page['getByLabel']>, day: string) {
    await label.click();
    await label.fill(day);
    await label.press('Enter');
    await page.keyboard.press('Escape');
  }

  async function submitPlan(page: Page) {
    await page.getByRole('button', { name: '提交审核' }).click();
    const box = page.locator('.el-message-box');
    await box.getByText('提交后方案进入领导审核').waitFor();
    await box.getByRole('button', { name: '提交审核' }).click();
    await page.getByText('方案已提交，正在等待领导审核').waitFor();
  }

  it('declares a brand, writes and submits its plan, revises it after a return, and gets it approved', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/login`);
    await page.getByLabel('用户名').fill('unit');
    await page.getByLabel('密码').fill('demo1234');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/workspace$/);
    await page.getByRole('link', { name: /我的品牌/ }).click();
    await page.getByRole('heading', { name: '我的品牌', level: 1 }).waitFor();
    expect(await page.title()).toContain('我的品牌');

    // 申报品牌, checked as the user types.
    const name = `“田间课堂”先锋行${Date.now() % 100000}`;
    await page.getByRole('button', { name: '申报品牌' }).first().click();
    const dialog = page.getByRole('dialog', { name: '申报品牌' });
    await dialog.getByLabel('品牌名称').fill('x');
    await dialog.getByLabel('品牌名称').fill('');
    await dialog.getByText('请填写品牌名称').waitFor();
    await dialog.getByLabel('品牌名称').fill(name);
    await dialog.getByLabel('品牌简介').fill('把党课搬到田间地头，党员带头学技术、帮农户。');
    await dialog.getByText('服务', { exact: true }).click();
    await dialog.getByRole('button', { name: '申报', exact: true }).click();
    const card = page.getByRole('article', { name });
    await card.getByText('申报', { exact: true }).waitFor();
    await card.getByRole('link', { name: `编写方案：${name}` }).click();
    await page.waitForURL(/\/workspace\/brands\/[^/]+\/plan$/);
    const brandId = /brands\/([^/]+)\/plan/.exec(page.url())![1];
    await page.getByRole('heading', { name: `${name} · 创建方案` }).waitFor();

    // The plan, with two milestones; the second one is due after the plan ends.
    await page
      .getByRole('textbox', { name: '创建目标' })
      .fill('党员田间课堂覆盖全村 12 个村民小组，年内培训农户 300 人次。');
    await page.getByRole('textbox', { name: '主要措施' }).fill('一是建课堂；二是排课表；三是评成效。');
    await pickDay(page, page.getByLabel('开始日期'), '2027-01-01');
    await pickDay(page, page.getByLabel('结束日期'), '2027-12-31');
    const responsible = page.getByRole('group', { name: /^责任人/ });
    await responsible.getByLabel('姓名').fill('胡敏霞');
    await responsible.getByLabel('联系电话').fill('139-1000-7422');
    for (const [i, title, due, weight] of [
      [1, '建成田间课堂', '2027-03-31', '40'],
      [2, '完成全年培训', '2028-03-01', '60'],
    ] as const) {
      await page.getByRole('button', { name: '添加节点' }).click();
      const row = page.getByRole('listitem', { name: `第 ${i} 个节点` });
      await row.getByLabel('节点名称').fill(title);
      await pickDay(page, row.getByLabel('计划完成日期'), due);
      await row.getByLabel('权重').fill(weight);
      await row.getByLabel('权重').press('Tab');
    }
    const second = page.getByRole('listitem', { name: '第 2 个节点' });
    await second.getByText('节点完成日期应在方案起止日期之内').waitFor();
    await page.getByText('权重合计 100 / 100').waitFor();
    await pickDay(page, second.getByLabel('计划完成日期'), '2027-11-30');
    await expect.poll(() => second.getByText('节点完成日期应在方案起止日期之内').count()).toBe(0);
    await page
      .getByText(/已自动保存 · \d\d:\d\d/)
      .first()
      .waitFor();
    await submitPlan(page);
    expect((await leader.gql(PLAN, { id: brandId })).data!.brand.plan.revision).toBe(1);

    // The leader returns it; the unit sees the reason beside the fields it names.
    const reason = '请明确联系领导，并写清每个节点的交付成果。';
    expect((await review(brandId, 'RETURN', reason)).status).toBe('RETURNED');
    await page.reload();
    const banner = page.getByRole('region', { name: '退回理由' });
    await banner.getByText(reason).waitFor();
    await banner.getByRole('button', { name: '联系领导' }).waitFor();
    await page.getByRole('region', { name: '创建计划节点' }).getByText('退回意见涉及此项').waitFor();

    await page
      .getByRole('group', { name: /^联系领导/ })
      .getByLabel('姓名')
      .fill('李建华');
    await page.getByRole('listitem', { name: '第 1 个节点' }).getByLabel('交付成果').fill('课堂阵地照片、课表');
    await page.getByRole('listitem', { name: '第 2 个节点' }).getByLabel('交付成果').fill('培训台账、农户签到表');
    await page
      .getByText(/已自动保存 · \d\d:\d\d/)
      .first()
      .waitFor();
    await submitPlan(page);

    const approved = await review(brandId, 'APPROVE', '同意按计划推进。');
    expect(approved).toMatchObject({ status: 'APPROVED', revision: 2 });
    expect(approved.revisions[1].changes.map((c: { field: string }) => c.field)).toEqual(
      expect.arrayContaining(['liaisonLeader', 'milestones']),
    );

    // Read-only now, with the history of both versions and the change list.
    await page.reload();
    await page.getByText('方案已审核通过').waitFor();
    const history = page.getByRole('region', { name: '审核记录与修改对比' });
    await history.getByText('与第 1 版相比修改了').waitFor();
    await history.getByText('李建华').waitFor();
    await page.getByRole('link', { name: '去报告节点进展' }).click();
    await page.waitForURL(/\/milestones$/);
    await page.getByRole('heading', { name: `${name} · 节点进展` }).waitFor();
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    await page.getByRole('article', { name: '建成田间课堂' }).getByRole('button', { name: '报告进展' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses another unit’s plan and milestones clearly, and links its own brand’s acceptance report', async () => {
    const all = (await leader.gql(`{ brands(first: 100) { nodes { id name } } }`)).data!.brands.nodes;
    const school = all.find((b: { name: string }) => b.name === '桃源村“农家党校”');
    expect(school).toBeDefined();

    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/login`);
    await page.getByLabel('用户名').fill('unit2');
    await page.getByLabel('密码').fill('demo1234');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/workspace$/);

    for (const [path, what] of [
      ['plan', '创建方案'],
      ['milestones', '节点进展'],
    ]) {
      await page.goto(`${server.url}/workspace/brands/${school.id}/${path}`);
      await page.getByText(`「桃源村“农家党校”」不是本单位的品牌，不能查看或修改它的${what}`).waitFor();
      expect(await page.getByRole('button', { name: /提交审核|报告进展/ }).count()).toBe(0);
      await page.getByRole('link', { name: '查看该品牌主页' }).waitFor();
    }
    await page.getByRole('link', { name: '返回我的品牌' }).click();
    await page.getByRole('heading', { name: '我的品牌', level: 1 }).waitFor();
    await page.close();

    const own = await browser.newPage();
    await own.goto(`${server.url}/login`);
    await own.getByLabel('用户名').fill('unit');
    await own.getByLabel('密码').fill('demo1234');
    await own.getByRole('button', { name: '登录' }).click();
    await own.waitForURL(/\/workspace$/);
    await own.goto(`${server.url}/workspace/my-brands`);
    await own.getByRole('link', { name: '考核验收材料：桃源村“农家党校”' }).click();
    await own.waitForURL(new RegExp(`/workspace/brands/${school.id}/report$`));
    expect(errors).toEqual([]);
    await own.close();
  });
});
