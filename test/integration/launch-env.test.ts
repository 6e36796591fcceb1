import { FLEET } from '@heist/shared'
import { describe, expect, test } from 'vitest'
import { serviceEnv, type EnvContext } from '../../scripts/launch/env.js'
import { envSchemaKeys } from '../support/env-schemas.js'

// Every variable a service's own env schema reads, set by the user, reaches it under `pnpm start`:
// the launcher hands each process only what it needs, and a name it did not know was dropped in
// silence (HEIST_QUERY_TIMEOUT_MS=-5 pnpm start started db-query with its 1 s default).
describe('the launcher passes every setting a service reads', () => {
  test.each(FLEET.map((s) => s.name))('%s', async (name) => {
    const keys = await envSchemaKeys(name)
    const service = FLEET.find((s) => s.name === name) as (typeof FLEET)[number]
    const values = Object.fromEntries(keys.map((key) => [key, `set-${key}`]))
    const base = { urls: {}, ports: {}, dataDir: '/data', configDir: '/config', agents: [] }
    const fromShell = serviceEnv(service, { ...base, fileValues: {}, outer: values })
    expect(keys.filter((key) => !(key in fromShell)), `names ${name} reads that the launcher never gives it`).toEqual([])
    // The same from .env alone (the README: "set in its environment or in .env"); topology the launcher sets itself.
    const fromFile = serviceEnv(service, { ...base, fileValues: values, outer: {} } satisfies EnvContext)
    const topology = new Set(['PORT', 'HOST', 'HEIST_DATA_DIR', 'HEIST_CONFIG_DIR', 'LLM_BASE_URL', 'HEIST_PUBLIC_URL'])
    const dropped = keys.filter((key) => !topology.has(key) && !/^HEIST_[A-Z_]+_URL$/.test(key) && fromFile[key] !== values[key])
    expect(dropped, `names ${name} reads that .env never gives it`).toEqual([])
  })

  test('the shell wins over .env', () => {
    const dbQuery = FLEET.find((s) => s.name === 'db-query')!
    const env = serviceEnv(dbQuery, { urls: {}, ports: {}, dataDir: '/data', configDir: '/config', agents: [], fileValues: { HEIST_QUERY_TIMEOUT_MS: '2500', HEIST_QUERY_MAX_ROWS: '7' }, outer: { HEIST_QUERY_MAX_ROWS: '3' } })
    expect(env).toMatchObject({ HEIST_QUERY_TIMEOUT_MS: '2500', HEIST_QUERY_MAX_ROWS: '3' })
  })

  test("a fleet URL in .env or the shell (kept there for the CLI) never replaces the launcher's", () => {
    const urls = Object.fromEntries(FLEET.map((s) => [s.name, `http://127.0.0.1:4${s.port}`]))
    const fixed = { HEIST_ORCHESTRATOR_URL: 'http://127.0.0.1:8009', HEIST_DASHBOARD_URL: 'http://127.0.0.1:8008' }
    for (const name of ['orchestrator', 'dashboard']) {
      const env = serviceEnv(FLEET.find((s) => s.name === name)!, { urls, ports: {}, dataDir: '/data', configDir: '/config', agents: [], fileValues: fixed, outer: fixed })
      expect(env, name).toMatchObject({ HEIST_ORCHESTRATOR_URL: urls.orchestrator, HEIST_DASHBOARD_URL: urls.dashboard })
    }
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
