import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, PHONE, watchErrors, type Browser } from '../support/browser';
import { Client } from '../support/client';
import { tinyPng } from '../support/files';
import { startServer, type StartedServer } from '../support/server-process';

/**
 * The year-end paperwork in Chromium, against the server started as the README starts it: a leader opens a demo
 * brand's acceptance report (考核验收材料) and prints it to A4; a unit writes a model case with a photo and submits
 * it, and the case reaches the leader's review queue.
 */
describeInBrowser('acceptance report and unit cases in Chromium', () => {
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

  async function login(page: Page, username: string): Promise<void> {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill('demo1234');
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/workspace$/);
  }

  /** A demo brand with an approved plan and at least one inspection (the report then has every section). */
  async function demoBrand(): Promise<{ id: string; name: string; goals: string; milestone: string }> {
    const r = await leader.gql(`{ brands(first: 100) { nodes { id name plan { status goals }
      milestones { title } inspections(first: 1) { totalCount } } } }`);
    const brand = r.data!.brands.nodes.find(
      (b: any) => b.plan?.status === 'APPROVED' && b.inspections.totalCount > 0 && b.milestones.length > 0,
    );
    expect(brand).toBeDefined();
    return { id: brand.id, name: brand.name, goals: brand.plan.goals, milestone: brand.milestones[0].title };
  }

  it('a leader reads a brand’s acceptance report and prints it to A4', async () => {
    const brand = await demoBrand();
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await login(page, 'leader');
    await page.goto(`${server.url}/workspace/brands/${brand.id}/report`);
    const report = page.getByRole('article', { name: '考核验收材料' });
    await report.getByRole('heading', { name: brand.name, level: 1 }).waitFor();
    for (const section of ['二、品牌创建方案', '三、创建计划节点及进展', '四、督促检查情况', '五、问题整改落实情况']) {
      await report.getByRole('heading', { name: section, level: 2 }).waitFor();
    }
    await expect.poll(() => report.getByText(brand.goals).count()).toBeGreaterThan(0);
    await expect.poll(() => report.getByText(brand.milestone).count()).toBeGreaterThan(0);
    expect(await report.getByRole('table').count()).toBeGreaterThan(5);
    expect(await page.title()).toContain('考核验收材料');

    // 打印 opens the browser's print dialog once every record has loaded.
    const print = page.getByRole('button', { name: '打印' });
    await expect.poll(() => print.isEnabled()).toBe(true);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await print.click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // In print the portal's header and the buttons are gone; the report is black on white.
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('header')!).display)).toBe('none');
    expect(await print.isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    // A4 is 595 × 842 points.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)/.exec(pdf.toString('latin1'));
    expect(Math.abs(Number(box?.[1]) - 595)).toBeLessThan(2);
    expect(Math.abs(Number(box?.[2]) - 842)).toBeLessThan(2);
    expect(errors).toEqual([]);
  });

  it('a unit may read its own brand’s report but not another unit’s', async () => {
    const unit = new Client(server.url);
    const me = await unit.login('unit');
    const r = await leader.gql(`{ brands(first: 100) { nodes { id stage unit { id } } } }`);
    const nodes = r.data!.brands.nodes as { id: string; stage: string; unit: { id: string } }[];
    const own = nodes.find((b) => b.unit.id === me.unit!.id)!;
    // A brand of another unit that the unit can see on the showcase (past 申报, not withdrawn).
    const other = nodes.find((b) => b.unit.id !== me.unit!.id && !['DECLARED', 'WITHDRAWN'].includes(b.stage))!;
    const page = await browser.newPage(PHONE);
    await login(page, 'unit');
    await page.goto(`${server.url}/workspace/brands/${other.id}/report`);
    await page.getByText('只能查看本单位品牌的考核验收材料').waitFor();
    await page.goto(`${server.url}/workspace/brands/${own.id}/report`);
    await page.getByRole('heading', { name: '三、创建计划节点及进展' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });

  it('a unit writes a case with a photo, submits it, and the leader finds it in the review queue', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await login(page, 'unit');
    await page.getByRole('link', { name: /我的案例/ }).click();
    await page.getByRole('heading', { name: '我的案例', level: 1 }).waitFor();
    await page.getByRole('button', { name: '编写案例' }).first().click();
    await page.waitForURL(/\/workspace\/cases\/new$/);

    // Checked as the user types: a section left empty says so at once.
    const title = `田间党课进农家${Date.now() % 100000}`;
    await page.getByRole('textbox', { name: '背景' }).fill('x');
    await page.getByRole('textbox', { name: '背景' }).fill('');
    await page.getByText('请填写背景').waitFor();
    await page.getByPlaceholder('如：党旗引航·网格里的红色管家').fill(title);
    await page.getByPlaceholder(/用两三句话/).fill('把党课搬到田间地头，党员带头学技术、帮农户。');
    await page.getByRole('textbox', { name: '背景' }).fill('村里种植户多，缺技术、缺信息。');
    await page.getByRole('textbox', { name: '做法' }).fill('- 每月一堂田间党课\n- 党员**结对**种植户');
    await page.getByRole('textbox', { name: '成效' }).fill('一年培训 320 人次，户均增收 2000 元。');
    await page.getByRole('textbox', { name: '经验启示' }).fill('党课和技术课一起上，群众才愿意来。');
    await expect.poll(() => page.getByText('请填写背景').count()).toBe(0);

    // The photo uploads with its progress, becomes the cover, and the draft autosaves under its own address.
    await page.locator('input[type=file]').setInputFiles({
      name: '田间党课.png',
      mimeType: 'image/png',
      buffer: tinyPng(24),
    });
    await page.getByRole('radio', { name: '设为封面' }).waitFor();
    expect(await page.getByRole('radio', { name: '设为封面' }).isChecked()).toBe(true);
    await page.waitForURL(/\/workspace\/cases\/[0-9a-f-]{36}\/edit$/);
    await page
      .getByText(/已自动保存/)
      .first()
      .waitFor();

    await page.getByRole('button', { name: '提交审核' }).click();
    const box = page.locator('.el-message-box');
    await box.getByText('提交后案例进入领导审核').waitFor();
    await box.getByRole('button', { name: '提交审核' }).click();
    await page.getByText('案例已提交，等待领导审核').first().waitFor();

    const queue = await leader.gql(`{ modelCases(filter: { status: [SUBMITTED] }, first: 100) {
      nodes { id title status unit { name } cover { id } photos { contentType } practice } } }`);
    const submitted = queue.data!.modelCases.nodes.find((c: any) => c.title === title);
    expect(submitted).toBeDefined();
    expect(submitted.cover).not.toBeNull();
    expect(submitted.photos.map((p: any) => p.contentType)).toEqual(['image/png']);
    expect(submitted.practice).toBe('<ul><li>每月一堂田间党课</li><li>党员<strong>结对</strong>种植户</li></ul>');

    // 我的案例 lists it as awaiting review.
    await page.goto(`${server.url}/workspace/my-cases?status=SUBMITTED`);
    await page.getByRole('link', { name: title }).waitFor();
    expect(errors).toEqual([]);
  });
});
