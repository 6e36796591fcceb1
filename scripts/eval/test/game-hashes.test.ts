import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'

const ROOT = join(import.meta.dirname, '..', '..', '..')
// A limit for a hung run, not a slow one: loading the engine under tsx took over 60 s at load 45 (killed, status null).
const SPAWN_LIMIT_MS = 150_000
const hashes = (...args: string[]) => spawnSync(process.execPath, ['--conditions=heist-source', '--import', 'tsx', 'scripts/eval/game-hashes.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: SPAWN_LIMIT_MS })

// Run with no --voices, the hashes must never touch a held-out voice (issue 13): only a, b, j, l, m, n and o.
// `--games 0` plays nothing, so even a wrong default would show which voices it names without playing them.
describe('scripts/eval/game-hashes.ts', () => {
  test('plays the development voices only by default', () => {
    const run = hashes('--games', '0')
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout.trim().split('\n').map((line) => line.split(/\s+/)[0])).toEqual(['heist-sim', 'heist-sim-b', 'heist-sim-j', 'heist-sim-l', 'heist-sim-m', 'heist-sim-n', 'heist-sim-o'])
  }, SPAWN_LIMIT_MS + 30_000)

  test('refuses a voice llm-sim does not have, exit 2, instead of playing it as voice a', () => {
    const run = hashes('--games', '0', '--voices', 'heist-sim,heist-sim-x')
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/unknown voice: heist-sim-x \(llm-sim's voices: heist-sim, /)
    expect(run.stdout).toBe('')
  }, SPAWN_LIMIT_MS + 30_000)

  test('a misspelt option is refused with the usage, exit 2, no stack trace and nothing played', () => {
    const run = hashes('--game', '1')
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^Unknown option '--game'.*\n\nusage: .*game-hashes\.ts/s)
    expect(run.stderr).not.toMatch(/\n +at /)
    expect(run.stdout).toBe('')
  }, SPAWN_LIMIT_MS + 30_000)
})
