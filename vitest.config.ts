import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * graphql ships CommonJS (index.js) and ES (index.mjs) copies. Node — and so type-graphql, Apollo and the server
 * under tsx — loads the CommonJS one; Vite would pick the ES one for our sources, and the two copies refuse each
 * other's types. Point every import of `graphql` at the copy Node uses.
 */
const graphqlEntry = createRequire(import.meta.url.replace('/vitest.config.ts', '/server/package.json')).resolve(
  'graphql',
);
const resolve = { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] };

/** One run over every package; each package is a project. Database tests use PGlite unless DATABASE_URL is set. */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'drizzle',
          root: './drizzle',
          include: ['src/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve,
        test: {
          name: 'server',
          root: './server',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],

          setupFiles: ['./src/testing/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'web',
          root: './web',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        resolve,
        test: {
          name: 'tests',
          root: './tests',
          include: ['src/**/*.test.ts'],

          setupFiles: ['../server/src/testing/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
    pool: 'forks',
    maxWorkers: 2,
  },
});
