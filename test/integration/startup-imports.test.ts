import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { ROOT } from '../support/fleet.js'

// The MCP SDK costs seconds of CPU to load on a busy machine: only the services that serve MCP
// (the tools) load it at start. The orchestrator loads its client at the first MCP tool call.
const PROBE = join(ROOT, 'test/support/import-probe/register.mjs')
/** Written to stderr between the two groups of modules loaded by the one process below. */
const BETWEEN = 'PROBE-NEXT-GROUP'

/**
 * The MCP SDK modules that loading each group of `groups` (paths from the root) pulls in, one line
 * each, naming the file that imported it. One tsx process for all (a process costs ~2.5 CPU s of
 * tsx), the groups loaded one after the other: the lines of a group are those printed while it
 * loaded. A module loaded by an earlier group is not resolved again, so a group's lines are what it
 * adds; none may come from the first group, so a line from any of its modules fails the test.
 */
function mcpImports(groups: string[][]): string[][] {
  const script = `for (const group of ${JSON.stringify(groups.map((g) => g.map((m) => join(ROOT, m))))}) { for (const m of group) await import(m); process.stderr.write('${BETWEEN}\\n') }`
  const run = spawnSync(process.execPath, ['--conditions=heist-source', '--import', 'tsx', '--import', PROBE, '--input-type=module', '-e', script], {
    cwd: ROOT, encoding: 'utf8', timeout: 120_000,
  })
  expect(run.status, run.stderr).toBe(0)
  const found: string[][] = [[]]
  for (const line of run.stderr.split('\n')) {
    if (line === BETWEEN) found.push([])
    else if (line.startsWith('MCP-SDK ')) found.at(-1)?.push(line)
  }
  return groups.map((_, i) => found[i] ?? [])
}

describe('start-up imports', () => {
  let withoutSdk: string[]
  let tool: string[]
  beforeAll(() => {
    const modules = ['oauth', 'memory', 'dashboard', 'detection', 'llm-sim'].map((service) => `services/${service}/src/app.ts`)
    ;[withoutSdk = [], tool = []] = mcpImports([[...modules, 'services/orchestrator/src/deps.ts', 'services/orchestrator/src/app.ts'], ['services/calculator/src/app.ts']])
  }, 120_000)

  test('oauth, memory, dashboard, detection, llm-sim and the orchestrator start without the MCP SDK', () => {
    expect(withoutSdk).toEqual([])
  })

  test('a tool service does load it (so the probe can see it)', () => {
    expect(tool.length).toBeGreaterThan(0)
  })
})
