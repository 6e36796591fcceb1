import { execFile } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'
import { ROOT } from '../support/fleet.js'

// `pnpm bench --help` once passed `--help` on to every benchmark as an option and ran them all in
// full (tens of minutes): the first thing a newcomer types listed nothing.
test('pnpm bench --help lists every benchmark and its options, and runs none', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=heist-source', '--import', 'tsx', join(ROOT, 'scripts/bench.ts'), '--help'], { cwd: ROOT, timeout: 20_000 })
  const names = readdirSync(join(ROOT, 'bench')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3))
  for (const name of names) expect(stdout).toMatch(new RegExp(`^${name} +\\S`, 'm'))
  expect(stdout).toMatch(/^dashboard-ws .*\n +options: .*--clients/m)
  expect(stdout).not.toMatch(/=== bench\//)
})
