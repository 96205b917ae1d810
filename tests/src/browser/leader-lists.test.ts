import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, PHONE, watchErrors, type Browser } from '../support/browser';
import { Client } from '../support/client';
import { startServer, type StartedServer } from '../support/server-process';

/**
 * The leaders' list pages in Chromium, built on the shared list pieces: filters go to the URL and to the export
 * links, 加载更多 follows the keyset cursor and keeps the page count in the URL, an empty result says what to do,
 * every list fits a phone; and a tier change is confirmed first, and a conflict keeps the typed reason.
 */
describeInBrowser('the leaders lists in Chromium', () => {
  let server: StartedServer;
  let browser: Browser;
  let api: Client;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    api = new Client(server.url);
    await api.login('admin');
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

  const count = async (filter: object) =>
    (await api.gql<{ units: { totalCount: number } }>('query($f: UnitFilter) { units(filter: $f) { totalCount } }', {
      f: filter,
    }))!.data!.units.totalCount;

  it('filters units in the URL and the export, loads more after the first page, and says when nothing matches', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await logIn(page, 'leader');
    await page.goto(`${server.url}/workspace/units`);
    await page.getByRole('heading', { name: '单位与等次', level: 1 }).waitFor();
    const list = page.getByRole('region', { name: '单位列表' });
    const rows = list.getByRole('listitem').filter({ has: page.getByRole('button', { name: '调整等次' }) });

    const all = await count({});
    expect(all).toBeGreaterThan(50);
    await page.getByText(`共 ${all} 个单位`).waitFor();
    await expect.poll(() => rows.count()).toBe(50);
    await page.getByRole('button', { name: `加载更多（还有 ${all - 50} 个）` }).click();
    await page.waitForURL(/\/workspace\/units\?page=2$/);
    await expect.poll(() => rows.count()).toBe(Math.min(all, 100));

    await page.getByRole('combobox', { name: '等次', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: '后进', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/workspace\/units\?tier=LAGGING$/);
    const lagging = await count({ tier: ['LAGGING'] });
    await page.getByText(`共 ${lagging} 个单位`).waitFor();
    await expect.poll(() => rows.count()).toBe(Math.min(lagging, 50));
    const csv = await page.getByRole('link', { name: '导出 CSV' }).getAttribute('href');
    expect(csv).toBe(`/exports/units.csv?filter=${encodeURIComponent(JSON.stringify({ tier: ['LAGGING'] }))}`);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const exported = await fetch(server.url + csv!, { headers: { cookie } });
    expect(exported.status).toBe(200);
    expect((await exported.text()).trim().split('\n')).toHaveLength(lagging + 1);

    await page.getByLabel('搜索单位名称').fill('没有这个单位');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=/);
    await page.getByText('没有符合条件的单位').waitFor();
    await page.getByRole('button', { name: '清除全部筛选' }).click();
    await page.waitForURL(/\/workspace\/units$/);
    await page.getByText(`共 ${all} 个单位`).waitFor();
    expect(errors).toEqual([]);
  });

  it('fits every list on a phone', async () => {
    const page = await browser.newPage(PHONE);
    const errors = watchErrors(page);
    await logIn(page, 'leader');
    for (const [path, heading] of [
      ['/workspace/units', '单位与等次'],
      ['/workspace/brands', '品牌管理'],
      ['/workspace/rectifications', '整改事项'],
      ['/workspace/inspections', '督促检查'],
      ['/workspace/review', '审核'],
    ]) {
      await page.goto(server.url + path);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await expect.poll(() => page.locator('.el-skeleton').count(), { message: path }).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
    }

    // The filters fold behind 筛选 so the list starts on the first screen; they open when set.
    await page.goto(`${server.url}/workspace/units`);
    const kind = page.getByRole('combobox', { name: '单位类型' });
    await page.getByText(/共 \d+ 个单位/).waitFor();
    expect(await kind.isVisible()).toBe(false);
    await page.getByRole('button', { name: /^筛选/ }).click();
    await kind.waitFor({ state: 'visible' });
    await page.goto(`${server.url}/workspace/units?tier=LAGGING`);
    await page.getByRole('button', { name: /^筛选（已设置）/ }).waitFor();
    await page.getByRole('combobox', { name: '等次', exact: true }).waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
  });

  it('confirms a tier change, and after a conflict keeps the typed reason through the refresh', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await logIn(page, 'leader');
    await page.goto(`${server.url}/workspace/units?tier=AVERAGE`);
    const row = page
      .getByRole('region', { name: '单位列表' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: '调整等次' }) })
      .first();
    const name = (await row.locator('strong').first().textContent())!.trim();
    const unit = (
      await api.gql<{ units: { nodes: { id: string; version: number }[] } }>(
        'query($q: String) { units(filter: { search: $q }, first: 1) { nodes { id version } } }',
        { q: name },
      )
    ).data!.units.nodes[0];

    await row.getByRole('button', { name: '调整等次' }).click();
    const dialog = page.getByRole('dialog', { name: '调整等次', exact: true });
    await dialog.locator('.el-radio-button', { hasText: '先进' }).click();
    const reason = '按整改方案完成全部整改任务，经镇党委考评。';
    await dialog.getByLabel('理由（必填）').fill(reason);

    // Someone else changes the same unit meanwhile.
    const other = await api.gql(
      'mutation($id: ID!, $v: Int) { changeUnitTier(id: $id, tier: LAGGING, reason: "年中复核", version: $v) { id } }',
      { id: unit.id, v: unit.version },
    );
    expect(other.errors).toBeUndefined();

    await dialog.getByRole('button', { name: '确认调整' }).click();
    const confirm = page.getByRole('dialog', { name: '确认调整等次' });
    await confirm.getByText(`「${name}」将由「一般」调整为「先进」`, { exact: false }).waitFor();
    await confirm.getByRole('button', { name: '确认调整' }).click();
    await dialog.getByText('其他人已修改此内容——请刷新查看他们的修改', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: '刷新' }).click();
    await dialog.getByText('当前：后进', { exact: false }).waitFor();
    expect(await dialog.getByLabel('理由（必填）').inputValue()).toBe(reason);

    await dialog.getByRole('button', { name: '确认调整' }).click();
    await page.getByRole('dialog', { name: '确认调整等次' }).getByRole('button', { name: '确认调整' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('已调整为「先进」').waitFor();
    expect(errors).toEqual([]);
  });
});
