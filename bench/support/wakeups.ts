/**
 * How often the server wakes its load generator, per request (issue 16: does a slower row pay more
 * per request outside its handler?). For each row, `perf record` of the scheduler's tracepoints on
 * this process while wrk loads it: wake-ups it performs (`sched_wakeup` in its context: wrk's
 * thread woken by a reply, V8's helpers), and its own switches out, preempted (still runnable) or
 * asleep. Per request, medians over interleaved rounds.
 *
 *   node --conditions=heist-source --import tsx bench/support/wakeups.ts [--only JWT] [--rounds 3] [--duration 2] [--control 20]
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { benchRows, controlRowName } from './auth-stack-rows.js'
import { startServers } from './auth-stack-servers.js'
import { numberOption, textOption } from './options.js'
import { median, wrk } from './wrk.js'

const only = (textOption('only') ?? 'JWT').split(',')
const rounds = numberOption('rounds', 3, { whole: true })
const durationS = numberOption('duration', 2)
const controlUs = process.argv.includes('--control') ? numberOption('control', 20) : 0

const servers = await startServers('warn', undefined, { dbQuery: false, controlUs })
const control = controlRowName(controlUs)
const rows = (await benchRows(servers)).filter(([load], i) => i === 0 || load.name === control || only.some((o) => load.name.includes(o)))
const dir = mkdtempSync(join(tmpdir(), 'heist-wakeups-'))
const COLUMNS = ['wakes wrk', 'wakes other', 'preempted', 'sleeps', 'CPU µs'] as const
const figures = new Map<string, Record<(typeof COLUMNS)[number], number[]>>()

function count(file: string, requests: number): number[] {
  const out = spawnSync('perf', ['script', '-i', file, '-F', 'event,trace'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout
  let wakesWrk = 0
  let wakesOther = 0
  let preempted = 0
  let sleeps = 0
  for (const line of out.split('\n')) {
    if (line.includes('sched_wakeup')) {
      if (/comm=wrk/.test(line)) wakesWrk++
      else wakesOther++
    } else if (line.includes('sched_switch') && new RegExp(`prev_pid=${process.pid} `).test(line)) {
      if (/prev_state=R/.test(line)) preempted++
      else sleeps++
    }
  }
  return [wakesWrk / requests, wakesOther / requests, preempted / requests, sleeps / requests]
}

const load0 = loadavg()[0] ?? Number.NaN
for (const [load] of rows) await wrk(load, { durationS: 1, connections: 32 })
for (let r = 0; r < rounds; r++) {
  for (const [load] of rows) {
    const file = join(dir, `r${r}.data`)
    const perf = spawn('perf', ['record', '-q', '-e', 'sched:sched_wakeup,sched:sched_switch', '-p', String(process.pid), '-o', file], { stdio: 'ignore' })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const f = await wrk(load, { durationS, connections: 32 })
    await new Promise<void>((resolve) => {
      perf.on('close', () => resolve())
      perf.kill('SIGINT')
    })
    const values = [...count(file, f.rps * durationS), (f.serverCpu / f.rps) * 1e6]
    const row = figures.get(load.name) ?? figures.set(load.name, Object.fromEntries(COLUMNS.map((c) => [c, []])) as unknown as Record<(typeof COLUMNS)[number], number[]>).get(load.name)!
    COLUMNS.forEach((c, i) => row[c].push(values[i] ?? Number.NaN))
  }
}
await servers.close()
console.log(`wakeups: per request, medians of ${rounds} rounds of ${durationS} s (32 connections); load ${load0.toFixed(1)} -> ${(loadavg()[0] ?? Number.NaN).toFixed(1)}; the perf window includes 0.3 s before wrk`)
console.log(`${'row'.padEnd(34)}${COLUMNS.map((c) => c.padStart(13)).join('')}`)
for (const [name, row] of figures) console.log(`${name.slice(0, 33).padEnd(34)}${COLUMNS.map((c) => median(row[c]).toFixed(c === 'CPU µs' ? 1 : 3).padStart(13)).join('')}`)
