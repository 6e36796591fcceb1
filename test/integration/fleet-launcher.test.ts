import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseEnvText } from '../../scripts/init-env.mjs'
import { launchFleet, LaunchError, type LaunchOptions } from '../../scripts/launch/fleet.js'
import { FLEET } from '@heist/shared'
import { afterAll, describe, expect, test } from 'vitest'
import { ROOT } from '../support/fleet.js'
import { waitFor } from '../support/poll.js'

// The launcher against a fake repository whose services are tiny HTTP servers that report their
// own environment: what each process is given, in which order, and what happens when one fails.
const FAKE_SERVICE = `
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { Socket } from 'node:net'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
const name = basename(dirname(dirname(fileURLToPath(import.meta.url))))
const startedAt = Date.now()
// "this process of this fleet has started": FAKE_HOLD=oauth:calculator holds oauth's listen until calculator's process runs.
const marker = (service) => join(process.env.HEIST_DATA_DIR, 'started', service + '-' + new URL(process.env.HEIST_OAUTH_URL).port)
mkdirSync(dirname(marker(name)), { recursive: true })
writeFileSync(marker(name), '')
const [held, until] = (process.env.FAKE_HOLD ?? '').split(':')
if (held === name) while (!existsSync(marker(until))) await new Promise((r) => setTimeout(r, 50))
// Like the service kit: started by the launcher, listen once it says the dependencies are up.
if (process.env.HEIST_START_GATE === 'fd3') await new Promise((r) => new Socket({ fd: 3 }).once('data', r))
// FAKE_TAKE=oauth:calculator: oauth binds calculator's port (once per data directory) before it listens, as another
// fleet drawing the same automatic port would between the launcher's choice and calculator's bind.
const [taker, victim] = (process.env.FAKE_TAKE ?? '').split(':')
const took = join(process.env.HEIST_DATA_DIR, 'took-port')
if (taker === name && !existsSync(took)) {
  writeFileSync(took, '')
  await new Promise((r) => createServer().listen(Number(new URL(process.env['HEIST_' + victim.toUpperCase() + '_URL']).port), '127.0.0.1', r))
}
if (process.env.FAKE_FAIL === name || existsSync(join(process.env.HEIST_DATA_DIR, 'fail-' + name))) { console.error(name + ': cannot open the key file'); process.exit(3) }
if (process.env.FAKE_CRASH === name) setTimeout(() => process.exit(4), 400)
const server = createServer((req, res) => {
  // GET /say/<words>: logs a client's words, as a service logs a refused value (oauth's grant_type).
  if (req.url.startsWith('/say/')) console.log(JSON.stringify({ level: 30, time: Date.now(), name, msg: decodeURIComponent(req.url.slice(5)) }))
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(JSON.stringify(req.url === '/env' ? { env: process.env, startedAt, listeningAt } : { status: 'ok' }))
})
let listeningAt = 0
server.listen(Number(process.env.PORT), process.env.HOST, () => {
  listeningAt = Date.now()
  console.log(JSON.stringify({ level: 30, time: Date.now(), name, msg: 'listening on ' + process.env.PORT }))
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
`
const scratch = mkdtempSync(join(tmpdir(), 'heist-launcher-'))
const fakeRoot = join(scratch, 'repo')
for (const { name } of FLEET) {
  mkdirSync(join(fakeRoot, 'services', name, 'src'), { recursive: true })
  writeFileSync(join(fakeRoot, 'services', name, 'src', 'main.ts'), FAKE_SERVICE)
}
cpSync(join(ROOT, 'config'), join(fakeRoot, 'config'), { recursive: true })
writeFileSync(join(fakeRoot, 'package.json'), '{ "type": "module" }\n')

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function options(overrides: Partial<LaunchOptions> = {}): LaunchOptions {
  return { root: fakeRoot, dataDir: join(scratch, 'data'), envFile: join(scratch, '.env'), autoPorts: true, graceMs: 2000, healthTimeoutMs: 20_000, ...overrides }
}

/** Whether a service answers `GET /health` with 200 (false while it is down). */
const isUp = async (url: string | undefined) => fetch(`${url}/health`).then((r) => r.status === 200, () => false)

async function envOf(url: string | undefined) {
  return (await (await fetch(`${url}/env`)).json()) as { env: Record<string, string>; startedAt: number; listeningAt: number }
}

describe('the launcher', () => {
  test('starts services in dependency order and gives each only what it needs', async () => {
    const notes: string[] = []
    const fleet = await launchFleet(options({
      only: ['calculator', 'memory', 'dashboard'],
      outer: { PATH: process.env.PATH, CLOUD_TOKEN: 'leak-me-not', LLM_MODEL: 'my-model', FAKE_HOLD: 'oauth:calculator' },
      extra: { FAKE_HOLD: 'oauth:calculator' },
      onNote: (n) => notes.push(n),
    }))
    try {
      // What was asked for and what it needs (memory needs llm-sim), nothing else.
      expect([...fleet.started].sort()).toEqual(['calculator', 'dashboard', 'llm-sim', 'memory', 'oauth'])
      await expect(fetch(`${fleet.urls.orchestrator}/health`)).rejects.toThrow()
      expect(notes.join('\n')).toMatch(/starting from bundles/)
      const [oauth, calculator, memory, dashboard] = await Promise.all(['oauth', 'calculator', 'memory', 'dashboard'].map((s) => envOf(fleet.urls[s])))
      // oauth listened only once calculator's process ran: processes start without waiting for
      // their dependencies (else this start would have hung), but listen only after them.
      expect(calculator!.startedAt).toBeLessThanOrEqual(oauth!.listeningAt)
      for (const dependent of [calculator, memory, dashboard]) expect(dependent!.listeningAt).toBeGreaterThanOrEqual(oauth!.listeningAt)
      expect(calculator!.env).toMatchObject({ HOST: '127.0.0.1', PORT: new URL(fleet.urls.calculator!).port, HEIST_OAUTH_URL: fleet.urls.oauth, HEIST_SECRET_CALCULATOR: fleet.env.HEIST_SECRET_CALCULATOR })
      for (const hidden of ['HEIST_SECRET_PLANNER', 'HEIST_SECRET_DASHBOARD', 'HEIST_OPERATOR_TOKEN', 'LLM_BASE_URL', 'CLOUD_TOKEN']) expect(calculator!.env).not.toHaveProperty(hidden)
      expect(Object.keys(oauth!.env).filter((k) => k.startsWith('HEIST_SECRET_'))).toHaveLength(12)
      expect(memory!.env).toMatchObject({ LLM_BASE_URL: `${fleet.urls['llm-sim']}/v1`, LLM_MODEL: 'my-model' })
      expect(dashboard!.env.HEIST_OPERATOR_TOKEN).toBe(fleet.env.HEIST_OPERATOR_TOKEN)
      expect(dashboard!.env.HEIST_DATA_DIR).toBe(join(scratch, 'data'))
    } finally {
      await fleet.close()
    }
    await expect(fetch(`${fleet.urls.oauth}/health`)).rejects.toThrow()
  })

  test('writes random secrets once, keeps them, and adds one for a new agent', async () => {
    const envFile = join(scratch, 'secrets.env')
    const first = await launchFleet(options({ envFile, only: ['llm-sim'] }))
    await first.close()
    const before = parseEnvText(readFileSync(envFile, 'utf8'))
    // 6 service clients, 6 agents, the operator token and the model-seed key: each its own random value.
    expect(Object.keys(before)).toHaveLength(14)
    expect(before.HEIST_MODEL_SEED_KEY).toBeDefined()
    for (const value of Object.values(before)) expect(value).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(new Set(Object.values(before)).size).toBe(14)

    const agents = join(fakeRoot, 'config', 'agents.yaml')
    const original = readFileSync(agents, 'utf8')
    writeFileSync(agents, original.replace('agents:\n', 'agents:\n  - name: forger\n    role: Forger\n    colour: "#123456"\n    persona: Makes papers.\n'))
    try {
      const second = await launchFleet(options({ envFile, only: ['llm-sim'] }))
      await second.close()
    } finally {
      writeFileSync(agents, original)
    }
    const after = parseEnvText(readFileSync(envFile, 'utf8'))
    expect(after).toMatchObject(before)
    expect(after.HEIST_SECRET_FORGER).toMatch(/^[A-Za-z0-9_-]{32}$/)
  })

  test('a service that fails to start is named with its last output, not restarted, and the others are stopped', async () => {
    let oauthUrl = ''
    const notes: string[] = []
    let failures = 0
    const error = await launchFleet(options({ extra: { FAKE_FAIL: 'calculator' }, onNote: (n) => notes.push(n), onLine: (service, line) => {
      const port = /listening on (\d+)/.exec(line)?.[1]
      if (service === 'oauth' && port) oauthUrl = `http://127.0.0.1:${port}`
      if (service === 'calculator' && line.includes('cannot open the key file')) failures += 1
    } })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LaunchError)
    expect((error as LaunchError).service).toBe('calculator')
    expect((error as Error).message).toContain('cannot open the key file')
    // It never was healthy: it would fail the same way again, so the launch fails once, with its error.
    expect(notes.join('\n')).not.toMatch(/calculator .*restarting|unexpected/)
    expect(failures).toBe(1)
    expect(oauthUrl).not.toBe('')
    await expect(fetch(`${oauthUrl}/health`)).rejects.toThrow()
  })

  test('a port taken between its choice and its bind: another port for that service, and the fleet starts again', async () => {
    const notes: string[] = []
    const dataDir = mkdtempSync(join(scratch, 'port-taken-'))
    const fleet = await launchFleet(options({ only: ['calculator'], dataDir, extra: { FAKE_TAKE: 'oauth:calculator' }, onNote: (n) => notes.push(n) }))
    try {
      const taken = /calculator: port (\d+) was taken between its choice and its bind \(EADDRINUSE\)/.exec(notes.join('\n'))?.[1]
      expect(taken).toBeDefined()
      expect(new URL(fleet.urls.calculator ?? '').port).not.toBe(taken)
      const [oauth, calculator] = await Promise.all(['oauth', 'calculator'].map((s) => envOf(fleet.urls[s])))
      // Every process has the new URL, not only the service that moved.
      expect(calculator!.env.PORT).toBe(new URL(fleet.urls.calculator ?? '').port)
      expect(oauth!.env.HEIST_CALCULATOR_URL).toBe(fleet.urls.calculator)
    } finally {
      await fleet.close()
    }
  })
})

describe('healing', () => {
  const fast = { enabled: true, initialDelayMs: 100, maxDelayMs: 400, maxRestarts: 2, windowMs: 30_000 }

  test('a service killed with SIGKILL is named, restarted on its port, and its dependants keep running', async () => {
    const notes: string[] = []
    const fleet = await launchFleet(options({ only: ['calculator'], heal: fast, onNote: (n) => notes.push(n) }))
    try {
      const oauthPid = fleet.pid('oauth')
      const before = fleet.pid('calculator')
      process.kill(before as number, 'SIGKILL')
      await waitFor('calculator back', async () => notes.join('\n'), (text) => text.includes('calculator is back'), 20_000)
      expect(notes.join('\n')).toMatch(/calculator was killed by SIGKILL \(unexpected\): restarting in 0\.1 s/)
      expect(fleet.pid('calculator')).not.toBe(before)
      expect(await isUp(fleet.urls.calculator)).toBe(true)
      expect(fleet.pid('oauth')).toBe(oauthPid)
      // By hand: stop and start one service; the others are not touched.
      const current = fleet.pid('calculator')
      await fleet.restart('calculator')
      expect(fleet.pid('calculator')).not.toBe(current)
      expect(await isUp(fleet.urls.calculator)).toBe(true)
      expect(fleet.pid('oauth')).toBe(oauthPid)
    } finally {
      await fleet.close()
    }
  })

  test('a restart by hand reads .env again: a changed setting reaches the service, a changed secret is refused and it keeps running', async () => {
    const dataDir = mkdtempSync(join(scratch, 'env-restart-'))
    const envFile = join(dataDir, '.env')
    const fleet = await launchFleet(options({ only: ['oauth'], dataDir, envFile }))
    try {
      expect((await envOf(fleet.urls.oauth)).env.HEIST_TOKEN_TTL_S).toBeUndefined()
      writeFileSync(envFile, `${readFileSync(envFile, 'utf8')}HEIST_TOKEN_TTL_S=120\n`)
      await fleet.restart('oauth')
      expect((await envOf(fleet.urls.oauth)).env.HEIST_TOKEN_TTL_S).toBe('120')
      const pid = fleet.pid('oauth')
      writeFileSync(envFile, readFileSync(envFile, 'utf8').replace(/^HEIST_SECRET_HACKER=.*$/m, 'HEIST_SECRET_HACKER=changed'))
      await expect(fleet.restart('oauth')).rejects.toThrow(/^HEIST_SECRET_HACKER in .* changed since the start/)
      expect(fleet.pid('oauth')).toBe(pid)
      expect(await isUp(fleet.urls.oauth)).toBe(true)
    } finally {
      await fleet.close()
    }
  })

  test('a restart by hand that fails before the service is healthy is reported to the caller, not healed', async () => {
    const notes: string[] = []
    const dataDir = mkdtempSync(join(scratch, 'fail-restart-'))
    const fleet = await launchFleet(options({ only: ['calculator'], dataDir, heal: fast, onNote: (n) => notes.push(n) }))
    try {
      writeFileSync(join(dataDir, 'fail-calculator'), '')
      const error = await fleet.restart('calculator').catch((e: unknown) => e)
      expect(error).toBeInstanceOf(LaunchError)
      expect((error as Error).message).toContain('cannot open the key file')
      expect(notes.join('\n')).not.toMatch(/calculator .*restarting in/)
      expect(fleet.pid('calculator')).toBeUndefined()
      expect(await isUp(fleet.urls.oauth)).toBe(true)
    } finally {
      await fleet.close()
    }
  })

  test('a crashed service whose automatic port was taken while it was down gets another port, and the fleet starts again with it', async () => {
    const notes: string[] = []
    // 1 s before the restart: time to take the port once the process is gone.
    const fleet = await launchFleet(options({ only: ['calculator'], heal: { ...fast, initialDelayMs: 1000 }, onNote: (n) => notes.push(n) }))
    const squatter = createServer()
    try {
      const oldUrl = fleet.urls.calculator
      process.kill(fleet.pid('calculator') as number, 'SIGKILL')
      await waitFor('calculator gone', async () => fleet.pid('calculator'), (pid) => pid === undefined, 10_000)
      await new Promise<void>((resolve, reject) => squatter.once('error', reject).listen(Number(new URL(oldUrl ?? '').port), '127.0.0.1', resolve))
      await waitFor('fleet back', async () => notes.join('\n'), (text) => text.includes('the fleet is back'), 30_000)
      expect(notes.join('\n')).toMatch(new RegExp(`calculator: port ${new URL(oldUrl ?? '').port} was taken while it was down \\(EADDRINUSE\\); starting the fleet again with port \\d+`))
      expect(fleet.urls.calculator).not.toBe(oldUrl)
      expect(await isUp(fleet.urls.calculator)).toBe(true)
      // Every process has the new URL, not only the service that moved.
      const oauth = await envOf(fleet.urls.oauth)
      expect(oauth.env.HEIST_CALCULATOR_URL).toBe(fleet.urls.calculator)
      expect(notes.join('\n')).not.toMatch(/left down/)
    } finally {
      squatter.close()
      await fleet.close()
    }
  })

  test('a client\'s words naming EADDRINUSE in a healthy service\'s log do not move it when it crashes: it restarts in place', async () => {
    const notes: string[] = []
    const lines: string[] = []
    const fleet = await launchFleet(options({ only: ['calculator'], heal: fast, onNote: (n) => notes.push(n), onLine: (_service, line) => lines.push(line) }))
    try {
      const oldUrl = fleet.urls.calculator
      await fetch(`${oldUrl}/say/${encodeURIComponent('grant_type "EADDRINUSE" is not supported')}`)
      // The launcher has read the line before the crash (else the crash could be handled first, and prove nothing).
      await waitFor('the line read', async () => lines.join('\n'), (text) => text.includes('EADDRINUSE'), 5_000)
      process.kill(fleet.pid('calculator') as number, 'SIGKILL')
      await waitFor('calculator back', async () => notes.join('\n'), (text) => text.includes('calculator is back'), 20_000)
      expect(notes.join('\n')).not.toMatch(/was taken/)
      expect(fleet.urls.calculator).toBe(oldUrl)
      expect(await isUp(fleet.urls.calculator)).toBe(true)
    } finally {
      await fleet.close()
    }
  })

  test('a restart by hand that finds the automatic port taken moves the service too, and returns once the fleet is back', async () => {
    const notes: string[] = []
    const fleet = await launchFleet(options({ only: ['calculator'], heal: fast, onNote: (n) => notes.push(n) }))
    const squatter = createServer()
    try {
      const oldUrl = fleet.urls.calculator
      await fleet.stop('calculator')
      await new Promise<void>((resolve, reject) => squatter.once('error', reject).listen(Number(new URL(oldUrl ?? '').port), '127.0.0.1', resolve))
      await fleet.restart('calculator')
      expect(notes.join('\n')).toMatch(/calculator: port \d+ was taken while it was down \(EADDRINUSE\)/)
      expect(fleet.urls.calculator).not.toBe(oldUrl)
      expect(await isUp(fleet.urls.calculator)).toBe(true)
      expect((await envOf(fleet.urls.oauth)).env.HEIST_CALCULATOR_URL).toBe(fleet.urls.calculator)
    } finally {
      squatter.close()
      await fleet.close()
    }
  })

  test('a service that keeps crashing is restarted with backoff, then reported and left down', async () => {
    const notes: string[] = []
    const fleet = await launchFleet(options({ only: ['calculator'], heal: fast, extra: { FAKE_CRASH: 'calculator' }, onNote: (n) => notes.push(n) }))
    try {
      await waitFor('calculator given up', async () => notes.join('\n'), (text) => text.includes('left down'), 20_000)
      const text = notes.join('\n')
      expect(text).toMatch(/calculator exited with code 4 \(unexpected\): restarting in 0\.1 s \(1\/2\)/)
      expect(text).toMatch(/restarting in 0\.2 s \(2\/2\)/)
      expect(text).toMatch(/3 crashes in 30 s, left down \(pnpm start --restart calculator/)
      await new Promise((r) => setTimeout(r, 600))
      expect(fleet.pid('calculator')).toBeUndefined()
      expect(await isUp(fleet.urls.oauth)).toBe(true)
    } finally {
      await fleet.close()
    }
  })
})
