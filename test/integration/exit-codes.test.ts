import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { freePort } from '../../scripts/launch/ports.js'
import { ROOT } from '../support/fleet.js'
import { fleetProcesses } from '../support/procs.js'

// `pnpm start` (the launcher) and `pnpm heist` (the CLI) as real processes, for each situation of
// the README's one exit-code table: the same situation ends both with the same code.
const scratch = mkdtempSync(join(tmpdir(), 'heist-exit-codes-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

interface Run {
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** Resolves at the first byte of output: by then the program handles signals. */
  spoke: Promise<unknown>
  output: () => string
  kill: (signal: NodeJS.Signals) => void
}

function run(script: 'start' | 'heist', args: string[], env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, [`scripts/${script}.mjs`, ...args], {
    cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }))
  return { exited, spoke: Promise.race([once(child.stdout, 'data'), once(child.stderr, 'data')]), output: () => output, kill: (signal) => child.kill(signal) }
}

/** A launcher of llm-sim alone on free ports, in a directory of its own. */
function launcher(name: string, extra: string[] = [], env: Record<string, string> = {}): Run & { dataDir: string } {
  const dir = join(scratch, name)
  const dataDir = join(dir, 'data')
  mkdirSync(dir)
  return { ...run('start', ['--only', 'llm-sim', '--ports', 'auto', '--data-dir', dataDir, '--secrets-file', join(dir, '.env'), ...extra], env), dataDir }
}

/** An orchestrator address that accepts connections and never answers: the CLI waits there until stopped. */
async function silentOrchestrator() {
  const sockets = new Set<Socket>()
  let connected: () => void = () => undefined
  const firstConnection = new Promise<void>((resolve) => (connected = resolve))
  const server = createServer((socket) => {
    sockets.add(socket)
    connected()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    env: { HEIST_ORCHESTRATOR_URL: `http://127.0.0.1:${port}`, HEIST_OPERATOR_TOKEN: 'token' },
    firstConnection,
    close: () => {
      for (const socket of sockets) socket.destroy()
      server.close()
    },
  }
}

describe('2: a usage error', () => {
  test.each([
    ['start', ['--no-such-flag']],
    ['heist', ['run', '--no-such-flag']],
  ] as const)('pnpm %s with a bad flag exits 2', async (script, args) => {
    const r = run(script, [...args])
    expect(await r.exited, r.output()).toEqual({ code: 2, signal: null })
    expect(r.output()).toMatch(/no-such-flag/)
  })
})

describe('0: done', () => {
  test.each(['start', 'heist'] as const)('pnpm %s --help exits 0', async (script) => {
    const r = run(script, ['--help'])
    expect(await r.exited, r.output()).toEqual({ code: 0, signal: null })
    expect(r.output()).toMatch(/Exit codes \(the same as pnpm (start|heist)'s\)/)
  })
})

describe('1: a failure', () => {
  test('the launcher whose service does not start exits 1, naming it, and leaves nothing running', async () => {
    // A log level llm-sim's configuration refuses: its process exits before it is healthy, every time.
    const r = launcher('fails', [], { LOG_LEVEL: 'loud' })
    expect(await r.exited, r.output()).toEqual({ code: 1, signal: null })
    expect(r.output()).toMatch(/launch failed: llm-sim exited \(code \d+\) before it was healthy/)
    expect(fleetProcesses(r.dataDir)).toEqual([])
  })

  test('the CLI with no orchestrator to reach exits 1', async () => {
    const r = run('heist', ['run'], { HEIST_ORCHESTRATOR_URL: `http://127.0.0.1:${await freePort()}`, HEIST_OPERATOR_TOKEN: 'token' })
    expect(await r.exited, r.output()).toEqual({ code: 1, signal: null })
    expect(r.output()).toMatch(/orchestrator is not reachable/)
  })
})

describe('128 + the signal: stopped', () => {
  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('the launcher stopped by %s while it starts its fleet exits %i, with nothing left running', async (signal, code) => {
    const r = launcher(signal)
    await r.spoke
    r.kill(signal)
    expect(await r.exited, r.output()).toEqual({ code, signal: null })
    expect(fleetProcesses(r.dataDir)).toEqual([])
  })

  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('the CLI stopped by %s while it waits for the orchestrator exits %i', async (signal, code) => {
    const orchestrator = await silentOrchestrator()
    try {
      const r = run('heist', ['run'], orchestrator.env)
      // Connected: it is in its run, its signal handlers set.
      await orchestrator.firstConnection
      r.kill(signal)
      expect(await r.exited, r.output()).toEqual({ code, signal: null })
    } finally {
      orchestrator.close()
    }
  })
})
