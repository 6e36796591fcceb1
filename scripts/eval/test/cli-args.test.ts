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

  // launch.mjs starts the threads before main.ts reads its arguments: both take the count from one parser.
  test.each(['abc', '0', '2.5'])('--workers %s is refused with the usage, exit 2, before any game is played', (workers) => {
    const run = spawnSync(process.execPath, ['scripts/eval/launch.mjs', '--games', '1', '--rounds', '1', '--voices', 'heist-sim', '--unseen', 'heist-sim', '--bootstrap', '10', '--quiet', '--workers', workers, '--out', join(ROOT, 'test-results', 'eval-args')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
    expect(run.status, run.stderr).toBe(2)
    expect(run.stderr).toMatch(/^usage: pnpm eval .*--workers N/)
    expect(run.stdout).not.toMatch(/games in/)
  }, 90_000)
})
