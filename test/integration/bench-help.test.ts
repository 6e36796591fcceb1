import { execFile } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from 'vitest'
import { ROOT } from '../support/fleet.js'

// `pnpm bench --help` once passed `--help` on to every benchmark as an option and ran them all in
// full (tens of minutes): the first thing a newcomer types listed nothing.
// Spawn limits: a bench that ran instead of refusing takes minutes and prints its `=== bench/` headers,
// which the checks below refuse; a limit of 20 s was hit by honest refusals at load 25-40 (a tsx
// start alone took 20-38 s there), so the limits are a minute and the test's own 120 s.
const SPAWN_LIMIT_MS = 60_000
test('pnpm bench --help lists every benchmark and its options, and runs none', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--conditions=heist-source', '--import', 'tsx', join(ROOT, 'scripts/bench.ts'), '--help'], { cwd: ROOT, timeout: SPAWN_LIMIT_MS })
  const names = readdirSync(join(ROOT, 'bench')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3))
  for (const name of names) expect(stdout).toMatch(new RegExp(`^${name} +\\S`, 'm'))
  expect(stdout).toMatch(/^dashboard-ws .*\n +options: .*--clients/m)
  expect(stdout).not.toMatch(/=== bench\//)
  // Each summary is a sentence, not its first words up to a list's "1." (orchestrator's was "two ways: 1.").
  expect(stdout).not.toMatch(/^[a-z-]+ +.* \d+\.$/m)
})

// Each bench read its options its own way: `--clients abc` ran the default 500 clients, `--rounds abc`
// ran no round and printed NaN. A bad value now stops it before anything starts, naming the option.
test.each([
  ['dashboard-ws', '--clients', 'abc', /dashboard-ws\.ts: --clients must be a positive whole number, not "abc"/],
  ['llm-sim', '--rounds', '0', /llm-sim\.ts: --rounds must be a positive whole number, not "0"/],
  ['tools', '--duration', 'x', /tools\.ts: --duration must be a positive number, not "x"/],
  // The issue-16 helpers added after (cf56b35) had the hand-written reader again: '--rounds abc' ran NaN rounds.
  ['support/spin-cost', '--us', '10,x', /spin-cost\.ts: --us must be numbers of 0 or more, comma-separated, not "10,x"/],
  ['support/alloc-cost', '--rounds', 'abc', /alloc-cost\.ts: --rounds must be a positive whole number, not "abc"/],
  ['support/time-profile', '--duration', '-2', /time-profile\.ts: --duration must be a positive number, not "-2"/],
])('bench/%s.ts %s %s is refused, exit 2, before it runs', async (name, option, value, message) => {
  const run = await promisify(execFile)(process.execPath, ['--conditions=heist-source', '--import', 'tsx', join(ROOT, `bench/${name}.ts`), option, value, '--events', '1', '--rounds', '1', '--store', '20', '--workers', '1', '--gap', '1'], { cwd: ROOT, timeout: SPAWN_LIMIT_MS }).then(() => ({ code: 0, stderr: '' }), (error: { code: number; stderr: string }) => error)
  expect(run.code).toBe(2)
  expect(run.stderr).toMatch(message)
})

// Unknown options were ignored: 'pnpm bench auth-stack --contorl 20' ran the whole bench without the control row.
test('pnpm bench refuses an option none of the chosen benches names, exit 2, and runs nothing', async () => {
  const run = await promisify(execFile)(process.execPath, ['--conditions=heist-source', '--import', 'tsx', join(ROOT, 'scripts/bench.ts'), 'llm-sim', '--roudns', '1'], { cwd: ROOT, timeout: SPAWN_LIMIT_MS })
    .then(({ stdout }) => ({ code: 0, stdout, stderr: '' }), (error: { code: number; stdout: string; stderr: string }) => error)
  expect(run.code).toBe(2)
  expect(run.stderr).toMatch(/unknown option --roudns \(the options of llm-sim: --rounds; pnpm bench --help\)/)
  expect(run.stdout).not.toMatch(/=== bench\//)
})
