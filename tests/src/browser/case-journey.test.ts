import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, PHONE, watchErrors, type Browser } from '../support/browser';
import { startServer, type StartedServer } from '../support/server-process';

/**
 * 首页 → 搜索「党旗」→ 案例 → 相似案例 in Chromium, against the server started as the README starts it.
 */
describeInBrowser('searching the case library from the home page in Chromium', () => {
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

  for (const size of [undefined, PHONE]) {
    it(`finds 党旗引航 by searching 党旗, opens it, then a similar case (${size ? 'phone' : 'desktop'})`, async () => {
      const page = await browser.newPage(size);
      const errors = watchErrors(page);
      await page.goto(server.url);
      await page.getByLabel('搜索典型案例').fill('党旗');
      await page.getByRole('button', { name: '搜索案例' }).click();
      await page.waitForURL(/\/cases\?q=/);
      expect(decodeURIComponent(new URL(page.url()).search)).toContain('q=党旗');

      // Matches are highlighted by the server, and 党旗 finds 党旗引航 (Chinese search works on words in a phrase).
      const results = page.getByRole('article');
      await expect.poll(() => results.count()).toBeGreaterThan(0);
      expect(await results.locator('mark', { hasText: '党旗' }).count()).toBeGreaterThan(0);
      const hit = results.filter({ hasText: '党旗引航' }).first();
      const link = hit.getByRole('heading', { level: 3 }).getByRole('link');
      const title = (await link.textContent())!.trim();
      await link.click();

      await page.waitForURL(/\/cases\/[^/?]+$/);
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      expect(await page.title()).toContain(title);
      for (const section of ['背景', '做法', '成效', '经验启示']) {
        await page.getByRole('heading', { name: section, level: 2, exact: true }).waitFor();
      }
      const similar = page.getByRole('region', { name: '相似案例' });
      const other = similar.getByRole('article').first().getByRole('heading', { level: 3 }).getByRole('link');
      const otherTitle = (await other.textContent())!.trim();
      expect(otherTitle).not.toBe(title);
      await other.click();
      await page.getByRole('heading', { name: otherTitle, level: 1 }).waitFor();
      expect(await page.title()).toContain(otherTitle);

      // Back returns to the first case, then to the search results with the search still in place.
      await page.goBack();
      await page.getByRole('heading', { name: title, level: 1 }).waitFor();
      await page.goBack();
      await page.waitForURL(/\/cases\?q=/);
      expect(await page.getByLabel('搜索典型案例').inputValue()).toBe('党旗');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size?.width ?? 1280);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
