/**
 * Instructions per request under callgrind, for the rows of bench/auth-stack.ts: a measure the
 * neighbours' load does not move (valgrind runs the server on one simulated CPU and counts what
 * it executes), beside wrk's wall-clock ratios that swing with it. The servers run in their own
 * process under `valgrind --tool=callgrind` (bench/support/instructions-server.ts); this process
 * sends each row's requests over keep-alive connections, an exact number of them: a warm-up
 * uncounted (JIT, caches, connections), then rounds interleaving the rows, each row's calls
 * counted alone (`callgrind_control` zeroes before and dumps after).
 *
 *   node --conditions=heist-source --import tsx bench/support/instructions.ts [--only JWT,/health] [--base DIR] [--calls 1000] [--warmup 10000] [--rounds 3] [--connections 16] [--steady]
 *
 * What it counts: user-space instructions of every thread of the server process (V8's compiler and
 * GC helper threads too). What it does not: the kernel (accepting, reading and writing sockets),
 * which costs the baseline and the tool the same few system calls per request (leaving it out
 * lowers the ratio), nor cycles (a longer code path may miss caches more, which the count does not
 * see). So it is not the CPU ratio; but a cut that removes instructions removes work, and the count
 * repeats within about 1 % between rounds and runs.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { BASE, MCP_OVER_REST_TARGET, MCP_SESSION_ROW, MCP_STATELESS_ROW, REST_ROW } from './auth-stack-report.js'
import type { BenchRow } from './auth-stack-rows.js'
import { flagOption, numberOption, textOption } from './options.js'
import { median, type HttpLoad } from './wrk.js'

/**
 * V8 under valgrind: everything on the main thread (`--single-threaded`: no compiler or GC helper
 * threads whose work lands in whichever window they run), and the young generation pinned at its
 * usual size under load (16 MB semispaces): V8 grows it by measured allocation speed, and under
 * valgrind, fifty times slower, it stayed at 1 MB, so scavenges were 40 % of a call's count
 * (about 2 % on a real core). Collections and compilation in a window are taken out of it
 * ({@link V8_SIDE_WORK}).
 * `KEEP_CALLGRIND=1` keeps the dumps and has V8 write /tmp/perf-PID.map, which
 * bench/support/callgrind-js.mjs reads to name JIT-compiled JavaScript in them.
 */
const NODE_FLAGS = ['--single-threaded', '--min-semi-space-size=16', '--max-semi-space-size=16', ...(process.env.KEEP_CALLGRIND ? ['--perf-basic-prof-only-functions'] : [])]

/** This file run as a command (not imported by auth-stack.ts). */
const INSTRUCTIONS_CLI = process.argv[1] === fileURLToPath(import.meta.url)

export const VALGRIND = process.env.VALGRIND ?? '/usr/bin/valgrind'
const CALLGRIND_CONTROL = process.env.CALLGRIND_CONTROL ?? '/usr/bin/callgrind_control'
const CALLGRIND_ANNOTATE = process.env.CALLGRIND_ANNOTATE ?? '/usr/bin/callgrind_annotate'

export interface InstructionOptions {
  logLevel: string
  baseDir?: string
  /** Row names to keep (by substring); the baseline is always kept. */
  only?: string[]
  /** Counted calls per row and round. */
  calls: number
  /** Uncounted calls per row before the first round. */
  warmup: number
  rounds: number
  connections: number
  /**
   * Count a second window of each row right after its first (rows named with {@link SECOND_WINDOW}): the
   * first follows other rows and carries the row's re-warm (its shapes' hidden classes freed while other
   * rows ran, optimized code deoptimized and compiled again), the second is the row in steady state.
   */
  steady?: boolean
}

/** The name suffix of a row's second window under `--steady`. */
export const SECOND_WINDOW = ' (2nd window)'

/**
 * Instructions per call of each row, one figure per round, in row order (the baseline first):
 * `own` without V8's collections and JIT compilation, `all` with them.
 */
export type InstructionCounts = Map<string, { own: number[]; all: number[] }>

function callgrindControl(pid: number, ...args: string[]): void {
  const run = spawnSync(CALLGRIND_CONTROL, [...args, String(pid)], { encoding: 'utf8', timeout: 60_000 })
  if (run.status !== 0 || !run.stdout.includes('OK')) throw new Error(`callgrind_control ${args.join(' ')}: ${run.stdout}${run.stderr}`)
}

/**
 * V8's own work that lands in a window by chance, not in proportion to its calls: a collection
 * (whenever the young generation fills) and JIT compilation (until every hot function is
 * optimized, and again after a deoptimization). Their inclusive counts are taken out of each
 * window, so a window counts the requests' own work whatever the warm-up reached; what the calls
 * leave to the collector is measured apart, in bytes (bench/support/profile-calculator.ts garbage).
 */
const V8_SIDE_WORK = ['v8::internal::Heap::CollectGarbage(', 'v8::internal::Compiler::CompileOptimized(', 'v8::internal::baseline::BaselineBatchCompiler::CompileBatch(']

/** One window's counts: every instruction, and those of {@link V8_SIDE_WORK} inside it. */
export interface WindowCount {
  all: number
  sideWork: number
}

/** The newest dump under `dir`: its total of callgrind's one event (Ir) and the inclusive counts of V8's side work. */
export function lastDump(dir: string, seen: Set<string>): WindowCount {
  const fresh = readdirSync(dir).filter((f) => /\.\d+$/.test(f) && !seen.has(f))
  if (fresh.length !== 1) throw new Error(`expected one new callgrind dump in ${dir}, found ${fresh.join(', ') || 'none'}`)
  const name = fresh[0]!
  seen.add(name)
  const summary = /^summary: (\d+)/m.exec(readFileSync(join(dir, name), 'utf8'))
  if (!summary) throw new Error(`no summary line in ${name}`)
  const annotated = spawnSync(CALLGRIND_ANNOTATE, ['--inclusive=yes', '--threshold=100', join(dir, name)], { encoding: 'utf8', maxBuffer: 1 << 28 })
  if (annotated.status !== 0) throw new Error(`callgrind_annotate ${name}: ${annotated.stderr}`)
  let sideWork = 0
  for (const line of annotated.stdout.split('\n')) {
    const match = /^\s*([\d,]+) \(/.exec(line)
    if (match && V8_SIDE_WORK.some((fn) => line.includes(fn))) sideWork += Number(match[1]!.replace(/,/g, ''))
  }
  return { all: Number(summary[1]), sideWork }
}

/**
 * Send `calls` requests of `load` over `connections` keep-alive connections of their own (opened
 * for this batch and closed after it: a connection left idle while valgrind's server works through
 * other rows may be closed under the client); every answer must be 200.
 */
async function send(load: HttpLoad, calls: number, connections: number, counter: { n: number }): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections })
  let started = 0
  const one = () => new Promise<void>((resolve, reject) => {
    const n = counter.n++
    const body = load.body === undefined ? undefined : load.uniqueId === undefined ? load.body : load.body.replace(load.uniqueId, String(n + 1))
    const headers = { ...load.headers, ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }) }
    const req = request(load.url, { method: load.method, headers, agent }, (res) => {
      res.resume()
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`${load.name}: answered ${res.statusCode}`))))
    })
    req.on('error', reject)
    req.end(body)
  })
  const worker = async () => {
    while (started < calls) {
      started++
      await one()
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.min(connections, calls) }, worker))
  } finally {
    agent.destroy()
  }
}

/** Count instructions per call of each row (see the file's comment). */
export async function countInstructions(options: InstructionOptions): Promise<InstructionCounts> {
  const dir = mkdtempSync(join(tmpdir(), 'heist-callgrind-'))
  const server = fileURLToPath(new URL('./instructions-server.ts', import.meta.url))
  const child = spawn(VALGRIND, [
    '--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${join(dir, 'callgrind.out')}`,
    process.execPath, ...NODE_FLAGS, '--conditions=heist-source', '--import', 'tsx', server, options.logLevel, options.baseDir ?? '',
  ], { stdio: ['pipe', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  try {
    const line = await Promise.race([
      new Promise<string>((resolve) => createInterface({ input: child.stdout }).once('line', resolve)),
      exited.then((code) => Promise.reject(new Error(`the server under valgrind exited ${code} before serving:\n${stderr}`))),
    ])
    const all = JSON.parse(line) as BenchRow[]
    const rows = all.filter(([load], i) => i === 0 || options.only === undefined || options.only.some((part) => load.name.includes(part)))
    const counter = { n: 0 }
    const t0 = performance.now()
    for (const [load] of rows) await send(load, options.warmup, options.connections, counter)
    console.error(`warm-up ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    const pid = child.pid!
    callgrindControl(pid, '--instr=on')
    const seen = new Set<string>()
    const names = rows.flatMap(([load]) => (options.steady ? [load.name, `${load.name}${SECOND_WINDOW}`] : [load.name]))
    const counts: InstructionCounts = new Map(names.map((name) => [name, { own: [], all: [] }]))
    for (let round = 0; round < options.rounds; round++) {
      for (const [load] of rows) {
        for (const name of options.steady ? [load.name, `${load.name}${SECOND_WINDOW}`] : [load.name]) {
          // No forced collection between windows: a full GC flushes code and feedback, and the
          // window after it ran half-deoptimized (twice the count of a window without one).
          callgrindControl(pid, '--zero')
          await send(load, options.calls, options.connections, counter)
          callgrindControl(pid, '--dump')
          console.error(`${name} round ${round}: ${((performance.now() - t0) / 1000).toFixed(1)} s`)
          const window = lastDump(dir, seen)
          counts.get(name)!.own.push((window.all - window.sideWork) / options.calls)
          counts.get(name)!.all.push(window.all / options.calls)
        }
      }
    }
    return counts
  } finally {
    child.stdin.end()
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    await exited
    clearTimeout(timer)
    if (process.env.KEEP_CALLGRIND) console.error(`callgrind dumps kept in ${dir}; V8's map: /tmp/perf-${child.pid}.map`)
    else rmSync(dir, { recursive: true, force: true })
  }
}

/** Print the counts: instructions per call (median, then each round) and each row's ratio to the baseline's. */
export function reportInstructions(counts: InstructionCounts, options: InstructionOptions): void {
  const names = [...counts.keys()]
  const firstBaseline = counts.get(names[0] ?? '')?.own ?? []
  // A second window is divided by the baseline's second window.
  const baselineOf = (name: string) => (name.endsWith(SECOND_WINDOW) ? counts.get(`${names[0] ?? ''}${SECOND_WINDOW}`)?.own ?? [] : firstBaseline)
  const perRound = (values: number[], digits: number) => `${median(values).toFixed(digits)} (${values.map((x) => x.toFixed(digits)).join(' ')})`
  console.log(`\ninstructions per call under callgrind (user space, the server process; ${options.calls} calls per row and round counted after ${options.warmup} uncounted, ${options.rounds} interleaved rounds, ${options.connections} keep-alive connections; services log at ${options.logLevel})`)
  console.log('own = less V8\'s collections and JIT compilation inside the window (they land by chance; garbage is measured apart in bytes); instruction ratio = the baseline\'s own count over the row\'s, per round. It is not the CPU ratio: the kernel\'s share (the same few system calls for every row) is left out, which lowers it, and an instruction is not a cycle (a longer code path may miss caches more), which can raise it: read it beside the wrk ratio, as the repeatable one.')
  console.log(`${'row'.padEnd(28)} ${'own instructions per call (per round)'.padEnd(44)} ${'all (median)'.padStart(12)}  instruction ratio (per round)`)
  for (const name of names) {
    const { own, all } = counts.get(name) ?? { own: [], all: [] }
    const baseline = baselineOf(name)
    const ratios = own.map((v, i) => (baseline[i] ?? Number.NaN) / v)
    console.log(`${name.padEnd(28)} ${perRound(own, 0).padEnd(44)} ${median(all).toFixed(0).padStart(12)}  ${perRound(ratios, 3)}`)
  }
  // MCP over the REST call of the same checkout and window, per round. Counts repeat within about 1 %
  // between rounds, so every round on one side of the target decides it (no interval needs 6 rounds here).
  for (const name of names.filter((n) => n.startsWith(MCP_SESSION_ROW) || n.startsWith(MCP_STATELESS_ROW))) {
    const restName = name.replace(name.startsWith(MCP_SESSION_ROW) ? MCP_SESSION_ROW : MCP_STATELESS_ROW, REST_ROW)
    const rest = counts.get(restName)?.own
    const mcp = counts.get(name)?.own
    if (!rest || !mcp) continue
    const ratios = mcp.map((v, i) => (rest[i] ?? Number.NaN) / v)
    const verdict = ratios.every((r) => r >= MCP_OVER_REST_TARGET) ? 'met in every round' : ratios.every((r) => r < MCP_OVER_REST_TARGET) ? 'NOT met in any round' : 'undecided (rounds on both sides)'
    console.log(`${name} / ${restName} in instructions: ${perRound(ratios, 3)}; >= ${MCP_OVER_REST_TARGET.toFixed(2)}: ${verdict}`)
  }
  for (const baseRow of names.filter((name) => name.endsWith(BASE))) {
    const name = baseRow.slice(0, -BASE.length)
    const mine = counts.get(name)?.own
    const base = counts.get(baseRow)?.own
    if (!mine || !base) continue
    const change = mine.map((v, i) => v - (base[i] ?? Number.NaN))
    console.log(`${name}, this checkout against --base: ${perRound(change, 0)} own instructions per call (${((median(change) / median(base)) * 100).toFixed(1)} %)`)
  }
}

/** This file's command line (see the file's comment), for auth-stack.ts's `--instructions` too. */
export function instructionOptionsFromArgs(defaults: { logLevel: string; baseDir?: string; only?: string[] }): InstructionOptions {
  const whole = { whole: true }
  return {
    ...defaults,
    calls: numberOption('calls', 1000, whole),
    warmup: numberOption('warmup', 10000, whole),
    // auth-stack's own --rounds and --connections are wrk's: its instruction rounds are named apart.
    rounds: numberOption('instruction-rounds', INSTRUCTIONS_CLI ? numberOption('rounds', 3, whole) : 3, whole),
    connections: numberOption('instruction-connections', INSTRUCTIONS_CLI ? numberOption('connections', 16, whole) : 16, whole),
    steady: flagOption('steady'),
  }
}

if (INSTRUCTIONS_CLI) {
  const only = textOption('only')?.split(',').map((p) => p.trim()).filter(Boolean)
  const baseDir = textOption('base')
  const options = instructionOptionsFromArgs({ logLevel: textOption('log-level') ?? 'warn', ...(baseDir ? { baseDir } : {}), ...(only ? { only } : {}) })
  reportInstructions(await countInstructions(options), options)
}
