import { FLEET } from '@heist/shared'
import { describe, expect, test } from 'vitest'
import { serviceEnv, type EnvContext } from '../../scripts/launch/env.js'

// Every variable a service's own env schema reads, set by the user, reaches it under `pnpm start`:
// the launcher hands each process only what it needs, and a name it did not know was dropped in
// silence (HEIST_QUERY_TIMEOUT_MS=-5 pnpm start started db-query with its 1 s default).
describe('the launcher passes every setting a service reads', () => {
  test.each(FLEET.map((s) => s.name))('%s', async (name) => {
    const module = (await import(`../../services/${name}/src/env.ts`)) as Record<string, unknown>
    const schema = Object.entries(module).find(([key]) => key.endsWith('Env'))?.[1] as { shape?: Record<string, unknown> } | undefined
    expect(schema?.shape, `${name}'s env schema`).toBeDefined()
    const keys = Object.keys(schema?.shape ?? {})
    const outer = Object.fromEntries(keys.map((key) => [key, `set-${key}`]))
    const ctx: EnvContext = { urls: {}, ports: {}, dataDir: '/data', configDir: '/config', agents: [], fileValues: {}, outer }
    const env = serviceEnv(FLEET.find((s) => s.name === name) as (typeof FLEET)[number], ctx)
    expect(keys.filter((key) => !(key in env)), `names ${name} reads that the launcher never gives it`).toEqual([])
  })
})

test('the model-seed key reaches the orchestrator and no other service, from .env or the environment', () => {
  const base = { urls: {}, ports: {}, dataDir: '/data', configDir: '/config', agents: [] }
  const fileValues = { HEIST_MODEL_SEED_KEY: 'from-the-env-file-0123', HEIST_SECRET_ORCHESTRATOR: 'client-secret-0123456' }
  for (const service of FLEET) {
    const env = serviceEnv(service, { ...base, fileValues, outer: {} })
    expect(env.HEIST_MODEL_SEED_KEY, service.name).toBe(service.name === 'orchestrator' ? 'from-the-env-file-0123' : undefined)
  }
  const orchestrator = FLEET.find((s) => s.name === 'orchestrator')!
  expect(serviceEnv(orchestrator, { ...base, fileValues, outer: { HEIST_MODEL_SEED_KEY: 'from-the-shell-0123456' } }).HEIST_MODEL_SEED_KEY).toBe('from-the-shell-0123456')
})
