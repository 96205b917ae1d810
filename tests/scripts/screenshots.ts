/**
 * Screenshots of every public page at desktop and phone width, for a person to look at (not a test).
 *
 *   pnpm --filter @flagship/tests screenshots            starts the demo server as the README does
 *   FLAGSHIP_URL=http://127.0.0.1:4000 pnpm … screenshots uses a server that is already running
 *
 * Full-page PNGs go to tests/screenshots/<page>-<width>.png (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumMissing, CHROMIUM_PATH, DESKTOP, launchBrowser, PHONE, watchErrors } from '../src/support/browser';
import { startServer, type StartedServer } from '../src/support/server-process';

const OUT = fileURLToPath(new URL('../screenshots/', import.meta.url));

async function firstId(url: string, query: string, path: string[]): Promise<string | null> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  let value: unknown = ((await res.json()) as { data?: unknown }).data;
  for (const key of path) {
    value = (value as Record<string, unknown> | null | undefined)?.[key];
  }
  return typeof value === 'string' ? value : null;
}

/** Waits until the page has settled: no requests in flight, no loading skeleton left, lazy images loaded. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction(() => !document.querySelector('.el-skeleton, [aria-busy="true"]'), undefined, { timeout: 10_000 })
    .catch(() => console.warn(`  ! ${page.url()} still shows a loading skeleton`));
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
}

async function main(): Promise<void> {
  if (chromiumMissing) {
    throw new Error(`未找到 Chromium（${CHROMIUM_PATH}）：apt-get install chromium fonts-noto-cjk`);
  }
  let server: StartedServer | null = null;
  const url = process.env.FLAGSHIP_URL ?? (server = await startServer()).url;
  const brandId = await firstId(url, '{ brands(first: 1) { nodes { id } } }', ['brands', 'nodes', '0', 'id']);
  const caseId = await firstId(url, '{ modelCases(first: 1) { nodes { id } } }', ['modelCases', 'nodes', '0', 'id']);
  const pages: [string, string][] = [
    ['home', '/'],
    ['brands', '/brands'],
    ['brand', `/brands/${brandId ?? 'none'}`],
    ['cases', '/cases'],
    ['cases-search', `/cases?q=${encodeURIComponent('党旗')}`],
    ['case', `/cases/${caseId ?? 'none'}`],
    ['board', '/board'],
    ['board-overdue', '/board?overdue=1'],
    ['not-found', '/no-such-page'],
  ];
  mkdirSync(OUT, { recursive: true });
  const browser = await launchBrowser();
  try {
    for (const size of [DESKTOP, PHONE]) {
      for (const [name, path] of pages) {
        const page = await browser.newPage(size);
        const errors = watchErrors(page);
        await page.goto(url + path);
        await settle(page);
        const file = `${OUT}${name}-${size.width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        const title = await page.title();
        console.log(`${file}  «${title}»${errors.length ? `  errors: ${errors.join(' | ')}` : ''}`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server?.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
