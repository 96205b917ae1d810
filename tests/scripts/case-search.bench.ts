// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient types the server harness needs
/// <reference path="../../server/src/types.d.ts" />
/**
 * Benchmark of model case search and facets over 10,000 cases (not a test: it asserts nothing). Seeds a fresh
 * database — in-memory PGlite, or a new database on the server named by DATABASE_URL — with the search corpus,
 * then runs each GraphQL operation through the production Apollo setup and prints median and p90 latency.
 *
 *   npx -y pnpm@12.4.2 --filter @flagship/tests bench:search
 */
import { performance } from 'node:perf_hooks';
import { gql, makeUnit, openTestDatabase, seedSearchCorpus } from '@flagship/server/testing';

const CASES = 10_000;
const WARMUP = 3;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const LIST = `query($f: ModelCaseFilter, $sort: ModelCaseSort) {
  modelCases(filter: $f, sort: $sort, first: 20) { totalCount nodes { id title highlight { title snippet } } } }`;
const FACETS = `query($f: ModelCaseFilter) { modelCaseFacets(filter: $f) {
  level { value count } category { value count } year { value count } tag { value count } town { value count } } }`;
const SIMILAR = `query($f: ModelCaseFilter, $n: Int) { modelCases(filter: $f, first: $n) { nodes { id similar { id } } } }`;

const OPERATIONS: [string, string, Record<string, unknown>][] = [
  ['search 党旗 (2 chars, relevance)', LIST, { f: { search: '党旗' } }],
  ['search 服务先锋 (4 chars, relevance)', LIST, { f: { search: '服务先锋' } }],
  ['search 网格 sorted NEWEST', LIST, { f: { search: '网格' }, sort: 'NEWEST' }],
  ['search 党 (1 char)', LIST, { f: { search: '党' } }],
  ['list, no search, NEWEST', LIST, { f: {} }],
  ['list, no search, LEVEL', LIST, { f: {}, sort: 'LEVEL' }],
  ['facets (5), no filter', FACETS, { f: {} }],
  ['facets (5), search 党旗', FACETS, { f: { search: '党旗' } }],
  ['facets (5), level + year', FACETS, { f: { level: ['CITY'], year: 2020 } }],
  ['similar(first: 5) for 1 case (detail page)', SIMILAR, { f: {}, n: 1 }],
  ['similar(first: 5) for 20 cases (one batch)', SIMILAR, { f: {}, n: 20 }],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}

async function main() {
  const handle = await openTestDatabase();
  try {
    const county = await makeUnit(handle.db, { kind: 'COUNTY_COMMITTEE' });
    const town = await makeUnit(handle.db, { parent: county, kind: 'TOWN_COMMITTEE' });
    const villages = await Promise.all([0, 1, 2].map(() => makeUnit(handle.db, { parent: town })));
    const seeding = performance.now();
    await seedSearchCorpus(
      handle.db,
      villages.map((v) => v.id),
      CASES,
    );
    console.log(`${handle.kind}: seeded ${CASES} cases in ${Math.round(performance.now() - seeding)} ms`);
    for (const [name, query, variables] of OPERATIONS) {
      const times: number[] = [];
      for (let i = 0; i < WARMUP + RUNS; i += 1) {
        const start = performance.now();
        const result = await gql(handle.db, null, query, variables);
        if (result.errors) {
          throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
        }
        if (i >= WARMUP) {
          times.push(performance.now() - start);
        }
      }
      times.sort((a, b) => a - b);
      const [median, p90] = [percentile(times, 0.5), percentile(times, 0.9)].map((t) => t.toFixed(1).padStart(7));
      console.log(`${name.padEnd(40)} median ${median} ms   p90 ${p90} ms`);
    }
  } finally {
    await handle.close();
  }
}

await main();
