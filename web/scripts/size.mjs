/**
 * The portal's size budget (issue 5, item 8), measured on a production build — not a test:
 *
 *   pnpm --filter @flagship/web size
 *
 * Builds the portal into a temporary directory (web/dist, which a running server may be serving, is left alone),
 * then follows the Vite manifest from index.html: the JavaScript the home page loads before any interaction is
 * the entry chunk, the home route's chunk and every chunk they import statically. Their gzipped size must stay
 * within 150 KB. ECharts must not be in any public page's initial chunks (it is loaded only where a chart is
 * shown). Exits non-zero when either rule is broken.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const BUDGET_KB = 150;
const HOME = 'src/features/home/HomePage.vue';
/** The public pages' route components (router.ts), each a lazy chunk. */
const PUBLIC_PAGES = [
  HOME,
  'src/features/brands/BrandListPage.vue',
  'src/features/brands/BrandDetailPage.vue',
  'src/features/cases/CaseListPage.vue',
  'src/features/cases/CaseDetailPage.vue',
  'src/features/board/BoardPage.vue',
  'src/shared/NotFoundPage.vue',
];

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'flagship-size-'));

try {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true } });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const [entryKey] = Object.entries(manifest).find(([, chunk]) => chunk.isEntry) ?? [];
  if (!entryKey || !html.includes(manifest[entryKey].file)) {
    throw new Error('index.html does not load the entry chunk the manifest names');
  }

  /** A chunk and everything it imports statically: what the browser fetches before the code runs. */
  const initialChunks = (...keys) => {
    const seen = new Set();
    const visit = (key) => {
      if (!seen.has(key)) {
        seen.add(key);
        for (const next of manifest[key].imports ?? []) {
          visit(next);
        }
      }
    };
    for (const key of keys) {
      if (!manifest[key]) {
        throw new Error(`${key} is not in the build: has the route moved? Update PUBLIC_PAGES in scripts/size.mjs`);
      }
      visit(key);
    }
    return [...seen];
  };
  const bytes = (file) => readFileSync(join(outDir, file));
  const gzipped = (file) => gzipSync(bytes(file)).length;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

  const home = initialChunks(entryKey, HOME);
  const rows = home.map((key) => ({
    file: manifest[key].file,
    raw: bytes(manifest[key].file).length,
    gzip: gzipped(manifest[key].file),
  }));
  const total = rows.reduce((sum, row) => sum + row.gzip, 0);
  const css = [...new Set(home.flatMap((key) => manifest[key].css ?? []))];
  const cssTotal = css.reduce((sum, file) => sum + gzipped(file), 0);

  console.log('\nJavaScript the home page loads before interaction (gzipped):');
  for (const row of rows.sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${row.file.padEnd(48)} ${kb(row.raw).padStart(10)} → ${kb(row.gzip).padStart(9)}`);
  }
  const withinBudget = total <= BUDGET_KB * 1024;
  console.log(
    `  ${'total'.padEnd(48)} ${''.padStart(10)}   ${kb(total).padStart(9)}  (budget ${BUDGET_KB} KB: ${withinBudget ? 'OK' : 'OVER'})`,
  );
  console.log(`  plus CSS ${kb(cssTotal)} gzipped in ${css.length} file(s)`);

  const hasECharts = (key) => /echarts/i.test(bytes(manifest[key].file).toString('utf8'));
  const allWithECharts = Object.keys(manifest).filter((key) => manifest[key].file.endsWith('.js') && hasECharts(key));
  const offending = PUBLIC_PAGES.flatMap((page) =>
    initialChunks(entryKey, page)
      .filter(hasECharts)
      .map((key) => `${page} loads ${manifest[key].file}`),
  );
  console.log(
    `\nECharts: ${allWithECharts.length ? `in ${allWithECharts.map((k) => manifest[k].file).join(', ')}` : 'in no chunk'}`,
  );
  console.log(`  public pages' initial chunks with ECharts: ${offending.length ? offending.join('; ') : 'none (OK)'}`);

  if (!withinBudget || offending.length) {
    console.error(
      `\nSize budget broken: ${!withinBudget ? `home page JavaScript ${kb(total)} > ${BUDGET_KB} KB. ` : ''}${offending.length ? 'ECharts in a public page’s initial chunks.' : ''}`,
    );
    process.exitCode = 1;
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
