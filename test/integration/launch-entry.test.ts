import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startWaves } from '../../scripts/launch/graph.js'
import { cliHint, formatLine, palette } from '../../scripts/launch/log-format.js'
import { parseCli } from '../../scripts/launch/cli.js'
import { bundleStaleness, cliBundleDir, ensureCliBundle, ensureServiceBundles, serviceBundleDir } from '../../scripts/launch/bundle.mjs'
import { chooseLaunch, prepareLaunch, serviceEntry } from '../../scripts/launch/entry.js'
import { launchFleet } from '../../scripts/launch/fleet.js'
import { FLEET } from '@heist/shared'
import { encodeTokens } from '@heist/shared/tokens'
import { ROOT } from '../support/fleet.js'
import { afterAll, describe, expect, test } from 'vitest'

// What the launcher runs and how it reads its input, without starting a fleet: start waves, log
// lines and flags; tsc's dist/ or the sources; esbuild bundles (and one stand-in service, restarted
// after an edit). The launcher running the real services is fleet-launcher.test.ts.
const scratch = mkdtempSync(join(tmpdir(), 'heist-launch-entry-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

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

  test('exactly: only the services named, still ordered by the dependencies among them', () => {
    expect(names(startWaves(FLEET, ['orchestrator', 'dashboard', 'oauth'], true))).toEqual([['oauth'], ['dashboard'], ['orchestrator']])
    // The tools, memory and llm-sim it depends on are left out and not waited for.
    expect(names(startWaves(FLEET, ['orchestrator'], true))).toEqual([['orchestrator']])
    expect(() => startWaves(FLEET, ['calculater'], true)).toThrow(/unknown service "calculater"/)
  })

  test('a pino line becomes one readable line; other output is kept as it is', () => {
    const p = palette(false)
    const line = formatLine(p, 'oauth', 8, JSON.stringify({ level: 50, time: Date.UTC(2026, 0, 1, 12, 30, 5, 120), name: 'oauth', msg: 'cannot sign', err: { type: 'Error', message: 'key missing' }, reqId: 'abcdef1234' }))
    expect(line).toBe('12:30:05.120 ERROR oauth    | cannot sign (Error: key missing) [abcdef12]')
    expect(formatLine(p, 'oauth', 8, 'plain text {')).toMatch(/^\d\d:\d\d:\d\d\.\d{3} {7}oauth    \| plain text \{$/)
    expect(formatLine(palette(true), 'oauth', 8, '{"level":30,"msg":"hi"}')).toContain('\u001b[')
  })

  test('on other ports than the fixed ones, the service table tells how to point pnpm heist at the fleet', () => {
    // pnpm heist asks 127.0.0.1:8009 and, on a --ports auto fleet, said to start the fleet with pnpm start.
    expect(cliHint('http://127.0.0.1:43453')).toBe('HEIST_ORCHESTRATOR_URL=http://127.0.0.1:43453 pnpm heist run')
    expect(cliHint('http://127.0.0.1:8009')).toBeNull()
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

  test('--from dist in a repository never built says so, not that dist/ is older than every source', () => {
    const fresh = join(scratch, 'never-built')
    mkdirSync(join(fresh, 'services/calculator/src'), { recursive: true })
    writeFileSync(join(fresh, 'services/calculator/src/main.ts'), '')
    expect(() => chooseLaunch(fresh, 'dist')).toThrow('--from dist: nothing is built yet (no dist/); run pnpm build first')
    expect(chooseLaunch(fresh, 'auto').reason).toContain('dist/ is missing or older than services/calculator/src/main.ts')
  })
})

describe('bundles', () => {
  // A service that reads a file beside its sources and imports a module from another package.
  const repo = join(scratch, 'bundled')
  const file = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true })
    writeFileSync(join(repo, path), text)
  }
  /** The stand-in repository's `shared` package resolves its dependencies from the real one's node_modules, once for all tests. */
  const linkSharedModules = () => {
    if (existsSync(join(repo, 'shared', 'node_modules'))) return
    mkdirSync(join(repo, 'shared'), { recursive: true })
    symlinkSync(join(ROOT, 'shared', 'node_modules'), join(repo, 'shared', 'node_modules'))
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

  test('the CLI (pnpm heist) has a bundle of its own, and its modules keep their sources\' place (it finds .env from there)', async () => {
    file('services/orchestrator/src/cli/main.ts', "console.log(JSON.stringify({ root: new URL('../../../../', import.meta.url).href }))\n")
    const entry = await ensureCliBundle(repo)
    expect(entry).toBe(join(cliBundleDir(repo), 'main.js'))
    expect(bundleStaleness(repo, cliBundleDir(repo))).toBeNull()
    expect(JSON.parse(execFileSync(process.execPath, [entry], { encoding: 'utf8' }))).toEqual({ root: `${pathToFileURL(repo).href}/` })
  })

  test('gpt-tokenizer is loaded at the first count, not at start, and counts as the package does', async () => {
    // The bundle's stand-in loads it from shared's node_modules, as in the repository.
    linkSharedModules()
    file('shared/package.json', '{ "name": "@heist/shared" }\n')
    file('services/memory/src/main.ts', [
      "import { encode } from 'gpt-tokenizer'",
      "const loaded = () => Object.keys(require.cache).some((path) => path.includes('gpt-tokenizer'))",
      'const atStart = loaded()',
      "const ids = encode('The vault opens at nine <|endoftext|> ÷ 漢字', { disallowedSpecial: new Set() })",
      'console.log(JSON.stringify({ atStart, afterCount: loaded(), ids }))',
    ].join('\n'))
    expect(await ensureServiceBundles(repo, ['memory'])).toEqual(['memory'])
    expect(bundleStaleness(repo, serviceBundleDir(repo, 'memory'))).toBeNull()
    const result = JSON.parse(execFileSync(process.execPath, [serviceEntry(repo, 'memory', 'bundle')], { encoding: 'utf8' })) as { atStart: boolean; afterCount: boolean; ids: number[] }
    expect(result).toEqual({ atStart: false, afterCount: true, ids: encodeTokens('The vault opens at nine <|endoftext|> ÷ 漢字') })
  })

  test('yaml is loaded at the first parse, not at start, and parses as the package does', async () => {
    linkSharedModules()
    file('shared/package.json', '{ "name": "@heist/shared" }\n')
    file('services/oauth/src/main.ts', [
      "import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml'",
      "const loaded = () => Object.keys(require.cache).some((path) => /[\\\\/]yaml[\\\\/]/.test(path))",
      'const atStart = loaded()',
      'const lines = new LineCounter()',
      "const doc = parseDocument('agents:\\n  - name: hacker\\n    tools: [read_file]\\n', { lineCounter: lines })",
      "const agents = doc.get('agents')",
      "const first = isSeq(agents) ? agents.items[0] : null",
      "console.log(JSON.stringify({ atStart, afterParse: loaded(), value: doc.toJS(), kinds: [isMap(doc.contents), isSeq(agents), isScalar(isMap(first) ? first.get('name', true) : null)], line: lines.linePos(first && isMap(first) ? first.range[0] : 0) }))",
    ].join('\n'))
    expect(await ensureServiceBundles(repo, ['oauth'])).toEqual(['oauth'])
    // The stand-in is no file: the bundle stays fresh (it was bundled again at every start).
    expect(bundleStaleness(repo, serviceBundleDir(repo, 'oauth'))).toBeNull()
    const result = JSON.parse(execFileSync(process.execPath, [serviceEntry(repo, 'oauth', 'bundle')], { encoding: 'utf8' })) as unknown
    expect(result).toEqual({ atStart: false, afterParse: true, value: { agents: [{ name: 'hacker', tools: ['read_file'] }] }, kinds: [true, true, true], line: { line: 2, col: 5 } })
  })

  test('zod in a bundle carries its English messages only, and they read as from the sources', async () => {
    // zod resolves from shared's node_modules, as in the repository.
    linkSharedModules()
    file('shared/src/zod-probe.ts', [
      "import { z } from 'zod'",
      "export const probe = () => ({ locales: Object.keys(z.locales), message: z.object({ level: z.enum(['info', 'warn']) }).safeParse({ level: 'loud' }).error?.issues[0]?.message })",
    ].join('\n'))
    file('services/file-reader/src/main.ts', "import { probe } from '../../../shared/src/zod-probe.ts'\nconsole.log(JSON.stringify(probe()))\n")
    expect(await ensureServiceBundles(repo, ['file-reader'])).toEqual(['file-reader'])
    const result = JSON.parse(execFileSync(process.execPath, [serviceEntry(repo, 'file-reader', 'bundle')], { encoding: 'utf8' })) as unknown
    expect(result).toEqual({ locales: ['en'], message: 'Invalid option: expected one of "info"|"warn"' })
  })

  test('a source that cannot be bundled: --from bundle fails, auto starts from the sources and says why', async () => {
    await edit('services/calculator/src/greeting.ts', "export const greeting: string = 'unclosed\n")
    await expect(prepareLaunch(repo, 'bundle', ['calculator'])).rejects.toThrow(/Unterminated string/)
    const choice = await prepareLaunch(repo, 'auto', ['calculator'])
    expect(choice.from).toBe('source')
    expect(choice.reason).toMatch(/^could not bundle \(.*\); starting from sources \(tsx\)/)
  })

  test('pnpm start --restart runs an edit: the service is bundled again first; a source that does not compile leaves it running', async () => {
    file('services/calculator/src/main.ts', [
      "import { createServer } from 'node:http'",
      "import { greeting } from './greeting.ts'",
      "createServer((_request, response) => response.end(greeting)).listen(Number(process.env.PORT), '127.0.0.1')",
    ].join('\n'))
    await edit('services/calculator/src/greeting.ts', "export const greeting: string = 'hello'\n")
    const dataDir = join(scratch, 'restart-data')
    mkdirSync(dataDir, { recursive: true })
    const notes: string[] = []
    const fleet = await launchFleet({
      root: repo, configDir: join(ROOT, 'config'), dataDir, envFile: join(dataDir, '.env'), only: ['calculator'], exactly: true, autoPorts: true, from: 'bundle',
      onNote: (text) => notes.push(text),
    })
    try {
      const greeting = async () => (await fetch(`${fleet.urls.calculator}/health`)).text()
      expect(await greeting()).toBe('hello')
      await edit('services/calculator/src/greeting.ts', "export const greeting: string = 'bonjour'\n")
      await fleet.restart('calculator')
      expect(await greeting()).toBe('bonjour')
      expect(notes).toContain('bundled calculator again (a source changed)')
      const pid = fleet.pid('calculator')
      await edit('services/calculator/src/greeting.ts', "export const greeting: string = 'unclosed\n")
      await expect(fleet.restart('calculator')).rejects.toThrow(/Unterminated string/)
      expect(fleet.pid('calculator')).toBe(pid)
      expect(await greeting()).toBe('bonjour')
    } finally {
      await fleet.close()
    }
  }, 60_000)
})
