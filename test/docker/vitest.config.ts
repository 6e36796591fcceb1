import { defineConfig } from 'vitest/config'

// `pnpm test:docker`: the images built and the fleet run on a real Docker engine. Kept out of
// `pnpm test` (it needs an engine and ~10 minutes); .ci/run runs it after the other suites.
const conditions = ['heist-source', 'node', 'default']

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['heist-source'] } },
  test: {
    name: 'docker',
    include: ['test/docker/**/*.test.ts'],
    fileParallelism: false,
    // One failed step makes the next ones meaningless: stop at the first.
    bail: 1,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
})
