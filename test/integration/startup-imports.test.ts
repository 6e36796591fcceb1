import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { ROOT } from '../support/fleet.js'

// The MCP SDK costs seconds of CPU to load on a busy machine: only the services that serve MCP
// (the tools) load it at start. The orchestrator loads its client at the first MCP tool call.
const PROBE = join(ROOT, 'test/support/import-probe/register.mjs')

/** The MCP SDK modules that loading `modules` of a service pulls in (one line each). */
function mcpImports(service: string, modules: string[]): string[] {
  const script = `for (const m of ${JSON.stringify(modules)}) await import(m)`
  const run = spawnSync(process.execPath, ['--conditions=heist-source', '--import', 'tsx', '--import', PROBE, '--input-type=module', '-e', script], {
    cwd: join(ROOT, 'services', service), encoding: 'utf8', timeout: 120_000,
  })
  expect(run.status, run.stderr).toBe(0)
  return run.stderr.split('\n').filter((line) => line.startsWith('MCP-SDK '))
}

describe('start-up imports', () => {
  test.each([
    ['oauth', ['./src/app.ts']],
    ['memory', ['./src/app.ts']],
    ['dashboard', ['./src/app.ts']],
    ['detection', ['./src/app.ts']],
    ['llm-sim', ['./src/app.ts']],
    ['orchestrator', ['./src/deps.ts', './src/app.ts']],
  ])('%s starts without the MCP SDK', (service, modules) => {
    expect(mcpImports(service, modules)).toEqual([])
  }, 120_000)

  test('a tool service does load it (so the probe can see it)', () => {
    expect(mcpImports('calculator', ['./src/app.ts']).length).toBeGreaterThan(0)
  }, 120_000)
})
