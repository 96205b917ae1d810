import { defineConfig } from 'vitest/config';

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
        test: {
          name: 'server',
          root: './server',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          server: { deps: { inline: ['type-graphql', 'graphql', '@apollo/server', 'graphql-query-complexity'] } },
          setupFiles: ['./src/testing/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'tests',
          root: './tests',
          include: ['src/**/*.test.ts'],
          server: { deps: { inline: ['type-graphql', 'graphql', '@apollo/server', 'graphql-query-complexity'] } },
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
