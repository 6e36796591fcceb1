import { defineConfig } from 'vitest/config'

// Source files are resolved through the `heist-source` export condition, so tests run
// the TypeScript sources of workspace packages directly, without a build step.
const conditions = ['heist-source', 'node', 'default']

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['heist-source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['shared/test/**/*.test.ts', 'services/*/test/**/*.test.ts', 'scripts/eval/test/**/*.test.ts'],
          pool: 'threads',
          // Generous: CI shares two cores between test files, and some units start child processes.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          // The Docker test needs an engine and ~10 minutes: `pnpm test:docker` (test/docker/vitest.config.ts).
          exclude: ['test/docker/**', '**/node_modules/**'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
})
