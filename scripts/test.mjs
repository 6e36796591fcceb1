// `pnpm test`: the type check, the unit tests and the integration tests, run side by side; exits
// non-zero if any of them fails (each one's output is prefixed with its name).
//
// Why side by side: vitest runs the projects whose files must not overlap (each drives real
// processes: one file at a time) as one group after every other group, so inside one `vitest run`
// the units and the integration files never overlapped, and on two cores one core idled through
// the long integration stream, which mostly waits on real processes. Here the fleet files run as
// three streams, each one file at a time (the fault files, the browser files, and the rest with
// the shared fleet's files), and the type check and the units take the CPU they leave idle. The
// browser stream starts when the type check ends: it takes the CPU the type check gave back, so
// the first minute has no more streams than before, and the faults stream no longer carries the
// browser files after crash-resume (it was the whole run's critical path). The bundles every
// fleet starts are made once first, so the streams never bundle the same service twice. All run
// at one priority: at nice 10 the units starved and timed out (service-kit, query-runner) on a
// machine loaded by others. The type check is TypeScript 7 (the native compiler) on one thread:
// 7 CPU s against 37 for TypeScript 5.9 and 13-17 for TypeScript 7's default parallel checkers,
// whose extra threads only compete with the other streams for the two cores.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { dirname, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { ensureAllBundles } from './launch/bundle.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const tsc = resolve(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc')
const vitest = resolve(dirname(require.resolve('vitest/package.json')), 'vitest.mjs')

/** `fleet`: the streams that start services, after the bundles are made; `after`: a stream that must end first (pass or fail). */
const allStreams = [
  { name: 'faults', fleet: true, args: [vitest, 'run', '--project', 'faults'] },
  { name: 'integration', fleet: true, args: [vitest, 'run', '--project', 'integration', '--project', 'fleet'] },
  { name: 'e2e', fleet: true, after: 'typecheck', args: [vitest, 'run', '--project', 'e2e'] },
  { name: 'typecheck', args: [tsc, '-p', 'tsconfig.json', '--noEmit', '--singleThreaded'] },
  { name: 'unit+standalone', args: [vitest, 'run', '--project', 'unit', '--project', 'standalone'] },
]
/**
 * `pnpm test faults e2e`: only the streams named (to run the fleet streams again and again when
 * hunting a flake); a stream waits only for an `after` stream that runs too.
 */
const only = process.argv.slice(2)
const USAGE = `usage: pnpm test [stream…]   the type check and every test, side by side (what CI runs)

  streams: ${allStreams.map((s) => s.name).join(', ')} (all by default), e.g. pnpm test faults e2e
  one file or folder: pnpm vitest run <path>   (not pnpm test <path>)

Exits 0 when every stream passed, 1 when one failed, 2 on a bad argument.`
if (only.includes('--help') || only.includes('-h')) {
  console.log(USAGE)
  process.exit(0)
}
// A file path (vitest's habit) or a misspelt stream: said plainly, before anything runs (it was a thrown Error's stack trace).
const unknown = only.filter((name) => !allStreams.some((s) => s.name === name))
if (unknown.length > 0) {
  console.error(`pnpm test: no stream ${unknown.join(', ')}\n\n${USAGE}`)
  process.exit(2)
}
const streams = only.length === 0 ? allStreams : allStreams.filter((s) => only.includes(s.name)).map((s) => (s.after && !only.includes(s.after) ? { ...s, after: undefined } : s))

/** CPU seconds of this process's finished (reaped) children and theirs, from /proc (Linux only). */
function childrenCpuSeconds() {
  if (!existsSync('/proc/self/stat')) return null
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ')
  // cutime and cstime, fields 16 and 17 of proc(5), in clock ticks: USER_HZ is 100 on Linux.
  return (Number(fields[13]) + Number(fields[14])) / 100
}

/**
 * The machine's busy CPU seconds so far, from /proc/stat (Linux only): what the counted figure
 * above misses. Chromium's renderers outlive their zygote, are reparented to init and die there,
 * so their time reaches nobody's cutime: the e2e stream kept the idle machine busy for 222 CPU s
 * where its children counted 87. On a machine where nothing else runs (CI) this is the run's cost.
 */
function machineBusySeconds() {
  if (!existsSync('/proc/stat')) return null
  // cpu  user nice system idle iowait irq softirq steal …, in USER_HZ ticks: busy is all but idle and iowait.
  const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number)
  return (ticks.reduce((sum, t) => sum + t, 0) - ticks[3] - ticks[4]) / 100
}

const width = Math.max(...streams.map((s) => s.name.length))
const env = { ...process.env, ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}) }
const started = performance.now()
const busyAtStart = machineBusySeconds()
let cpuSoFar = childrenCpuSeconds()

/**
 * `HEIST_TEST_CPU=1 pnpm test`: each vitest stream also prints the CPU seconds each file cost
 * (test/support/cpu-reporter.ts), to find where the suite's CPU goes without running it twice.
 */
const perFile = process.env.HEIST_TEST_CPU === '1' ? ['--reporter=default', '--reporter=./test/support/cpu-reporter.ts'] : []

function run({ name, args }) {
  const child = spawn(process.execPath, args[0] === vitest ? [...args, ...perFile] : args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const prefix = `${name.padEnd(width)} │ `
  for (const [input, output] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
    createInterface({ input, crlfDelay: Infinity }).on('line', (line) => output.write(`${prefix}${line}\n`))
  }
  // Ctrl-C reaches every child (one process group); a signal sent to this process alone is passed on.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => child.kill(signal))
  return new Promise((resolveRun) => {
    child.once('close', (code, signal) => {
      const cpuNow = childrenCpuSeconds()
      const cpu = cpuNow === null || cpuSoFar === null ? '' : `, ${(cpuNow - cpuSoFar).toFixed(0)} s CPU`
      cpuSoFar = cpuNow
      const wall = ((performance.now() - started) / 1000).toFixed(0)
      const ok = code === 0
      process.stdout.write(`test: ${name} ${ok ? 'passed' : `FAILED (${signal ?? `exit code ${code}`})`} after ${wall} s wall${cpu}\n`)
      resolveRun(ok)
    })
  })
}

/** Bundle whatever is stale (nothing when up to date); a failure is the fleet streams' to report. */
async function bundled() {
  const before = performance.now()
  try {
    const built = await ensureAllBundles(root)
    if (built.length > 0) process.stdout.write(`test: bundled ${built.join(', ')} in ${((performance.now() - before) / 1000).toFixed(1)} s\n`)
  } catch (error) {
    process.stdout.write(`test: bundling failed (${error.message.split('\n')[0]}); the fleets fall back as \`pnpm start\` does\n`)
  }
}

// Only the fleet streams run bundles: `pnpm test typecheck` or `unit+standalone` alone bundles nothing.
const bundles = streams.some((s) => s.fleet) ? bundled() : Promise.resolve()
/** Each stream's run, by name, started once what it waits for has ended. */
const runs = new Map()
for (const stream of [...streams].sort((a, b) => Number(Boolean(a.after)) - Number(Boolean(b.after)))) {
  const waits = [stream.fleet ? bundles : null, stream.after ? runs.get(stream.after) : null].filter(Boolean)
  runs.set(stream.name, Promise.all(waits).then(() => run(stream)))
}
const results = await Promise.all(streams.map((stream) => runs.get(stream.name)))
// In all: every stream's processes, and this one's own (the bundling's JavaScript runs here).
const own = process.cpuUsage()
const all = childrenCpuSeconds()
const cpuInAll = all === null ? '' : `, ${(all + (own.user + own.system) / 1e6).toFixed(0)} s CPU`
const wallSeconds = (performance.now() - started) / 1000
const busyAtEnd = machineBusySeconds()
const machine = busyAtStart === null || busyAtEnd === null ? '' : `; the machine was busy ${(busyAtEnd - busyAtStart).toFixed(0)} CPU s meanwhile (${((busyAtEnd - busyAtStart) / wallSeconds).toFixed(2)} cores of ${availableParallelism()}; Chromium's renderers and anything else running included)`
process.stdout.write(`test: ${results.every(Boolean) ? 'all passed' : 'FAILED'} after ${wallSeconds.toFixed(0)} s wall${cpuInAll} in all${machine}\n`)
process.exitCode = results.every(Boolean) ? 0 : 1
