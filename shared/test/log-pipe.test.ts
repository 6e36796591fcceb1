import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { expect, test } from 'vitest'
import { freePort } from '../../scripts/launch/ports.js'
import { fixtureBundle } from '../../test/support/fixture-bundle.js'
import { serviceNodeArgs } from '../../scripts/launch/entry.js'
import { ROOT } from '../../test/support/spawn-service.js'

// A service whose stdout (its log stream) is a pipe nobody reads any more: a log shipper that went
// away, `node main.js | head -1`. Its logs are a side channel: it keeps serving, stops logging to
// that stream (saying so once on stderr), and exits when asked, without hanging on the lost lines.
// The kit and llm-sim bundled as the launcher bundles services, run by plain node: two starts under
// tsx cost 7.8 CPU s in the suite.
const KIT = pathToFileURL((await fixtureBundle('kit', { index: fileURLToPath(new URL('../src/index.ts', import.meta.url)) })).index).href

/** Run node; the stdout pipe is closed on our side at once. */
function startWithClosedStdout(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout.destroy()
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
  return { child, exited, stderr: () => stderr }
}

/** The exit, or 'hung' when the process is still there `ms` later (then it is killed). */
async function exitWithin(started: ReturnType<typeof startWithClosedStdout>, ms: number): Promise<number | null | 'hung'> {
  const timer = setTimeout(() => started.child.kill('SIGKILL'), ms)
  const [code, signal] = await started.exited
  clearTimeout(timer)
  return signal === 'SIGKILL' ? 'hung' : code
}

test('a service that logs several lines and exits while its stdout is closed exits; it does not retry the lost lines for ever', async () => {
  // The kit's start-up failure path: lines logged in one tick, then process.exit(1). With pino's
  // asynchronous destination the exit handler retried the queued line after EPIPE for ever.
  const service = `
    const { runService, createServiceApp, serviceEnv } = await import(${JSON.stringify(KIT)})
    await runService({ name: 'probe', Env: serviceEnv('llm-sim'), buildApp: async () => {
      const app = await createServiceApp({ name: 'probe' })
      for (const step of ['opening', 'reading', 'checking']) app.log.info(step)
      throw new Error('cannot start')
    } })`
  const started = startWithClosedStdout(['--input-type=module', '-e', service], { PORT: '0' })
  // Generous: the hang is for ever, and starting under tsx took 23 s at load 37.
  expect(await exitWithin(started, 60_000)).toBe(1)
  expect(started.stderr()).toContain('stdout is closed (EPIPE): logging to it stopped')
}, 90_000)

test('a real service keeps serving with its stdout closed: answers, refuses bad input with 400, stops on SIGTERM with 0', async () => {
  const port = await freePort()
  const started = startWithClosedStdout(await serviceNodeArgs(ROOT, 'llm-sim'), { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'debug' })
  const url = `http://127.0.0.1:${port}`
  while ((await fetch(`${url}/health`).catch(() => null))?.status !== 200) await new Promise((resolve) => setTimeout(resolve, 100))
  // At debug every request logs two lines, each to the closed pipe.
  for (let i = 0; i < 20; i++) {
    expect((await fetch(`${url}/health`)).status).toBe(200)
    const bad = await fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"messages": ' })
    expect(bad.status).toBe(400)
  }
  started.child.kill('SIGTERM')
  expect(await exitWithin(started, 30_000)).toBe(0)
  expect(started.stderr().match(/logging to it stopped/g)).toHaveLength(1)
}, 90_000)
