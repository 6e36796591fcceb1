import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
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

  // With one calibration voice there is no other voice's control games to hold that voice to: it is
  // judged by its own, which the held-out tables would not say (its fold's `controls.held_out: 0` was the only sign).
  test('an --unseen voice that would be judged by its own control games (the only calibration voice) is refused, exit 2, before any game is played', () => {
    const run = spawnSync(process.execPath, ['scripts/eval/launch.mjs', '--games', '1', '--voices', 'heist-sim,heist-sim-b', '--unseen', 'heist-sim-b', '--calibrate-on', 'heist-sim-b', '--out', join(ROOT, 'test-results', 'eval-args')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(run.status, run.stderr).toBe(2)
    expect(run.stderr).toMatch(/^--unseen heist-sim-b would be judged by its own control games: it is the only calibration voice, so its never-read table would not be held out\. Name another calibration voice \(--calibrate-on heist-sim-b,…\) or leave it out of --unseen\.\n\nusage: pnpm eval /)
    expect(run.stdout).not.toMatch(/games in/)
    const alone = spawnSync(process.execPath, ['scripts/eval/launch.mjs', '--games', '1', '--voices', 'heist-sim-b', '--unseen', 'heist-sim-b', '--out', join(ROOT, 'test-results', 'eval-args')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(alone.status, alone.stderr).toBe(2)
    expect(alone.stderr).toMatch(/^--unseen heist-sim-b would be judged by its own control games: it is the only voice played/)
  }, 90_000)

  test('a calibration voice judged by its own control games is said so on the console at once and in the report, and the run goes on', () => {
    const out = join(ROOT, 'test-results', 'eval-args-alone')
    const run = spawnSync(process.execPath, ['scripts/eval/launch.mjs', '--games', '3', '--rounds', '1', '--voices', 'heist-sim,heist-sim-b', '--calibrate-on', 'heist-sim', '--bootstrap', '10', '--quiet', '--workers', '1', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(run.status, run.stderr).toBe(0)
    const said = 'heist-sim is judged by its own control games (the only calibration voice): its figures, and the all-voices held-out figures, are in-voice for it, not held out'
    expect(run.stderr).toMatch(new RegExp(`^warning: ${said.replace(/[()]/g, '\\$&')}\\. Name two or more voices in --calibrate-on for held-out figures of each\\.$`, 'm'))
    expect(run.stdout).toContain(`**Not held out:** ${said}.`)
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain(`**Not held out:** ${said}.`)
    // heist-sim-b is held to heist-sim's controls: nothing to say of it.
    expect(run.stdout).not.toMatch(/heist-sim-b is judged by its own/)
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
