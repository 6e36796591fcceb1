/**
 * Time from `pnpm start` to every service healthy (the launcher prints its table once the last
 * `GET /health` answers), in interleaved rounds per way of starting; then Ctrl-C and the time to
 * all stopped. Free ports, a scratch data directory and secrets file: it never touches ./data,
 * ./.env or a running fleet. Also the CPU seconds the launcher and its services used from start to
 * stopped (the shell's `times`): on a machine shared with others, wall time says more about the
 * neighbours than about the start-up.
 *
 *   node --conditions=heist-source --import tsx bench/startup.ts [--rounds 3] [--modes bundle,dist,source] [--base DIR]
 *
 * Ways of starting:
 *   bundle  `pnpm start` today: `node scripts/start.mjs`, the launcher and each service one esbuild
 *           bundle (bundled before the rounds if stale, and that time printed)
 *   dist    `pnpm start` before bundles: the launcher through tsx, services from tsc's dist/
 *           (skipped unless `pnpm build` left dist/ up to date)
 *   source  the launcher and services through tsx
 *   base    `--base DIR`: `pnpm start` of another checkout (e.g. `git worktree add DIR <commit>`, its
 *           node_modules linked or installed, bundled before the rounds), for a before/after in one run
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { ensureLauncherBundle, ensureServiceBundles } from '../scripts/launch/bundle.mjs'
import { staleSources } from '../scripts/launch/entry.js'
import { numberOption, textOption } from './support/options.js'
import { median } from './support/wrk.js'

const root = resolve(fileURLToPath(new URL('..', import.meta.url)))
const ROUNDS = numberOption('rounds', 3, { whole: true })
const baseArg = textOption('base')
const BASE = baseArg === undefined ? undefined : resolve(baseArg)
const WANTED = (textOption('modes') ?? (BASE ? 'bundle,base' : 'bundle,dist')).split(',') as Mode[]
const READY = 'Ctrl-C stops everything'
type Mode = 'bundle' | 'dist' | 'source' | 'base'
/** The command of each way of starting (the launcher's own flags follow). */
const COMMANDS: Record<Mode, string[]> = {
  bundle: [process.execPath, 'scripts/start.mjs', '--from', 'bundle'],
  dist: [process.execPath, '--conditions=heist-source', '--import', 'tsx', 'scripts/launch.ts', '--from', 'dist'],
  source: [process.execPath, '--conditions=heist-source', '--import', 'tsx', 'scripts/launch.ts', '--from', 'source'],
  base: [process.execPath, 'scripts/start.mjs', '--from', 'bundle'],
}

interface StartRun { healthyS: number; stoppedS: number; cpuS: number }

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`

/** One start of the whole fleet: seconds to healthy and to stopped, CPU. */
async function startOnce(mode: Mode): Promise<StartRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'heist-startup-'))
  const started = performance.now()
  const command = [...COMMANDS[mode], '--ports', 'auto', '--data-dir', join(scratch, 'data'), '--secrets-file', join(scratch, '.env')].map(quote).join(' ')
  // The shell reports the CPU of its children (the launcher, and the services it reaped) with `times`.
  const launcher = spawn('/bin/sh', ['-c', `${command} & echo "launcher pid $!"; wait $!; times`], {
    cwd: mode === 'base' ? BASE : root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'warn', NO_COLOR: '1' },
  })
  let output = ''
  try {
    const healthyS = await new Promise<number>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`not healthy after 120 s:\n${output.slice(-2000)}`)), 120_000)
      launcher.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        if (output.includes(READY)) {
          clearTimeout(timer)
          done((performance.now() - started) / 1000)
        }
      })
      launcher.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
      launcher.once('exit', (code) => fail(new Error(`the launcher exited (${code}) before the fleet was up:\n${output.slice(-2000)}`)))
    })
    const stopping = performance.now()
    const exited = new Promise((done) => launcher.once('exit', done))
    process.kill(Number(/launcher pid (\d+)/.exec(output)?.[1]), 'SIGINT')
    await exited
    const stoppedS = (performance.now() - stopping) / 1000
    const times = [...output.matchAll(/^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/gm)][1]
    const cpuS = times ? Number(times[1]) * 60 + Number(times[2]) + Number(times[3]) * 60 + Number(times[4]) : Number.NaN
    return { healthyS, stoppedS, cpuS }
  } finally {
    if (launcher.exitCode === null && launcher.signalCode === null) launcher.kill('SIGKILL')
    rmSync(scratch, { recursive: true, force: true })
  }
}

const modes = WANTED.filter((mode) => {
  if (!(mode in COMMANDS)) throw new Error(`--modes takes bundle, dist, source, base; not "${mode}"`)
  if (mode === 'base' && !BASE) throw new Error('--modes base needs --base DIR')
  if (mode === 'dist' && staleSources(root).length > 0) {
    console.log('dist/ is not up to date (run pnpm build): no dist rounds')
    return false
  }
  return true
})
for (const [mode, dir] of [['bundle', root], ['base', BASE]] as const) {
  if (!modes.includes(mode) || !dir) continue
  const started = performance.now()
  // The other checkout's own bundler: its bundles are built the way its launcher builds them.
  const bundler = (mode === 'base' ? await import(pathToFileURL(join(dir, 'scripts/launch/bundle.mjs')).href) : { ensureLauncherBundle, ensureServiceBundles }) as { ensureLauncherBundle: typeof ensureLauncherBundle; ensureServiceBundles: typeof ensureServiceBundles }
  await bundler.ensureLauncherBundle(dir)
  const built = await bundler.ensureServiceBundles(dir, readdirSync(join(dir, 'services')))
  if (built.length) console.log(`${mode}: bundled the launcher and ${built.join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s (load ${loadavg()[0]?.toFixed(1)})`)
}
const results = new Map(modes.map((m) => [m, [] as StartRun[]]))
for (let round = 0; round < ROUNDS; round++) {
  for (const mode of modes) results.get(mode)?.push(await startOnce(mode))
}
console.log(`startup bench: the whole fleet (9 services), ${ROUNDS} interleaved rounds; ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
for (const [mode, runs] of results) {
  const healthy = runs.map((r) => r.healthyS)
  const cpu = runs.map((r) => r.cpuS)
  console.log(`from ${mode.padEnd(6)}  to all healthy: median ${median(healthy).toFixed(1)} s (${healthy.map((s) => s.toFixed(1)).join(' / ')}); Ctrl-C to all stopped: median ${median(runs.map((r) => r.stoppedS)).toFixed(1)} s; CPU, start to stopped: median ${median(cpu).toFixed(1)} s (${cpu.map((s) => s.toFixed(1)).join(' / ')})`)
}
const bundle = results.get('bundle')
for (const other of ['dist', 'source', 'base'] as const) {
  const runs = results.get(other)
  if (!bundle || !runs) continue
  console.log(`bundle / ${other}: time to healthy ${(median(bundle.map((r) => r.healthyS)) / median(runs.map((r) => r.healthyS))).toFixed(2)}, CPU ${(median(bundle.map((r) => r.cpuS)) / median(runs.map((r) => r.cpuS))).toFixed(2)}`)
}
if (bundle) console.log(`target: pnpm start (bundle) healthy <= 6 s; median ${median(bundle.map((r) => r.healthyS)).toFixed(1)} s at load ${loadavg()[0]?.toFixed(1)}; CPU / 2 cores = ${(median(bundle.map((r) => r.cpuS)) / 2).toFixed(1)} s, the floor on an idle machine`)
