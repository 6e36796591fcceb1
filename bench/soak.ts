/**
 * Soak: many sessions in waves through the real fleet (all nine services as processes on
 * 127.0.0.1, llm-sim at zero latency), with every service's resident memory sampled from /proc.
 * Prints sessions/s and turns/s per wave and overall, and each service's RSS when idle before
 * any session (cold), idle after one warm-up session, after the first wave, at its peak, and
 * settled after the last wave, with the growth ratios. The issue's bar: after the last wave the
 * orchestrator and the dashboard are back within 20 % of their idle RSS.
 *
 * The bar is judged against the warm idle: the fleet with no session running, after it has run
 * one. That is the idle a user meets (nobody keeps a fleet that never ran a session), and it
 * counts what grows with sessions, not what the first session loads once and keeps: code V8
 * compiles for the session path, modules imported at the first call (the MCP client), the
 * touched pages of V8's young generation. Measured (docs/notes/ops.md, soak): the orchestrator's
 * heap after a full GC grows ~5 MiB with the first wave and then stays flat wave after wave, with
 * no session left in its memory. The cold ratio is printed too.
 *
 *   pnpm bench soak                                                    # 200 sessions, waves of 20
 *   pnpm bench soak --sessions 40 --wave 20 --rounds 2 --settle 10    # a smaller run
 *
 * Linux only (/proc). Stops itself after 20 minutes.
 */
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { startFleet, type TestFleet } from '../test/support/fleet.js'
import { numberOption } from './support/options.js'

const TIME_LIMIT_MS = 20 * 60_000
const SESSIONS = Math.min(1_000, numberOption('sessions', 200, { whole: true }))
const WAVE = Math.min(20, numberOption('wave', 20, { whole: true }))
const ROUNDS = Math.min(20, numberOption('rounds', 2, { whole: true }))
const SETTLE_S = Math.min(120, numberOption('settle', 10))
const SERVICES = ['oauth', 'calculator', 'file-reader', 'db-query', 'memory', 'llm-sim', 'dashboard', 'detection', 'orchestrator']

/** Resident memory of a process in MiB (VmRSS), or NaN when it is gone. */
function rssMiB(pid: number | undefined): number {
  if (pid === undefined) return NaN
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Number(kb) / 1024 : NaN
  } catch {
    return NaN
  }
}

const sample = (fleet: TestFleet) => Object.fromEntries(SERVICES.map((s) => [s, rssMiB(fleet.pid(s))])) as Record<string, number>
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The lowest RSS of each service over `seconds` of quiet: garbage a collection has not yet returned is not counted as growth. */
async function settled(fleet: TestFleet, seconds: number): Promise<Record<string, number>> {
  const low = sample(fleet)
  for (let i = 0; i < seconds; i++) {
    await sleep(1_000)
    for (const [name, mib] of Object.entries(sample(fleet))) low[name] = Math.min(low[name] ?? Infinity, mib)
  }
  return low
}

async function main(): Promise<void> {
  setTimeout(() => {
    console.error('bench/soak.ts: over its time limit')
    process.exit(1)
  }, TIME_LIMIT_MS).unref()
  console.log(`soak: ${SESSIONS} sessions of ${ROUNDS} rounds (6 agents) in waves of ${WAVE}; load average ${loadavg()[0]?.toFixed(1)} at start`)
  const fleet = await startFleet()
  const peak: Record<string, number> = {}
  const sampler = setInterval(() => {
    for (const [name, mib] of Object.entries(sample(fleet))) peak[name] = Math.max(peak[name] ?? 0, mib)
  }, 1_000)
  try {
    const operator = { authorization: `Bearer ${fleet.env.HEIST_OPERATOR_TOKEN}` }
    const orchestrator = (path: string, init: RequestInit = {}) => fetch(`${fleet.urls.orchestrator}${path}`, { ...init, headers: { ...operator, ...init.headers } })
    async function wave(first: number, count: number): Promise<number> {
      const started = performance.now()
      const ids: string[] = []
      for (let i = first; i < first + count; i++) {
        const response = await orchestrator('/sessions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rounds: ROUNDS, seed: i }) })
        if (response.status !== 201) throw new Error(`session ${i}: ${response.status} ${await response.text()}`)
        ids.push(((await response.json()) as { session_id: string }).session_id)
      }
      for (const id of ids) {
        for (;;) {
          const status = ((await (await orchestrator(`/sessions/${id}`)).json()) as { status: string }).status
          if (status === 'completed') break
          if (status !== 'running') throw new Error(`session ${id} ended ${status}`)
          await sleep(250)
        }
      }
      // Done means stored too: every event of every session on the dashboard.
      for (const id of ids) {
        for (;;) {
          const s = (await (await fetch(`${fleet.urls.dashboard}/api/sessions/${id}`)).json()) as { status: string; contiguous_seq: number; last_seq: number }
          if (s.status === 'completed' && s.contiguous_seq === s.last_seq) break
          await sleep(250)
        }
      }
      return (performance.now() - started) / 1000
    }

    const cold = await settled(fleet, SETTLE_S)
    await wave(SESSIONS, 1) // the warm-up session: its seed is none of the waves'
    const idle = await settled(fleet, SETTLE_S)
    console.log(`  warm-up: one session, then ${SETTLE_S} s of quiet; RSS orchestrator ${cold.orchestrator?.toFixed(0)} -> ${idle.orchestrator?.toFixed(0)} MiB, dashboard ${cold.dashboard?.toFixed(0)} -> ${idle.dashboard?.toFixed(0)} MiB`)
    let warm: Record<string, number> = {}
    let total = 0
    const turnsPerSession = ROUNDS * 6
    for (let first = 0, n = 1; first < SESSIONS; first += WAVE, n++) {
      const count = Math.min(WAVE, SESSIONS - first)
      const seconds = await wave(first, count)
      total += seconds
      const now = sample(fleet)
      // Per wave, so a leak (a line that keeps rising) can be told from a heap that grew once and stays.
      console.log(`  wave ${String(n).padStart(2)}: ${count} sessions in ${seconds.toFixed(1)} s = ${(count / seconds).toFixed(2)} sessions/s, ${(count * turnsPerSession / seconds).toFixed(0)} turns/s; RSS orchestrator ${now.orchestrator?.toFixed(0)} MiB, dashboard ${now.dashboard?.toFixed(0)} MiB (load ${loadavg()[0]?.toFixed(1)})`)
      if (n === 1) warm = now
    }
    const after = await settled(fleet, SETTLE_S)
    console.log(`\n${SESSIONS} sessions (${SESSIONS * turnsPerSession} turns) in ${total.toFixed(1)} s: ${(SESSIONS / total).toFixed(2)} sessions/s, ${(SESSIONS * turnsPerSession / total).toFixed(0)} turns/s`)
    console.log(`\nRSS in MiB (cold: before any session; idle: after one warm-up session; cold, idle and after: lowest over ${SETTLE_S} s of quiet)`)
    console.log(`  ${'service'.padEnd(13)} ${'cold'.padStart(7)} ${'idle'.padStart(7)} ${'wave 1'.padStart(7)} ${'peak'.padStart(7)} ${'after'.padStart(7)} ${'after/cold'.padStart(11)} ${'after/idle'.padStart(11)} ${'after/wave 1'.padStart(13)}`)
    const f = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(1)).padStart(7)
    const r = (a: number | undefined, b: number | undefined, width: number) => (a && b ? `${(a / b).toFixed(2)}×` : '–').padStart(width)
    for (const name of SERVICES) {
      console.log(`  ${name.padEnd(13)} ${f(cold[name])} ${f(idle[name])} ${f(warm[name])} ${f(peak[name])} ${f(after[name])} ${r(after[name], cold[name], 11)} ${r(after[name], idle[name], 11)} ${r(after[name], warm[name], 13)}`)
    }
    for (const name of ['orchestrator', 'dashboard']) {
      const ratio = (after[name] ?? NaN) / (idle[name] ?? NaN)
      console.log(`  ${name}: ${ratio <= 1.2 ? 'within' : 'NOT within'} 20 % of its idle RSS after a warm-up session (${((ratio - 1) * 100).toFixed(0)} %; ${(((after[name] ?? NaN) / (cold[name] ?? NaN) - 1) * 100).toFixed(0)} % over its cold RSS)`)
    }
  } finally {
    clearInterval(sampler)
    await fleet.close()
  }
}

await main()
