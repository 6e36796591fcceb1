import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MODEL_SEED_KEY, PUBLIC_TEST_MODEL_SEED_KEY } from '@heist/shared'
import { afterAll, describe, expect, test } from 'vitest'
import { ROOT } from '../support/fleet.js'
import { waitFor } from '../support/poll.js'

// `pnpm start` as a user runs it (the real launcher on the real repository, llm-sim only): its table,
// Ctrl-C, and what happens when the launcher itself dies. The launcher's logic against a fake
// repository is fleet-launcher.test.ts.
const scratch = mkdtempSync(join(tmpdir(), 'heist-launcher-process-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Whether a service answers `GET /health` with 200 (false while it is down). */
const isUp = async (url: string) => fetch(`${url}/health`).then((r) => r.status === 200, () => false)

describe('pnpm start (the real launcher process)', () => {
  function launch(dir: string) {
    // What `pnpm start` runs: the launcher's bundle (built first if stale), which bundles llm-sim.
    const child = spawn(process.execPath, ['scripts/start.mjs', '--only', 'llm-sim', '--ports', 'auto', '--data-dir', join(dir, 'data'), '--secrets-file', join(dir, '.env')], {
      cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const ready = waitFor('the launcher to print its service table', () => output, (text) => text.includes('Ctrl-C stops everything') || child.exitCode !== null, 60_000)
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    return { child, ready, exited, output: () => output }
  }
  const urlOf = (output: string) => /llm-sim\s+up\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] ?? ''

  test('prints the service table, then stops everything on Ctrl-C', async () => {
    const run = launch(mkdtempSync(join(scratch, 'cli-')))
    await run.ready
    const url = urlOf(run.output())
    expect(url, run.output()).not.toBe('')
    expect(await isUp(url)).toBe(true)
    run.child.kill('SIGINT')
    // 128 + SIGINT, as pnpm heist exits on Ctrl-C (README, Exit codes).
    expect(await run.exited).toBe(130)
    expect(run.output()).toContain('all stopped')
    expect(await isUp(url)).toBe(false)
    // The .env it wrote holds a random model-seed key: nothing to warn about.
    expect(run.output()).not.toContain('public test key')
  })

  test('warns under the table when the model-seed key is the public test key, without printing the key', async () => {
    const dir = mkdtempSync(join(scratch, 'cli-'))
    writeFileSync(join(dir, '.env'), `${MODEL_SEED_KEY}=${PUBLIC_TEST_MODEL_SEED_KEY}\n`)
    const run = launch(dir)
    await run.ready
    run.child.kill('SIGINT')
    await run.exited
    const table = run.output().slice(run.output().indexOf('llm-sim       up'))
    expect(table, run.output()).toMatch(/\n {2}Warning: HEIST_MODEL_SEED_KEY is the public test key: anyone who knows a game's seed can replay/)
    expect(run.output()).not.toContain(PUBLIC_TEST_MODEL_SEED_KEY)
  })

  test('leaves no orphan when the launcher itself is killed', async () => {
    const run = launch(mkdtempSync(join(scratch, 'cli-')))
    await run.ready
    const url = urlOf(run.output())
    expect(await isUp(url)).toBe(true)
    run.child.kill('SIGKILL')
    await run.exited
    await waitFor('llm-sim to stop answering after its launcher died', () => isUp(url), (up) => !up, 10_000)
  })
})
