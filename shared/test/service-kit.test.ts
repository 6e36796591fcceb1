import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { fixtureBundle } from '../../test/support/fixture-bundle.js'

// Bundled as the launcher bundles a service, and run by plain node: a start under tsx cost 2 CPU s here.
const { 'kit-service': FIXTURE } = await fixtureBundle('kit-service', { 'kit-service': fileURLToPath(new URL('./fixtures/kit-service.ts', import.meta.url)) })

interface Run {
  url: Promise<string>
  exit: Promise<{ code: number | null; stdout: string; stderr: string }>
  kill(signal: NodeJS.Signals): void
}

/** Start the fixture service as a real process, the way the launcher starts a service. */
function startFixture(env: Record<string, string> = {}): Run {
  const child = spawn(process.execPath, [FIXTURE], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  let found: (url: string) => void = () => undefined
  const url = new Promise<string>((resolve) => (found = resolve))
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)
    if (match?.[1]) found(match[1])
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exit = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.once('exit', (code) => resolve({ code, stdout, stderr }))
  })
  return { url, exit, kill: (signal) => child.kill(signal) }
}

const lines = (text: string, wanted: RegExp) => text.split('\n').filter((l) => wanted.test(l))

// Each test starts a process: slow on a loaded machine, hence the timeout.
describe.concurrent('runService', { timeout: 90_000 }, () => {
  test('SIGTERM stops background work, then the app, then every dep (last built first), and exits 0', async () => {
    const run = startFixture()
    await run.url
    run.kill('SIGTERM')
    const { code, stdout } = await run.exit
    expect(code).toBe(0)
    expect(lines(stdout, /^(stopped|closed) /)).toEqual(['stopped work', 'closed second', 'closed first'])
  })

  test('an uncaught error is logged, the service closes gracefully and exits 1', async () => {
    const run = startFixture()
    const reply = await fetch(`${await run.url}/boom`)
    expect(reply.status).toBe(200)
    const { code, stdout } = await run.exit
    expect(code).toBe(1)
    expect(stdout).toContain('boom outside a request')
    expect(stdout).toContain('uncaught error; shutting down')
    expect(lines(stdout, /^closed /)).toEqual(['closed second', 'closed first'])
  })

  test('a shutdown that passes its deadline is cut short with exit 1', async () => {
    const run = startFixture({ KIT_CLOSE: 'hang' })
    await run.url
    const started = Date.now()
    run.kill('SIGTERM')
    const { code, stdout } = await run.exit
    expect(code).toBe(1)
    expect(stdout).toContain('shutdown passed its deadline')
    expect(stdout).not.toContain('closed second')
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  test('a bad env is refused before anything listens: every problem, exit 2, no stack trace', async () => {
    const run = startFixture({ PORT: 'eighty', KIT_CLOSE: 'sometimes' })
    const { code, stdout, stderr } = await run.exit
    expect(code).toBe(2)
    expect(stderr).toMatch(/environment PORT:/)
    expect(stderr).toMatch(/environment KIT_CLOSE:/)
    expect(stderr).not.toMatch(/^\s+at /m)
    expect(stdout).not.toContain('Server listening')
  })

  test('the start gate set where no launcher gave a pipe as fd 3 (a shell, a container) is refused with a reason, not a crash', async () => {
    const run = startFixture({ HEIST_START_GATE: 'fd3' })
    const { code, stdout } = await run.exit
    expect(code).toBe(1)
    expect(stdout).toContain('file descriptor 3 is not a pipe')
    expect(stdout).not.toContain('uncaught error')
    expect(stdout).not.toContain('Server listening')
  })
})
