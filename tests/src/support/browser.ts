import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { beforeEach, describe } from 'vitest';

/** Debian's Chromium (`apt-get install chromium fonts-noto-cjk`); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumMissing = !existsSync(CHROMIUM_PATH);

/**
 * `describe` for the browser journeys. Without Chromium a user's run skips them and says why; CI never skips:
 * there a missing Chromium fails the run.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumMissing && process.env.CI === 'true') {
    throw new Error(`CI 必须安装 chromium：未找到 ${CHROMIUM_PATH}（apt-get install chromium fonts-noto-cjk）`);
  }
  if (chromiumMissing) {
    console.warn(
      `未找到 Chromium（${CHROMIUM_PATH}），跳过浏览器测试；apt-get install chromium fonts-noto-cjk，或用 CHROMIUM_PATH 指定`,
    );
  }
  describe.skipIf(chromiumMissing)(name, () => {
    beforeEach(({ onTestFailed, task }) => {
      onTestFailed(() => recordOpenPages(task.name));
    });
    body();
  });
}

const FAILURES_DIR = fileURLToPath(new URL('../../screenshots/failures', import.meta.url));
const openContexts = new Set<BrowserContext>();

/**
 * When a journey fails, what each open tab showed: its address and visible text go to the test output (a
 * waiting step's timeout does not say what was on the screen instead), and a screenshot to
 * tests/screenshots/failures/.
 */
async function recordOpenPages(testName: string): Promise<void> {
  mkdirSync(FAILURES_DIR, { recursive: true });
  const slug = testName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
  let n = 0;
  for (const context of openContexts) {
    for (const page of context.pages()) {
      const file = join(FAILURES_DIR, `${slug}-${n + 1}.png`);
      try {
        const dialogs = await page.locator('.el-dialog:visible, .el-message-box:visible').allInnerTexts();
        const text = dialogs.length > 0 ? dialogs.join('\n---\n') : await page.locator('body').innerText();
        if (page.url() === 'about:blank' && text.trim() === '') {
          continue; // the tab Chromium opens with the profile
        }
        n += 1;
        await page.screenshot({ path: file, fullPage: true, timeout: 10_000 });
        console.error(`[失败时的页面 ${n}] ${page.url()}\n截图：${file}\n${text.slice(0, 3000)}`);
      } catch (e) {
        console.error(`[失败时的页面 ${n}] ${page.url()}：无法记录（${(e as Error).message}）`);
      }
    }
  }
}

export interface Browser {
  context: BrowserContext;
  /** A new tab at the given window size (desktop by default). */
  newPage(size?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 375, height: 812 };

/** Launches Chromium headless with a fresh profile, in Chinese and Beijing time like the county's users. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'flagship-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: DESKTOP,
  });
  openContexts.add(context);
  return {
    context,
    async newPage(size = DESKTOP) {
      const page = await context.newPage();
      await page.setViewportSize(size);
      return page;
    },
    async close() {
      openContexts.delete(context);
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Collects the page's console errors and failed requests, so a journey can assert the page ran cleanly. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') {
      errors.push(`console: ${m.text()}`);
    }
  });
  page.on('response', (r) => {
    if (r.status() >= 500) {
      errors.push(`${r.status()} ${r.url()}`);
    }
  });
  return errors;
}
