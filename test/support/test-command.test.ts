import { spawnSync } from 'node:child_process'
import { expect, test } from 'vitest'
import { ROOT } from './fleet.js'

// `pnpm test --help` and `pnpm test <file>` (vitest's habit) each threw an Error with its stack trace.
// Both are answered before any stream starts (a timeout guards against this file starting the suite).
// The guard is a minute: the suite (or the screenshots' fleet and Chromium) takes minutes and prints
// what the checks refuse, while an honest answer took 10-20 s at load 25-40 (20 s limits failed there).
const SPAWN_LIMIT_MS = 60_000
const testCommand = (...args: string[]) => spawnSync(process.execPath, ['scripts/test.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: SPAWN_LIMIT_MS })

test('pnpm test --help names the streams and how to run one file, exit 0', () => {
  const run = testCommand('--help')
  expect(run.status, run.stderr).toBe(0)
  expect(run.stdout).toMatch(/^usage: pnpm test \[stream…\]/)
  expect(run.stdout).toContain('streams: faults, integration, e2e, typecheck, unit+standalone')
  expect(run.stdout).toContain('pnpm vitest run <path>')
})

test('pnpm test <a file> is refused with the usage, exit 2, no stack trace', () => {
  const run = testCommand('test/integration/fleet-launcher.test.ts')
  expect(run.status).toBe(2)
  expect(run.stderr).toMatch(/^pnpm test: no stream test\/integration\/fleet-launcher\.test\.ts\n\nusage: pnpm test/)
  expect(run.stderr).not.toMatch(/\n +at /)
})

// `pnpm screenshots --help` ran the whole job: a fleet, Chromium, and docs/screenshots/*.png rewritten.
test('pnpm screenshots --help says what it does and runs nothing, exit 0; any other argument is refused, exit 2', () => {
  const screenshots = (...args: string[]) => spawnSync(process.execPath, ['--conditions=heist-source', '--import', 'tsx', 'scripts/screenshots.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: SPAWN_LIMIT_MS })
  const help = screenshots('--help')
  expect(help.status, help.stderr).toBe(0)
  expect(help.stdout).toMatch(/^usage: pnpm screenshots .*\n.*overwrites docs\/screenshots\/\*\.png/s)
  expect(help.stdout).not.toMatch(/\[fleet\]|wrote docs/)
  const bad = screenshots('--rounds', '1')
  expect(bad.status).toBe(2)
  expect(bad.stderr).toMatch(/^pnpm screenshots takes no options \(got --rounds 1\)/)
}, 2 * SPAWN_LIMIT_MS)
