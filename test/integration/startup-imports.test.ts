import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { ROOT } from '../support/fleet.js'

// The MCP SDK costs seconds of CPU to load on a busy machine: only the services that serve MCP
// (the tools) load it at start. The orchestrator loads its client at the first MCP tool call.
const PROBE = join(ROOT, 'test/support/import-probe/register.mjs')

/**
 * The MCP SDK modules that loading `modules` (paths from the root) pulls in, one line each, naming
 * the file that imported it. One process for several services, not one each (a process costs ~2.5
 * CPU s of tsx): none of them may load it, so a line from any of them fails the test all the same.
 */
function mcpImports(modules: string[]): string[] {
  const script = `for (const m of ${JSON.stringify(modules.map((m) => join(ROOT, m)))}) await import(m)`
  const run = spawnSync(process.execPath, ['--conditions=heist-source', '--import', 'tsx', '--import', PROBE, '--input-type=module', '-e', script], {
    cwd: ROOT, encoding: 'utf8', timeout: 120_000,
  })
  expect(run.status, run.stderr).toBe(0)
  return run.stderr.split('\n').filter((line) => line.startsWith('MCP-SDK '))
}

describe('start-up imports', () => {
  test('oauth, memory, dashboard, detection, llm-sim and the orchestrator start without the MCP SDK', () => {
    const modules = ['oauth', 'memory', 'dashboard', 'detection', 'llm-sim'].map((service) => `services/${service}/src/app.ts`)
    expect(mcpImports([...modules, 'services/orchestrator/src/deps.ts', 'services/orchestrator/src/app.ts'])).toEqual([])
  }, 120_000)

  test('a tool service does load it (so the probe can see it)', () => {
    expect(mcpImports(['services/calculator/src/app.ts']).length).toBeGreaterThan(0)
  }, 120_000)
})
