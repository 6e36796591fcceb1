import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { ensureBenchBundles } from '../../scripts/launch/bundle.mjs'
import { ROOT } from '../support/fleet.js'
import { waitFor } from '../support/poll.js'
import { endProcessGroup, processGroup } from '../support/procs.js'

/** The benches this file runs: their bundles are built (when a source changed) in one build, the others' not at all. */
const BENCHES = ['dashboard-ws', 'tools', 'mcp-layers']
let bundles: Promise<Record<string, string>> | undefined
/**
 * A bench as `pnpm bench` runs it, from its bundle (built once for this file when a source changed);
 * a helper script of bench/support/ under tsx, as its header says to run it.
 */
async function benchArgs(name: string, options: string[]): Promise<string[]> {
  if (name.startsWith('support/')) return ['--conditions=heist-source', '--import', 'tsx', join(ROOT, `bench/${name}.ts`), ...options]
  bundles ??= ensureBenchBundles(ROOT, BENCHES)
  return [(await bundles)[name]!, ...options]
}

// A bench that cannot run is a defect nobody sees until someone wants its figures: each of these
// once failed on every run, unnoticed. Smallest sizes: a few seconds each, idle. The limit is for a
// hung bench, not a slow one: at load ~40 tools.ts took 94 s and failed a 90 s limit; dashboard-ws
// and tools stop themselves after 120 s (their own time limits), so 150 s, in a test of 180.
const BENCH_LIMIT_MS = 150_000
// Each runs in a process group of its own, ended after it whatever happened: a bench that failed or
// ran out of time once left its servers running (execFile's timeout killed only the bench).
async function bench(name: string, ...options: string[]): Promise<{ stdout: string }> {
  // spawn, not execFile: execFile passes no `detached` on to spawn.
  const child = spawn(process.execPath, await benchArgs(name, options), { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const out: string[] = []
  const err: string[] = []
  child.stdout.on('data', (chunk: Buffer) => out.push(String(chunk)))
  child.stderr.on('data', (chunk: Buffer) => err.push(String(chunk)))
  const timer = setTimeout(() => child.kill('SIGTERM'), BENCH_LIMIT_MS)
  const closed = once(child, 'close')
  try {
    const [code, signal] = await once(child, 'exit') as [number | null, NodeJS.Signals | null]
    // Whatever it left holds its output pipes open: ended first, then the output is complete.
    endProcessGroup(child.pid!)
    await closed
    if (code !== 0) throw new Error(`bench/${name}.ts ended with ${signal ?? `exit code ${String(code)}`}:\n${err.join('')}`)
    return { stdout: out.join('') }
  } finally {
    clearTimeout(timer)
    endProcessGroup(child.pid!)
  }
}

// dashboard-ws once signed its orchestrator's token for the test app's fixed issuer and audience
// while its dashboard ran on a random port: "upgrade refused: HTTP 401". Its smallest run still goes
// through every step: fake oauth, dashboard process, orchestrator link, browsers, storage.
test('bench/dashboard-ws.ts runs end to end at its smallest size', async () => {
  const { stdout } = await bench('dashboard-ws', '--clients', '2', '--events', '1', '--rounds', '1', '--workers', '1', '--gap', '1', '--store', '20')
  expect(stdout).toMatch(/^ {2}dashboard +p50 [\d.]+ ms.*\(--workers 1;/m)
  // The clients' threads are part of the latency: each side's CPU per event, so the reader can tell them apart.
  expect(stdout).toMatch(/^ {2}dashboard +server [\d.]+ ms CPU {2}clients [\d.]+ ms CPU {2}\(21 events\)$/m)
  expect(stdout).toMatch(/dashboard \d+\/s vs raw better-sqlite3/)
}, BENCH_LIMIT_MS + 30_000)

// tools once sent 8 queries at a time as one client, and db-query, which queues only a few per
// client, answered 429 DB_BUSY: now each request in flight is its own client's, as agents are.
test('bench/tools.ts runs end to end at its smallest size', async () => {
  const { stdout } = await bench('tools', '--duration', '0.1')
  expect(stdout).toMatch(/^query_db +200-row result +\d+ req\/s/m)
  expect(stdout).toMatch(/^runaway query: DB_QUERY_TIMEOUT/m)
}, BENCH_LIMIT_MS + 30_000)

// Run from its bundle (as pnpm bench runs every bench since 5384c3c), mcp-layers, and auth-stack with any
// MCP row, failed at once: the SDK server alone imported this checkout's shared/src/mcp-tool-server.ts by
// path at run time, which Node cannot load without the TypeScript loader (ERR_UNKNOWN_FILE_EXTENSION).
test('bench/mcp-layers.ts runs end to end from its bundle at its smallest size, the SDK server alone included', async () => {
  const { stdout } = await bench('mcp-layers', '--calls', '20', '--rounds', '1')
  expect(stdout).toMatch(/^SDK server, no HTTP: tools\/call +[\d.]+ µs CPU\/call/m)
  expect(stdout).toMatch(/^\/mcp inject, session: tools\/call +[\d.]+ µs CPU\/call/m)
}, BENCH_LIMIT_MS + 30_000)

// The control loop calibrated at start for N µs ran in about two thirds of that once its handler was hot
// (V8 inlines it there): "expected" ratios built on the nominal µs read a faster loop as a cheaper request.
// Each loop's cost is now measured through its own handler after the rounds and printed beside the row.
test('bench/support/spin-cost.ts runs end to end and reports each loop as measured through its handler', async () => {
  const { stdout } = await bench('support/spin-cost', '--us', '0,5', '--rounds', '1', '--duration', '0.2', '--connections', '4')
  expect(stdout).toMatch(/^bare \+ 5 µs loop +µs CPU\/req +[\d.]+ .*; loop measured -?[\d.]+ µs; less the loop/m)
  expect(stdout).toMatch(/^bare +µs CPU\/req .*loop measured 0\.0 µs/m)
}, BENCH_LIMIT_MS + 30_000)

// The servers a bench starts end with it, however it ends: killed at once (kill -9, as an out-of-memory
// kill or a timeout would), dashboard-ws once left its dashboard and its bare relay running for ever.
test('bench/dashboard-ws.ts killed mid-run leaves no server behind', async () => {
  // Sizes that run for minutes: it is killed long before.
  const child = spawn(process.execPath, await benchArgs('dashboard-ws', ['--clients', '2', '--events', '1000', '--rounds', '5', '--workers', '1', '--gap', '50']), { cwd: ROOT, detached: true, stdio: 'ignore' })
  const pgid = child.pid!
  try {
    // The dashboard is the second server it starts (the bare relay first), from its bundle as the launcher starts it (or its sources).
    const commandLine = (pid: number) => { try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8') } catch { return '' } }
    await waitFor('the bench to start its dashboard', async () => processGroup(pgid).map(commandLine), (lines) => lines.some((line) => /services\/dashboard\/(bundle|dist|src)\/main\.[jt]s/.test(line)), 60_000)
    child.kill('SIGKILL')
    await waitFor('every process of the bench to end', async () => processGroup(pgid), (left) => left.length === 0, 20_000)
  } finally {
    endProcessGroup(pgid)
  }
}, 120_000)
