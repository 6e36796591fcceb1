import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { ROOT } from '../support/fleet.js'
import { waitFor } from '../support/poll.js'
import { fleetProcesses, portIsFree } from '../support/procs.js'

// `pnpm start` stopped or killed at several moments of its start-up: afterwards no service of
// that fleet may be alive and no port it took may still be held.
const scratch = mkdtempSync(join(tmpdir(), 'heist-launcher-stop-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Signal the launcher once `running` services of its fleet exist (0: right after it starts). */
interface Point { running: number; signal: NodeJS.Signals; then?: { after: number; signal: NodeJS.Signals } }

const POINTS: Point[] = [
  { running: 0, signal: 'SIGTERM' }, // the launcher itself is still loading
  { running: 1, signal: 'SIGKILL' }, // the fleet is being spawned; no goodbye at all: the services must notice by themselves
  { running: 3, signal: 'SIGTERM', then: { after: 10_000, signal: 'SIGKILL' } }, // the case: TERM to the group, KILL later
  { running: 6, signal: 'SIGHUP' }, // most are loading, some held until oauth and llm-sim answer
  { running: 8, signal: 'SIGKILL' }, // the last ones (orchestrator, detection) are being spawned
]

describe('nothing outlives the launcher, whenever it is stopped', () => {
  test.each(POINTS)('$signal once $running services run', async (point) => {
    const dir = mkdtempSync(join(scratch, 'run-'))
    const dataDir = join(dir, 'data')
    const launcher = spawn(process.execPath, ['scripts/start.mjs', '--ports', 'auto', '--data-dir', dataDir, '--secrets-file', join(dir, '.env')], {
      cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    })
    let output = ''
    for (const stream of [launcher.stdout, launcher.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise<void>((resolve) => launcher.once('exit', () => resolve()))
    // Every port a service of this fleet was given, seen while it ran.
    const ports = new Set<number>()
    const watch = setInterval(() => { for (const p of fleetProcesses(dataDir)) if (p.port) ports.add(p.port) }, 100)
    try {
      const seen = point.running === 0
        ? (await new Promise((r) => setTimeout(r, 300)), 0)
        : (await waitFor(`${point.running} services running`, async () => fleetProcesses(dataDir).length, (n) => n >= point.running, 90_000))
      process.kill(-(launcher.pid as number), point.signal) // its process group, as a terminal or a supervisor would
      if (point.then) {
        const { after, signal } = point.then
        await Promise.race([exited, new Promise((r) => setTimeout(r, after))])
        if (launcher.exitCode === null && launcher.signalCode === null) process.kill(-(launcher.pid as number), signal)
      }
      await exited
      const left = await waitFor(`no service of the fleet alive (${point.signal} with ${seen} running)`, async () => fleetProcesses(dataDir), (procs) => procs.length === 0, 15_000)
      expect(left).toEqual([])
      for (const port of ports) expect(await portIsFree(port), `port ${port} still held\n${output}`).toBe(true)
    } finally {
      clearInterval(watch)
      for (const p of fleetProcesses(dataDir)) process.kill(p.pid, 'SIGKILL')
      if (launcher.exitCode === null && launcher.signalCode === null) launcher.kill('SIGKILL')
    }
  })
})

describe('pnpm start killed alone', () => {
  // `kill <pnpm's pid>`, as a supervisor or `timeout` does: pnpm kills its own shell and passes
  // nothing on, so the launcher is re-parented; it must stop the fleet as on SIGHUP.
  test('SIGTERM to pnpm only: the launcher and its services stop, no port is left', async () => {
    const dir = mkdtempSync(join(scratch, 'pnpm-'))
    const dataDir = join(dir, 'data')
    const pnpm = spawn('pnpm', ['-s', 'start', '--only', 'calculator', '--ports', 'auto', '--data-dir', dataDir, '--secrets-file', join(dir, '.env')], {
      cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    })
    let output = ''
    for (const stream of [pnpm.stdout, pnpm.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()))
    try {
      await waitFor('the fleet to be up', async () => output, (text) => text.includes('Ctrl-C stops everything'), 90_000)
      const ports = fleetProcesses(dataDir).flatMap((p) => (p.port ? [p.port] : []))
      expect(ports).toHaveLength(2)
      process.kill(pnpm.pid as number, 'SIGTERM')
      const left = await waitFor('no service of the fleet alive', async () => fleetProcesses(dataDir), (procs) => procs.length === 0, 20_000)
      expect(left).toEqual([])
      for (const port of ports) expect(await portIsFree(port), `port ${port} still held\n${output}`).toBe(true)
      // The launcher says why it stops, unless it never got to: inside the whole suite (load 12) it
      // once printed nothing after its table, not even the services' "shutting down" lines it relays,
      // so it was gone at once (pnpm's own clean-up killing its tree is the likely cause) and the
      // services stopped by their orphan guard. Either way nothing of the fleet is left (above);
      // the note is checked whenever the launcher printed anything after the table.
      const afterTable = output.slice(output.indexOf('Ctrl-C stops everything'))
      if (afterTable.split('\n').some((line) => line.includes('|'))) expect(output).toContain('its parent process (pnpm) exited: stopping 2 services')
    } finally {
      for (const p of fleetProcesses(dataDir)) process.kill(p.pid, 'SIGKILL')
      try {
        process.kill(-(pnpm.pid as number), 'SIGKILL')
      } catch {
        // The group is already gone: nothing to clean.
      }
    }
  })
})
