/**
 * Screenshots of every page at desktop and phone width, for a person to look at (not a test): the public pages
 * anonymously, then every workspace page logged in as each demo role (unit, leader, inspector, admin).
 *
 *   pnpm --filter @flagship/tests screenshots            starts the demo server as the README does
 *   FLAGSHIP_URL=http://127.0.0.1:4000 pnpm … screenshots uses a server that is already running
 *   SHOTS=leader,unit pnpm … screenshots                 only these groups (public, unit, leader, inspector, admin)
 *
 * Full-page PNGs go to tests/screenshots/<group>-<page>-<width>.png (git-ignored). A workspace route that does not
 * exist (yet) shows the not-found page and is logged as such; one the role may not open is logged as redirected.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { chromiumMissing, CHROMIUM_PATH, DESKTOP, launchBrowser, PHONE, watchErrors } from '../src/support/browser';
import { Client } from '../src/support/client';
import { startServer, type StartedServer } from '../src/support/server-process';

const OUT = fileURLToPath(new URL('../screenshots/', import.meta.url));
type Shot = [name: string, path: string];

/** The value at `path` in the answer to a query (as `username` when given), or 'none'. */
async function idOf(client: Client, query: string, path: string[]): Promise<string> {
  let value: unknown = (await client.gql(query)).data;
  for (const key of path) {
    value = (value as Record<string, unknown> | null | undefined)?.[key];
  }
  return typeof value === 'string' ? value : 'none';
}

/** Waits until the page has settled: no requests in flight, no loading skeleton left, lazy images loaded. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 60_000 });
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 50));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState('networkidle', { timeout: 60_000 });
  await page
    .waitForFunction(() => !document.querySelector('.el-skeleton, [aria-busy="true"]'), undefined, { timeout: 10_000 })
    .catch(() => console.warn(`  ! ${page.url()} still shows a loading skeleton`));
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
}

function publicPages(brandId: string, caseId: string): Shot[] {
  return [
    ['home', '/'],
    ['brands', '/brands'],
    ['brand', `/brands/${brandId}`],
    ['cases', '/cases'],
    ['cases-search', `/cases?q=${encodeURIComponent('党旗')}`],
    ['case', `/cases/${caseId}`],
    ['board', '/board'],
    ['board-overdue', '/board?overdue=1'],
    ['not-found', '/no-such-page'],
  ];
}

/** Every workspace route of the brief, per role, with ids of the demo county taken from the API. */
async function workspacePages(url: string): Promise<Record<string, Shot[]>> {
  const unit = new Client(url);
  const me = await unit.login('unit');
  const unitId = me.unit?.id ?? 'none';
  const ownBrand = await idOf(
    unit,
    `{ brands(first: 1, filter: { unitId: "${unitId}", stage: [BUILDING] }) { nodes { id } } }`,
    ['brands', 'nodes', '0', 'id'],
  );
  const ownCase = await idOf(unit, `{ modelCases(first: 1, filter: { unitId: "${unitId}" }) { nodes { id } } }`, [
    'modelCases',
    'nodes',
    '0',
    'id',
  ]);
  const returnedBrand = await idOf(
    unit,
    `{ plans(first: 1, filter: { unitId: "${unitId}", status: [RETURNED] }) { nodes { brand { id } } } }`,
    ['plans', 'nodes', '0', 'brand', 'id'],
  );
  const leader = new Client(url);
  await leader.login('leader');
  const planId = await idOf(leader, '{ plans(first: 1, filter: { status: [SUBMITTED] }) { nodes { id } } }', [
    'plans',
    'nodes',
    '0',
    'id',
  ]);
  const caseId = await idOf(leader, '{ modelCases(first: 1, filter: { status: [SUBMITTED] }) { nodes { id } } }', [
    'modelCases',
    'nodes',
    '0',
    'id',
  ]);
  const anyBrand = await idOf(
    leader,
    '{ brands(first: 1, filter: { stage: [BUILDING] }) { nodes { id unit { id } } } }',
    ['brands', 'nodes', '0', 'id'],
  );
  const anyBrandUnit = await idOf(
    leader,
    '{ brands(first: 1, filter: { stage: [BUILDING] }) { nodes { id unit { id } } } }',
    ['brands', 'nodes', '0', 'unit', 'id'],
  );
  const inspectionId = await idOf(
    leader,
    '{ inspections(first: 1, filter: { kind: [REGULAR, SPOT] }) { nodes { id } } }',
    ['inspections', 'nodes', '0', 'id'],
  );
  const ownInspection = await idOf(unit, '{ inspections(first: 1) { nodes { id } } }', [
    'inspections',
    'nodes',
    '0',
    'id',
  ]);
  const common = (brandId: string): Shot[] => [
    ['compare', `/workspace/inspections/compare?brandId=${brandId}`],
    ['report', `/workspace/brands/${brandId}/report`],
  ];
  return {
    unit: [
      ['home', '/workspace'],
      ['my-brands', '/workspace/my-brands'],
      ['plan', `/workspace/brands/${ownBrand}/plan`],
      ['plan-returned', `/workspace/brands/${returnedBrand}/plan`],
      ['milestones', `/workspace/brands/${ownBrand}/milestones`],
      ['self-inspections', '/workspace/self-inspections'],
      ['self-inspection-new', `/workspace/inspections/new?unitId=${unitId}&brandId=${ownBrand}&kind=SELF`],
      ['inspection', `/workspace/inspections/${ownInspection}`],
      ['case', `/cases/${ownCase}`],
      ['my-rectifications', '/workspace/my-rectifications'],
      ['my-cases', '/workspace/my-cases'],
      ['case-new', '/workspace/cases/new'],
      ['case-edit', `/workspace/cases/${ownCase}/edit`],
      ...common(ownBrand),
    ],
    leader: [
      ['home', '/workspace'],
      ['review', '/workspace/review'],
      ['review-cases', '/workspace/review?tab=cases'],
      ['review-plan', `/workspace/review/plans/${planId}`],
      ['review-case', `/workspace/review/cases/${caseId}`],
      ['case', `/cases/${caseId}`],
      ['brands', '/workspace/brands'],
      ['brand-manage', `/workspace/brands/${anyBrand}/manage`],
      ['units', '/workspace/units'],
      ['units-none', `/workspace/units?q=${encodeURIComponent('没有这个单位')}`],
      ['rectifications', '/workspace/rectifications'],
      ['inspections', '/workspace/inspections'],
      ['dashboard', '/workspace/dashboard'],
      ...common(anyBrand),
    ],
    inspector: [
      ['home', '/workspace'],
      ['spot-checks', '/workspace/spot-checks'],
      ['inspection-new', `/workspace/inspections/new?unitId=${anyBrandUnit}&brandId=${anyBrand}&kind=REGULAR`],
      ['inspections', '/workspace/inspections'],
      ['inspection', `/workspace/inspections/${inspectionId}`],
      ['verify', '/workspace/verify'],
      ...common(anyBrand),
    ],
    admin: [
      ['home', '/workspace'],
      ['admin-units', '/workspace/admin/units'],
      ['admin-users', '/workspace/admin/users'],
      ['admin-checklists', '/workspace/admin/checklists'],
      ['spot-checks', '/workspace/spot-checks'],
      ['verify', '/workspace/verify'],
      ['review-case', `/workspace/review/cases/${caseId}`],
    ],
  };
}

async function logIn(page: Page, url: string, username: string): Promise<void> {
  await page.goto(`${url}/login`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('demo1234');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/workspace/, { timeout: 60_000 });
}

/** Takes every page of one group at both widths, in a browser of its own (logged in as `username` when given). */
async function shoot(url: string, group: string, pages: Shot[], username: string | null): Promise<void> {
  const browser = await launchBrowser();
  try {
    if (username) {
      const page = await browser.newPage();
      await logIn(page, url, username);
      await page.close();
    }
    for (const size of [DESKTOP, PHONE]) {
      for (const [name, path] of pages) {
        const page = await browser.newPage(size);
        const errors = watchErrors(page);
        const file = `${OUT}${group}-${name}-${size.width}.png`;
        try {
          await page.goto(url + path, { waitUntil: 'domcontentloaded', timeout: 60_000 });
          await settle(page);
          await page.screenshot({ path: file, fullPage: true, timeout: 60_000 });
        } catch (e) {
          // A slow or broken page is reported and the run goes on to the next one.
          console.warn(`  ! ${group}-${name}-${size.width}: ${(e as Error).message.split('\n')[0]}`);
          await page.close();
          continue;
        }
        const title = await page.title();
        const landed = new URL(page.url()).pathname;
        const note = title.startsWith('页面不存在')
          ? '  (not found: not built yet)'
          : username && landed !== new URL(url + path).pathname
            ? `  (redirected to ${landed})`
            : '';
        console.log(`${file}  «${title}»${note}${errors.length ? `  errors: ${errors.join(' | ')}` : ''}`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  if (chromiumMissing) {
    throw new Error(`未找到 Chromium（${CHROMIUM_PATH}）：apt-get install chromium fonts-noto-cjk`);
  }
  let server: StartedServer | null = null;
  const url = process.env.FLAGSHIP_URL ?? (server = await startServer()).url;
  const only = process.env.SHOTS?.split(',');
  const want = (group: string) => !only || only.includes(group);
  mkdirSync(OUT, { recursive: true });
  try {
    const anonymous = new Client(url);
    const brandId = await idOf(anonymous, '{ brands(first: 1) { nodes { id } } }', ['brands', 'nodes', '0', 'id']);
    const caseId = await idOf(anonymous, '{ modelCases(first: 1) { nodes { id } } }', [
      'modelCases',
      'nodes',
      '0',
      'id',
    ]);
    if (want('public')) {
      await shoot(url, 'public', publicPages(brandId, caseId), null);
    }
    const workspace = await workspacePages(url);
    for (const [role, pages] of Object.entries(workspace)) {
      if (want(role)) {
        await shoot(url, role, pages, role);
      }
    }
  } finally {
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
