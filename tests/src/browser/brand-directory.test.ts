import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchBrowser, PHONE, watchErrors, type Browser } from '../support/browser';
import { startServer, type StartedServer } from '../support/server-process';

/**
 * 品牌名录 → 品牌 in Chromium, against the server started as the README starts it: a visitor narrows the
 * directory to 市级 brands, opens one, and sees its progress (with the formula) and its milestones.
 */
describeInBrowser('the brand directory and the brand page in Chromium', () => {
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
    it(`filters the directory by level, opens a brand and shows its progress and milestones (${size ? 'phone' : 'desktop'})`, async () => {
      const page = await browser.newPage(size);
      const errors = watchErrors(page);
      await page.goto(`${server.url}/brands`);
      await page.getByRole('heading', { name: '党建品牌名录', level: 1 }).waitFor();
      expect(await page.title()).toContain('品牌名录');

      // Open the select from the keyboard (Element Plus lays its placeholder over the input).
      await page.getByRole('combobox', { name: '影响级别' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('option', { name: '市级' }).click();
      await page.keyboard.press('Escape');
      await page.waitForURL(/level=CITY/);
      const cards = page.getByRole('article');
      await expect
        .poll(async () => {
          const texts = await cards.allTextContents();
          return texts.length > 0 && texts.every((t) => t.includes('市级'));
        })
        .toBe(true);

      const link = cards.first().getByRole('heading', { level: 3 }).getByRole('link');
      const name = (await link.textContent())!.trim();
      await link.click();
      await page.waitForURL(/\/brands\/[^/?]+$/);
      await page.getByRole('heading', { name, level: 1 }).waitFor();
      expect(await page.title()).toContain(name);

      await page.getByRole('heading', { name: '创建进度' }).waitFor();
      const progress = page.getByRole('progressbar', { name: '创建进度' });
      expect(Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
      await page.getByText('计算公式').waitFor();
      const milestones = page.getByRole('region', { name: '创建计划节点' });
      await expect.poll(() => milestones.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(0);

      await page.goBack();
      await page.waitForURL(/\/brands\?.*level=CITY/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size?.width ?? 1280);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
