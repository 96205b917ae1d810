import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, PHONE, watchErrors, type Browser } from '../support/browser';
import { Client } from '../support/client';
import { startServer, type StartedServer } from '../support/server-process';

/**
 * The leader's workspace in Chromium, against the server started as the README starts it: the dashboard draws its
 * charts and a click on the 创建 bar (or its list entry, from the keyboard) opens the leaders' brand list filtered to
 * that stage; and a submitted plan of the demo county is returned with a reason from its review page, resubmitted
 * by its unit over GraphQL, and approved in the page with the diff to the previous revision shown first.
 */
describeInBrowser('the leader dashboard and plan review in Chromium', () => {
  let server: StartedServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function logIn(page: Page, username: string): Promise<void> {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill('demo1234');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/workspace/);
  }

  const CHARTS = ['stage', 'level', 'progress', 'tiers', 'inspections', 'closure', 'satisfaction'];

  for (const size of [undefined, PHONE]) {
    it(`draws every chart and clicks through from the 创建 bar to the brand directory (${size ? 'phone' : 'desktop'})`, async () => {
      const page = await browser.newPage(size);
      const errors = watchErrors(page);
      await logIn(page, 'leader');
      await page.goto(`${server.url}/workspace/dashboard`);
      await page.getByRole('heading', { name: '品牌创建驾驶舱', level: 1 }).waitFor();
      expect(await page.title()).toContain('驾驶舱');
      for (const id of CHARTS) {
        const chart = page.locator(`[data-chart="${id}"]`);
        await chart.waitFor();
        if (id !== 'tiers') {
          await expect.poll(() => chart.locator('svg path, canvas').count(), { message: id }).toBeGreaterThan(0);
        }
      }
      expect(await page.locator('[data-chart="tiers"]').textContent()).toMatch(/后进转化\s*\d+\s*\/\s*\d+/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size?.width ?? 1280);

      // A click on the bar itself: just above the 创建 axis label, inside the bar.
      const stage = page.locator('[data-chart="stage"]');
      await stage.scrollIntoViewIfNeeded();
      const axisLabel = await stage.locator('svg text', { hasText: /^创建$/ }).boundingBox();
      expect(axisLabel).not.toBeNull();
      await page.mouse.click(axisLabel!.x + axisLabel!.width / 2, axisLabel!.y - 14);
      await page.waitForURL(/\/workspace\/brands\?stage=BUILDING$/);
      await page.getByRole('heading', { name: '品牌管理', level: 1 }).waitFor();
      const rows = page.locator('li.row');
      await expect
        .poll(async () => {
          const texts = await rows.allTextContents();
          return texts.length > 0 && texts.every((t) => t.includes('创建') && t.includes('管理'));
        })
        .toBe(true);

      // The same from the keyboard: the list entry beside the chart.
      await page.goBack();
      await page.getByRole('heading', { name: '品牌创建驾驶舱', level: 1 }).waitFor();
      const entry = page
        .getByRole('list', { name: '品牌按创建阶段明细' })
        .getByRole('link', { name: /^创建\s*\d+ 个$/ });
      await entry.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/workspace\/brands\?stage=BUILDING$/);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('returns a submitted plan with a reason, sees the revision, and approves it with the diff shown first', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await logIn(page, 'leader');
    await page.goto(`${server.url}/workspace/review`);
    await page.getByRole('link', { name: '“红色物业”进小区 · 创建方案' }).click();
    await page.waitForURL(/\/workspace\/review\/plans\/[^/]+$/);
    const planId = page.url().split('/').at(-1)!;
    await page.getByRole('heading', { name: '“红色物业”进小区 · 创建方案', level: 1 }).waitFor();
    await page.getByText('首次提交', { exact: false }).first().waitFor();

    // A return without a reason is stopped before anything is sent.
    await page.getByRole('button', { name: '退回修改' }).click();
    await page.getByText('退回须填写理由，说明需要修改的地方').waitFor();
    const reason = '请补充物业服务的量化目标，并写明联系领导。';
    await page.getByLabel(/退回理由/).fill(reason);
    await page.getByRole('button', { name: '退回修改' }).click();
    await page.getByRole('button', { name: '确认退回修改' }).click();
    await page.getByText('该方案已退回，等待创建单位修改后重新提交。').waitFor();
    await page.getByRole('region', { name: '审核记录' }).getByText(reason).waitFor();

    // The unit that owns the brand (城北社区党委, unit2) revises its goals and submits again.
    const unit = new Client(server.url);
    await unit.login('unit2');
    const read = await unit.gql(
      `query($id: ID!) { plan(id: $id) { id version status brand { id } goals concept identity workingMethod measures
        startDate endDate responsibleUnit { id } responsiblePerson { name title phone } liaisonLeader { name title phone }
        supportModes { mode detail } milestones { title deliverable dueDate weight } } }`,
      { id: planId },
    );
    const plan = read.data!.plan;
    expect(plan.status).toBe('RETURNED');
    const person = (p: any) => (p ? { name: p.name, title: p.title, phone: p.phone } : null);
    const saved = await unit.gql(
      `mutation($b: ID!, $v: Int, $i: PlanInput!) { savePlan(brandId: $b, version: $v, input: $i) { id version } }`,
      {
        b: plan.brand.id,
        v: plan.version,
        i: {
          goals: `${plan.goals}物业服务满意率达到95%以上。`,
          concept: plan.concept,
          identity: plan.identity,
          workingMethod: plan.workingMethod,
          measures: plan.measures,
          startDate: plan.startDate,
          endDate: plan.endDate,
          responsibleUnitId: plan.responsibleUnit?.id ?? null,
          responsiblePerson: person(plan.responsiblePerson),
          liaisonLeader: person(plan.liaisonLeader),
          supportModes: plan.supportModes.map((s: any) => ({ mode: s.mode, detail: s.detail })),
          milestones: plan.milestones.map((m: any) => ({ ...m })),
        },
      },
    );
    expect(saved.errors).toBeUndefined();
    const submitted = await unit.gql(
      `mutation($id: ID!, $v: Int!) { submitPlan(id: $id, version: $v) { status revision } }`,
      {
        id: planId,
        v: saved.data!.savePlan.version,
      },
    );
    expect(submitted.data?.submitPlan).toEqual({ status: 'SUBMITTED', revision: 2 });

    // The leader sees what changed since the first submission, before the plan, and approves after confirming.
    await page.reload();
    await page.getByText('与第 1 次提交相比，修改了').waitFor();
    const diff = page.getByRole('region', { name: '创建目标的修改' });
    expect(await diff.locator('ins').textContent()).toContain('物业服务满意率达到95%以上。');
    const order = await page.evaluate(() =>
      [...document.querySelectorAll('h2')]
        .map((h) => h.textContent?.trim())
        .filter((t) => t === '本次修改' || t === '完整方案'),
    );
    expect(order).toEqual(['本次修改', '完整方案']);
    await page.getByRole('button', { name: '通过', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认通过' }).click();
    await page.getByText('该方案已通过，无需再审核。').waitFor();
    const check = await unit.gql(`query($id: ID!) { plan(id: $id) { status } }`, { id: planId });
    expect(check.data!.plan.status).toBe('APPROVED');
    expect(errors).toEqual([]);
    await page.close();
  });
});
