import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { ROOT } from '../support/fleet.js'
import { waitFor } from '../support/poll.js'
import { fleetProcesses } from '../support/procs.js'

const scratch = mkdtempSync(join(tmpdir(), 'heist-launcher-pipe-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

// `pnpm start | head -1`: the reader takes one line and goes. The launcher must not crash on EPIPE
// nor spin: it stops what it started, as on Ctrl-C, and says why with 141 (128 + SIGPIPE), the
// code `pnpm heist run | head -1` exits with too.
test('a launcher whose output pipe closes stops its fleet and exits 141', async () => {
  const dataDir = join(scratch, 'data')
  const launcher = spawn(process.execPath, ['scripts/start.mjs', '--ports', 'auto', '--only', 'llm-sim', '--data-dir', dataDir, '--secrets-file', join(scratch, '.env')], {
    cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  })
  const exited = once(launcher, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
  let stderr = ''
  launcher.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  try {
    await once(launcher.stdout, 'data')
    launcher.stdout.destroy()
    const [code, signal] = await exited
    expect({ code, signal, stderr }).toEqual({ code: 141, signal: null, stderr: '' })
    expect(await waitFor('no service of the fleet alive', async () => fleetProcesses(dataDir), (procs) => procs.length === 0, 15_000)).toEqual([])
  } finally {
    for (const p of fleetProcesses(dataDir)) process.kill(p.pid, 'SIGKILL')
    if (launcher.exitCode === null && launcher.signalCode === null) launcher.kill('SIGKILL')
  }
})
