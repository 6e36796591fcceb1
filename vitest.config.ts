import { defineConfig } from 'vitest/config'

// Source files are resolved through the `heist-source` export condition, so tests run
// the TypeScript sources of workspace packages directly, without a build step.
const conditions = ['heist-source', 'node', 'default']

/**
 * Files that only read the fleet and run sessions on it with ids of their own: they share one
 * whole fleet, started once (test/support/shared-fleet-setup.ts). A file that stops, kills,
 * floods or reconfigures a service, or needs an empty data directory, starts its own.
 */
const SHARED_FLEET = [
  'test/integration/fleet-full.test.ts',
  'test/integration/orchestrator-session.test.ts',
  'test/integration/detection-fleet.test.ts',
  'test/integration/oauth-standard-client.test.ts',
  'test/integration/tools-fleet.test.ts',
  'test/security/authorization-matrix.test.ts',
  'test/security/registry-ownership.test.ts',
]
const integration = { fileParallelism: false, testTimeout: 120_000, hookTimeout: 120_000 }

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
          exclude: ['test/docker/**', '**/node_modules/**', ...SHARED_FLEET],
          ...integration,
        },
      },
      {
        extends: true,
        test: {
          name: 'fleet',
          include: SHARED_FLEET,
          globalSetup: ['test/support/shared-fleet-setup.ts'],
          // One file at a time: each file's `errors()` is what the fleet logged while it ran.
          ...integration,
        },
      },
    ],
  },
})
