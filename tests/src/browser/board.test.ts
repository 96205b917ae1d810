import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, PHONE, watchErrors, type Browser } from '../support/browser';
import { startServer, type StartedServer } from '../support/server-process';

/**
 * 整改公开栏 in Chromium, against the server started as the README starts it: a member of the public rates a
 * public rectification, sees the thanks and the count go up, and is told the rule when rating it again.
 */
describeInBrowser('the public rectification board in Chromium', () => {
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

  /** The number in “共 N 条评议” and the 满意 count of an item's satisfaction summary. */
  async function counts(item: Locator): Promise<{ total: number; satisfied: number }> {
    const text = (await item.textContent()) ?? '';
    const total = /共 (\d+) 条评议/.exec(text);
    const bar = await item
      .getByRole('listitem')
      .filter({ hasText: /^\s*满意\s*\d+\s*$/ })
      .textContent()
      .catch(() => null);
    return { total: total ? Number(total[1]) : 0, satisfied: Number(/\d+/.exec(bar ?? '')?.[0] ?? 0) };
  }

  async function rate(page: Page, item: Locator, choice: string, comment?: string): Promise<void> {
    await item.getByRole('button', { name: '我要评议' }).click();
    const form = item.getByRole('form');
    // Element Plus draws its own circle over the native radio; choose the way a user does, by the label.
    await form.getByText(choice, { exact: true }).click();
    await expect.poll(() => form.getByRole('radio', { name: choice, exact: true }).isChecked()).toBe(true);
    if (comment) {
      await form.getByLabel('意见建议（选填）').fill(comment);
      await expect.poll(() => form.textContent()).toContain(`${comment.length} / 500`);
    }
    await form.getByRole('button', { name: '提交评议' }).click();
  }

  it('rates an item, thanks the user and counts the rating; a second rating the same day is refused with the rule', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}/board`);
    await page.getByRole('heading', { name: '整改公开栏', level: 1 }).waitFor();
    expect(await page.title()).toContain('整改公开栏');
    await expect
      .poll(() => page.textContent('main'))
      .toContain('整改措施、时限、责任人向群众公开，接受群众的监督和评议');

    const first = page.getByRole('article').first();
    const problem = (await first.getByRole('heading', { level: 3 }).textContent())!.trim();
    const item = page.getByRole('article', { name: problem });
    for (const label of ['整改措施', '整改时限', '责任人']) {
      await item.getByText(label, { exact: true }).waitFor();
    }
    const before = await counts(item);

    const comment = '整改及时，点赞！<b>不是粗体</b>';
    await rate(page, item, '满意', comment);
    await item.getByText('感谢您的评议！').waitFor();
    await expect.poll(() => counts(item)).toEqual({ total: before.total + 1, satisfied: before.satisfied + 1 });
    // The comment is shown as the text it is, never as markup.
    await item.getByText(comment).waitFor();
    expect(await item.locator('b').count()).toBe(0);

    await page.reload();
    await rate(page, page.getByRole('article', { name: problem }), '基本满意');
    const refusal = page.getByRole('article', { name: problem }).getByRole('alert');
    await expect.poll(() => refusal.textContent()).toContain('您今天已经评议过');
    expect(await refusal.textContent()).toContain('每人每天对同一事项只能评议一次；频繁提交会被暂时限制');
    expect(await counts(page.getByRole('article', { name: problem }))).toEqual({
      total: before.total + 1,
      satisfied: before.satisfied + 1,
    });

    expect(await page.textContent('main')).not.toMatch(/1[3-9]\d{9}/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the filters in the address, and the back button returns to the previous ones (phone width)', async () => {
    const page = await browser.newPage(PHONE);
    const errors = watchErrors(page);
    await page.goto(`${server.url}/board`);
    const count = page.getByText(/共 \d+ 项公开整改事项/);
    await count.waitFor();
    const all = (await count.textContent())!;

    await page.getByText('只看已逾期').click();
    await page.waitForURL(/overdue=1/);
    await expect.poll(() => count.textContent()).not.toBe(all);
    const overdueItems = page.getByRole('article');
    await expect.poll(() => overdueItems.count()).toBeGreaterThan(0);
    for (const item of await overdueItems.all()) {
      expect(await item.textContent()).toMatch(/已逾期( \d+ 天)?/);
    }

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('overdue'));
    await expect.poll(() => count.textContent()).toBe(all);

    // “加载更多” appends the next page to the list.
    const total = Number(/共 (\d+) 项/.exec(all)![1]);
    const items = page.getByRole('article');
    await expect.poll(() => items.count()).toBe(Math.min(total, 10));
    if (total > 10) {
      await page.getByRole('button', { name: /加载更多/ }).click();
      await expect.poll(() => items.count()).toBe(Math.min(total, 20));
    }

    await page.goto(`${server.url}/board?overdue=1&status=VERIFIED`);
    await page.getByText('没有符合条件的整改事项').waitFor();
    await page.getByRole('button', { name: '查看全部整改事项' }).click();
    await expect.poll(() => count.textContent()).toBe(all);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
    await page.close();
  });
});
