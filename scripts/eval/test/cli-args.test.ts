import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..', '..')

// llm-sim answers any model name with voice a, so the eval must refuse a voice it does not have
// rather than quietly play voice a under a misspelt name.
describe('pnpm eval arguments', () => {
  test('a voice llm-sim does not have is refused by name, exit 2, before any game is played', () => {
    const run = spawnSync(process.execPath, ['scripts/eval/launch.mjs', '--games', '1', '--voices', 'heist-sim,heist-sim-x', '--unseen', 'heist-sim-y', '--out', join(ROOT, 'test-results', 'eval-args')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(run.status, run.stderr).toBe(2)
    expect(run.stderr).toMatch(/unknown voice: heist-sim-x, heist-sim-y \(llm-sim's voices: heist-sim, /)
    expect(run.stdout).not.toMatch(/games in/)
  }, 90_000)

  test('--calibrate-on naming a voice --voices does not play is refused, exit 2, before any game is played', () => {
    const run = spawnSync(process.execPath, ['scripts/eval/launch.mjs', '--games', '1', '--voices', 'heist-sim,heist-sim-b', '--calibrate-on', 'heist-sim,heist-sim-j', '--out', join(ROOT, 'test-results', 'eval-args')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(run.status, run.stderr).toBe(2)
    expect(run.stderr).toMatch(/^--calibrate-on names voices --voices does not play: heist-sim-j\n\nusage: pnpm eval /)
    expect(run.stdout).not.toMatch(/games in/)
  }, 90_000)

  test('--help lists every option with its default, exit 0, and an option it does not know is refused with the usage, exit 2, no stack trace', () => {
    const help = spawnSync(process.execPath, ['scripts/eval/launch.mjs', '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(help.status, help.stderr).toBe(0)
    expect(help.stdout).toMatch(/^usage: pnpm eval \[options\]/)
    expect(help.stdout).toMatch(/^ {2}--games N +games per voice \(default 100\)$/m)
    expect(help.stdout).toMatch(/^ {2}--workers N +threads playing games/m)
    expect(help.stdout).toMatch(/^ {2}--write-calibration +write/m)
    const bad = spawnSync(process.execPath, ['scripts/eval/launch.mjs', '--game', '1'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^Unknown option '--game'.*\n\nusage: pnpm eval /s)
    expect(bad.stderr).not.toMatch(/\n +at /)
  }, 90_000)

  // launch.mjs starts the threads before main.ts reads its arguments: both take the count from one parser.
  test.each(['abc', '0', '2.5'])('--workers %s is refused with the usage, exit 2, before any game is played', (workers) => {
    const run = spawnSync(process.execPath, ['scripts/eval/launch.mjs', '--games', '1', '--rounds', '1', '--voices', 'heist-sim', '--unseen', 'heist-sim', '--bootstrap', '10', '--quiet', '--workers', workers, '--out', join(ROOT, 'test-results', 'eval-args')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(run.status, run.stderr).toBe(2)
    expect(run.stderr).toMatch(/^bad value for --workers\n\nusage: pnpm eval /)
    expect(run.stdout).not.toMatch(/games in/)
  }, 90_000)
})
