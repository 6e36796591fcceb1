import { defineConfig } from 'vitest/config'

// Source files are resolved through the `heist-source` export condition, so tests run
// the TypeScript sources of workspace packages directly, without a build step.
const conditions = ['heist-source', 'node', 'default']

/**
 * Files that read the fleet and run sessions on it with ids of their own: they share one whole
 * fleet, started once (test/support/shared-fleet-setup.ts). Such a file may stop, kill and start a
 * service (every one it stopped or killed is started again after it, pass or fail). A file that
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
  'test/security/seed-replay.test.ts',
  'test/security/id-reuse.test.ts',
  'test/security/orchestrator-link.test.ts',
  'test/security/dns-rebinding.test.ts',
]
/**
 * Integration files that start no service of the fleet (lints of the compose file and images,
 * in-process apps on port 0, child processes that listen nowhere): no file can disturb them, so
 * they run beside the units instead of in the one-at-a-time integration stream.
 */
const STANDALONE = [
  'test/integration/bench-runs.test.ts',
  'test/integration/bench-help.test.ts',
  'test/integration/bench-decide.test.ts',
  'test/integration/compose-config.test.ts',
  'test/integration/docker-support.test.ts',
  'test/integration/launch-entry.test.ts',
  'test/integration/launch-env.test.ts',
  'test/integration/mcp-inspector.test.ts',
  'test/integration/orphan-guard.test.ts',
  'test/integration/startup-imports.test.ts',
  'test/security/data-dir.test.ts',
  'test/security/side-channels.test.ts',
  'test/support/*.test.ts',
]
/**
 * Files that start fleets of their own and drive Chromium (`e2e`) or kill services (`faults`): the
 * longest ones (half of the fleet files' time). `pnpm test` runs each group as a stream of its own
 * beside the other fleet files (scripts/test.mjs); each file still starts its own fleet on free
 * ports, so the streams never share a process or a port.
 */
const E2E = ['test/e2e/**/*.test.ts']
const FAULTS = ['test/faults/**/*.test.ts']
/**
 * One file at a time. `isolate: false`: the files run one after another in one worker that keeps
 * its module cache, instead of a new process per file importing vitest, zod, the workspace and
 * Playwright afresh: a third less CPU for these files (four of them: 32 CPU s isolated, 21 not).
 * Safe because each file's state is its own (its fleet, its browser, closed in its afterAll), no
 * file mocks a module, and no support module keeps state between files.
 */
const integration = {
  fileParallelism: false, isolate: false, testTimeout: 120_000, hookTimeout: 120_000,
  // After the units and standalone files (group 0, two workers each): vitest refuses, in one run, projects
  // of one group with different worker counts ("different 'maxWorkers' but same 'sequence.groupOrder'"),
  // so `vitest run a.test.ts b.test.ts` across those projects failed before running anything.
  sequence: { groupOrder: 1 },
}

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['heist-source'] } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['shared/test/**/*.test.ts', 'services/*/test/**/*.test.ts', 'scripts/eval/test/**/*.test.ts', 'dashboard/test/**/*.test.ts'],
          pool: 'threads',
          // Unit files share their worker's module cache instead of importing fastify, zod and the
          // workspace afresh for every file: 3x less CPU for the units. Safe because no unit file
          // mocks modules or relies on a fresh module's state (vitest still resets vi.setConfig
          // and mocks between files); a file that needs a fresh copy belongs in its own project.
          isolate: false,
          // Two, not vitest's default of cores - 1 (one on a two-core machine): `pnpm test`
          // (scripts/test.mjs) runs the units beside the integration stream.
          maxWorkers: 2,
          // A limit for hangs, not for speed: CI shares two cores between test files, some units start child
          // processes, and the voice files' sabotage checks play 20-30 games each (voice f's took 36.6 s on the
          // idle machine at 19:47 on 2026-12-04, beside the fleet streams, and failed at the 30 s it had).
          testTimeout: 90_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          // The Docker test needs an engine and ~10 minutes: `pnpm test:docker` (test/docker/vitest.config.ts).
          exclude: ['test/docker/**', '**/node_modules/**', ...SHARED_FLEET, ...STANDALONE, ...E2E, ...FAULTS],
          ...integration,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: E2E,
          // One Chromium for the project, each file connecting to it (test/support/browser-setup.ts).
          globalSetup: ['test/support/browser-setup.ts'],
          ...integration,
        },
      },
      {
        extends: true,
        test: {
          name: 'faults',
          include: FAULTS,
          // One whole fleet for the files that crash, stop and wipe its services (crash-resume,
          // dashboard-lossless, dashboard-reconcile: each started its own, ~8 CPU s a start and a first
          // session). Turns 150 ms apart, so a session outlasts what a test does to it; a session paused
          // for the model probes it at most every second, so it goes on within a second of its return.
          globalSetup: ['test/support/shared-fleet-setup.ts'],
          provide: { sharedFleetEnv: { HEIST_TURN_DELAY_MS: '150', HEIST_MODEL_PROBE_MAX_MS: '1000' } },
          ...integration,
        },
      },
      {
        extends: true,
        test: {
          name: 'standalone',
          include: STANDALONE,
          // Beside the units (vitest needs one maxWorkers for projects it runs as one group).
          maxWorkers: 2,
          testTimeout: 120_000,
          hookTimeout: 120_000,
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
