import { execFileSync, spawn } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseEnvText } from '../../scripts/init-env.mjs'
import { launchFleet, LaunchError, type LaunchOptions } from '../../scripts/launch/fleet.js'
import { startWaves } from '../../scripts/launch/graph.js'
import { formatLine, palette } from '../../scripts/launch/log-format.js'
import { parseCli } from '../../scripts/launch/cli.js'
import { bundleStaleness, ensureServiceBundles, serviceBundleDir } from '../../scripts/launch/bundle.mjs'
import { chooseLaunch, prepareLaunch, serviceEntry } from '../../scripts/launch/entry.js'
import { FLEET } from '@heist/shared'
import { afterAll, describe, expect, test } from 'vitest'
import { ROOT } from '../support/fleet.js'
import { waitFor } from '../support/poll.js'

// The launcher against a fake repository whose services are tiny HTTP servers that report their
// own environment: what each process is given, in which order, and what happens when one fails.
const FAKE_SERVICE = `
import { createServer } from 'node:http'
import { basename, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
const name = basename(dirname(dirname(fileURLToPath(import.meta.url))))
const startedAt = Date.now()
if (process.env.FAKE_FAIL === name) { console.error(name + ': cannot open the key file'); process.exit(3) }
if (process.env.FAKE_SLOW === name) await new Promise((r) => setTimeout(r, 1500))
if (process.env.FAKE_CRASH === name) setTimeout(() => process.exit(4), 400)
const server = createServer((req, res) => {
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

async function envOf(url: string | undefined) {
  return (await (await fetch(`${url}/env`)).json()) as { env: Record<string, string>; startedAt: number; listeningAt: number }
}

describe('launcher pieces', () => {
  const names = (waves: { name: string }[][]) => waves.map((w) => w.map((s) => s.name).sort())

  test('start waves follow dependsOn; --only adds what a service needs', () => {
    const waves = names(startWaves(FLEET))
    expect(waves[0]).toEqual(['llm-sim', 'oauth'])
    expect(waves[1]).toEqual(['calculator', 'dashboard', 'db-query', 'file-reader', 'memory'])
    expect(waves.at(-1)).toEqual(['detection', 'orchestrator'])
    expect(waves.flat()).toHaveLength(FLEET.length)
    expect(names(startWaves(FLEET, ['calculator']))).toEqual([['oauth'], ['calculator']])
    expect(() => startWaves(FLEET, ['calculater'])).toThrow(/unknown service "calculater"/)
    expect(() => startWaves([{ name: 'a', port: 1, dependsOn: ['b'], secrets: 'none', stateful: false }, { name: 'b', port: 2, dependsOn: ['a'], secrets: 'none', stateful: false }])).toThrow(/cycle/)
  })

  test('a pino line becomes one readable line; other output is kept as it is', () => {
    const p = palette(false)
    const line = formatLine(p, 'oauth', 8, JSON.stringify({ level: 50, time: Date.UTC(2026, 0, 1, 12, 30, 5, 120), name: 'oauth', msg: 'cannot sign', err: { type: 'Error', message: 'key missing' }, reqId: 'abcdef1234' }))
    expect(line).toBe('12:30:05.120 ERROR oauth    | cannot sign (Error: key missing) [abcdef12]')
    expect(formatLine(p, 'oauth', 8, 'plain text {')).toMatch(/^\d\d:\d\d:\d\d\.\d{3} {7}oauth    \| plain text \{$/)
    expect(formatLine(palette(true), 'oauth', 8, '{"level":30,"msg":"hi"}')).toContain('\u001b[')
  })

  test('flags: a bad flag or --ports value is refused with a message', () => {
    expect(parseCli(['--only', 'oauth, calculator', '--ports', 'auto'], '/repo', {})).toMatchObject({ only: ['oauth', 'calculator'], autoPorts: true, dataDir: '/repo/data', envFile: '/repo/.env' })
    expect(() => parseCli(['--ports', 'random'], '/repo', {})).toThrow(/--ports takes "auto"/)
    expect(() => parseCli(['--bogus'], '/repo', {})).toThrow(/bogus/)
  })
})

describe('dist or sources', () => {
  // A repository with one service and shared, each with a source file and its compiled file.
  const repo = join(scratch, 'built')
  const files = ['shared/src/index.ts', 'services/calculator/src/main.ts', 'services/calculator/src/routes/calc.ts']
  const compiled = (file: string) => file.replace('/src/', '/dist/').replace(/\.ts$/, '.js')
  const write = (file: string, at: number) => {
    mkdirSync(dirname(join(repo, file)), { recursive: true })
    writeFileSync(join(repo, file), '')
    utimesSync(join(repo, file), at, at)
  }
  const built = () => {
    for (const file of files) {
      write(file, 1_000)
      write(compiled(file), 2_000)
    }
  }

  test('an up-to-date dist/ runs as compiled JavaScript', () => {
    built()
    expect(chooseLaunch(repo, 'auto').from).toBe('dist')
    expect(serviceEntry(repo, 'calculator', 'dist')).toBe(join(repo, 'services/calculator/dist/main.js'))
  })

  test('a source edited after the build, or one never compiled, runs the sources and says which', () => {
    built()
    write('services/calculator/src/routes/calc.ts', 3_000)
    const edited = chooseLaunch(repo, 'auto')
    expect(edited.from).toBe('source')
    expect(edited.reason).toContain('services/calculator/src/routes/calc.ts')
    built()
    write('shared/src/new-helper.ts', 1_000)
    expect(chooseLaunch(repo, 'auto').reason).toContain('shared/src/new-helper.ts')
    expect(() => chooseLaunch(repo, 'dist')).toThrow(/pnpm build/)
    rmSync(join(repo, 'shared/src/new-helper.ts'))
    expect(chooseLaunch(repo, 'source').from).toBe('source')
  })
})

describe('bundles', () => {
  // A service that reads a file beside its sources and imports a module from another package.
  const repo = join(scratch, 'bundled')
  const file = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true })
    writeFileSync(join(repo, path), text)
  }
  file('package.json', '{ "type": "module" }\n')
  file('services/calculator/notes.txt', 'beside src\n')
  file('services/calculator/src/main.ts', [
    "import { readFileSync } from 'node:fs'",
    "import { where } from '../../../shared/src/where.ts'",
    "import { greeting } from './greeting.ts'",
    "console.log(JSON.stringify({ greeting, notes: readFileSync(new URL('../notes.txt', import.meta.url), 'utf8'), shared: where() }))",
  ].join('\n'))
  file('services/calculator/src/greeting.ts', "export const greeting: string = 'hello'\n")
  file('shared/src/where.ts', 'export const where = (): string => import.meta.url\n')
  const run = () => JSON.parse(execFileSync(process.execPath, [serviceEntry(repo, 'calculator', 'bundle')], { encoding: 'utf8' })) as Record<string, string>
  // An edit comes after the last bundle started, and a start comes after the edit.
  const edit = async (path: string, text: string) => {
    file(path, text)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }

  test('a service is bundled once, runs as its sources would, and is bundled again after an edit', async () => {
    expect(bundleStaleness(repo, serviceBundleDir(repo, 'calculator'))).toBe('not bundled yet')
    expect(await ensureServiceBundles(repo, ['calculator'])).toEqual(['calculator'])
    expect(bundleStaleness(repo, serviceBundleDir(repo, 'calculator'))).toBeNull()
    expect(await ensureServiceBundles(repo, ['calculator'])).toEqual([])
    // Its own files keep their place beside src/; a module of another package keeps its own URL.
    expect(run()).toEqual({ greeting: 'hello', notes: 'beside src\n', shared: pathToFileURL(join(repo, 'shared/src/where.ts')).href })

    await edit('services/calculator/src/greeting.ts', "export const greeting: string = 'bonjour'\n")
    expect(bundleStaleness(repo, serviceBundleDir(repo, 'calculator'))).toBe('services/calculator/src/greeting.ts changed')
    const choice = await prepareLaunch(repo, 'auto', ['calculator'])
    expect(choice).toMatchObject({ from: 'bundle' })
    expect(choice.reason).toMatch(/bundled calculator \(new, or a source changed\)/)
    expect(run().greeting).toBe('bonjour')
    await edit('shared/src/where.ts', 'export const where = (): string => import.meta.url\n')
    expect(bundleStaleness(repo, serviceBundleDir(repo, 'calculator'))).toBe('shared/src/where.ts changed')
  })

  test('a source that cannot be bundled: --from bundle fails, auto starts from the sources and says why', async () => {
    await edit('services/calculator/src/greeting.ts', "export const greeting: string = 'unclosed\n")
    await expect(prepareLaunch(repo, 'bundle', ['calculator'])).rejects.toThrow(/Unterminated string/)
    const choice = await prepareLaunch(repo, 'auto', ['calculator'])
    expect(choice.from).toBe('source')
    expect(choice.reason).toMatch(/^could not bundle \(.*\); starting from sources \(tsx\)/)
  })
})

describe('the launcher', () => {
  test('starts services in dependency order and gives each only what it needs', async () => {
    const notes: string[] = []
    const fleet = await launchFleet(options({
      only: ['calculator', 'memory', 'dashboard'],
      outer: { PATH: process.env.PATH, CLOUD_TOKEN: 'leak-me-not', LLM_MODEL: 'my-model', FAKE_SLOW: 'oauth' },
      extra: { FAKE_SLOW: 'oauth' },
      onNote: (n) => notes.push(n),
    }))
    try {
      // What was asked for and what it needs (memory needs llm-sim), nothing else.
      expect([...fleet.started].sort()).toEqual(['calculator', 'dashboard', 'llm-sim', 'memory', 'oauth'])
      await expect(fetch(`${fleet.urls.orchestrator}/health`)).rejects.toThrow()
      expect(notes.join('\n')).toMatch(/starting from bundles/)
      const [oauth, calculator, memory, dashboard] = await Promise.all(['oauth', 'calculator', 'memory', 'dashboard'].map((s) => envOf(fleet.urls[s])))
      // oauth was slow to listen: its dependents were started only after it answered /health.
      expect(calculator!.startedAt).toBeGreaterThanOrEqual(oauth!.listeningAt)
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
    expect(Object.keys(before)).toHaveLength(13)
    for (const value of Object.values(before)) expect(value).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(new Set(Object.values(before)).size).toBe(13)

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

  test('a service that fails to start is named with its last output, and the others are stopped', async () => {
    let oauthUrl = ''
    const error = await launchFleet(options({ extra: { FAKE_FAIL: 'calculator' }, onLine: (service, line) => {
      const port = /listening on (\d+)/.exec(line)?.[1]
      if (service === 'oauth' && port) oauthUrl = `http://127.0.0.1:${port}`
    } })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LaunchError)
    expect((error as LaunchError).service).toBe('calculator')
    expect((error as Error).message).toContain('cannot open the key file')
    expect(oauthUrl).not.toBe('')
    await expect(fetch(`${oauthUrl}/health`)).rejects.toThrow()
  })
})

describe('healing', () => {
  const fast = { enabled: true, initialDelayMs: 100, maxDelayMs: 400, maxRestarts: 2, windowMs: 30_000 }
  const isUp = async (url: string | undefined) => fetch(`${url}/health`).then((r) => r.status === 200, () => false)

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
  const isUp = async (url: string) => fetch(`${url}/health`).then((r) => r.status === 200, () => false)

  test('prints the service table, then stops everything on Ctrl-C', async () => {
    const run = launch(mkdtempSync(join(scratch, 'cli-')))
    await run.ready
    const url = urlOf(run.output())
    expect(url, run.output()).not.toBe('')
    expect(await isUp(url)).toBe(true)
    run.child.kill('SIGINT')
    expect(await run.exited).toBe(0)
    expect(run.output()).toContain('all stopped')
    expect(await isUp(url)).toBe(false)
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
