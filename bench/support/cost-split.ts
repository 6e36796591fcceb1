/**
 * Where a row's CPU per request goes besides its instructions (issue 16): user and system CPU apart, system
 * calls, page faults and context switches per request (`perf stat` on this process, tracepoints),
 * and what the garbage collector did (V8's `GCProfiler`), for the bare POST and the calculator
 * rows of bench/auth-stack.ts, interleaved rounds, medians.
 *
 *   node --conditions=heist-source --import tsx bench/support/cost-split.ts [--only JWT] [--rounds 5] [--duration 2] [--connections 32]
 */
import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { loadavg } from 'node:os'
import { GCProfiler } from 'node:v8'
import { benchRows } from './auth-stack-rows.js'
import { numberOption, textOption } from './options.js'
import { statCpuS } from './proc-cpu.js'
import { startServers } from './auth-stack-servers.js'
import { median, wrk, type HttpLoad } from './wrk.js'

const only = (textOption('only') ?? 'JWT,/health').split(',')
const rounds = numberOption('rounds', 5, { whole: true })
const durationS = numberOption('duration', 2)
const connections = numberOption('connections', 32, { whole: true })
const EVENTS = ['raw_syscalls:sys_enter', 'syscalls:sys_enter_writev', 'syscalls:sys_enter_write', 'syscalls:sys_enter_read', 'syscalls:sys_enter_epoll_wait', 'syscalls:sys_enter_futex', 'syscalls:sys_enter_madvise', 'syscalls:sys_enter_mprotect', 'syscalls:sys_enter_munmap', 'syscalls:sys_enter_mmap', 'page-faults', 'context-switches']

/** `perf stat` on this process (all threads) until the returned stop() is called. */
function perfStat(): () => Promise<Map<string, number>> {
  const child = spawn('perf', ['stat', '-x', ',', '-e', EVENTS.join(','), '-p', String(process.pid)], { stdio: ['ignore', 'ignore', 'pipe'] })
  let text = ''
  child.stderr.on('data', (c: Buffer) => (text += c.toString()))
  return () =>
    new Promise((resolve) => {
      child.on('close', () => {
        const counts = new Map<string, number>()
        for (const line of text.split('\n')) {
          const [value, , event] = line.split(',')
          if (event) counts.set(event, Number(value))
        }
        resolve(counts)
      })
      child.kill('SIGINT')
    })
}

/** CPU seconds (user + system) of this process's main thread and of all its other threads (V8's helpers, libuv's pool). */
function threadCpuS(): { main: number; helpers: number } {
  let main = 0
  let helpers = 0
  for (const tid of readdirSync('/proc/self/task')) {
    const s = statCpuS(`/proc/self/task/${tid}/stat`) // 0: a thread that ended while listing
    if (tid === String(process.pid)) main += s
    else helpers += s
  }
  return { main, helpers }
}

interface Figures { mainUs: number; helperUs: number; rps: number; userUs: number; sysUs: number; gcUs: number; scavPer1k: number; majorPer1k: number; majorUs: number; kbPerReq: number; counts: Map<string, number>; requests: number }

async function measure(load: HttpLoad): Promise<Figures> {
  const stop = perfStat()
  await new Promise((r) => setTimeout(r, 150)) // perf attaches
  const gc = new GCProfiler()
  gc.start()
  const before = process.cpuUsage()
  const threadsBefore = threadCpuS()
  const figures = await wrk(load, { durationS, connections })
  const cpu = process.cpuUsage(before)
  const threadsAfter = threadCpuS()
  const records = gc.stop().statistics
  const counts = await stop()
  const requests = figures.rps * durationS
  let allocated = 0
  for (let i = 1; i < records.length; i++) allocated += Math.max(0, records[i]!.beforeGC.heapStatistics.usedHeapSize - records[i - 1]!.afterGC.heapStatistics.usedHeapSize)
  const spanRequests = records.length > 1 ? requests * ((records.length - 1) / records.length) : Number.NaN
  return {
    mainUs: ((threadsAfter.main - threadsBefore.main) * 1e6) / requests,
    helperUs: ((threadsAfter.helpers - threadsBefore.helpers) * 1e6) / requests,
    rps: figures.rps,
    userUs: cpu.user / requests,
    sysUs: cpu.system / requests,
    gcUs: records.reduce((s, r) => s + r.cost, 0) / requests,
    scavPer1k: (records.filter((r) => r.gcType === 'Scavenge').length * 1000) / requests,
    majorPer1k: (records.filter((r) => r.gcType !== 'Scavenge').length * 1000) / requests,
    majorUs: records.filter((r) => r.gcType !== 'Scavenge').reduce((s, r) => s + r.cost, 0) / requests,
    kbPerReq: allocated / spanRequests / 1024,
    counts,
    requests,
  }
}

const servers = await startServers('warn', undefined, { dbQuery: false })
const rows = (await benchRows(servers)).filter(([l], i) => i === 0 || only.some((o) => l.name.includes(o))).map(([l]) => l)
for (const load of rows) await wrk(load, { durationS: 1, connections })
const results = new Map<string, Figures[]>()
const load0 = loadavg()[0]!
for (let i = 0; i < rounds; i++) for (const load of i % 2 ? [...rows].reverse() : rows) results.set(load.name, [...(results.get(load.name) ?? []), await measure(load)])
await servers.close()
console.log(`per request, medians of ${rounds} interleaved rounds (${connections} connections, ${durationS} s); load ${load0.toFixed(1)} -> ${loadavg()[0]!.toFixed(1)}`)
const short = (e: string) => e.replace(/^syscalls:sys_enter_|^raw_syscalls:sys_enter$/, (m) => (m === 'raw_syscalls:sys_enter' ? 'syscalls' : ''))
console.log(['row'.padEnd(22), 'req/s', 'user µs', 'sys µs', 'main µs', 'helpers µs', 'GC µs', 'scav/1k', 'major/1k', 'major µs', 'KB/req', ...EVENTS.map(short)].join('\t'))
for (const load of rows) {
  const f = results.get(load.name)!
  const m = (pick: (x: Figures) => number, d = 1) => median(f.map(pick)).toFixed(d)
  console.log([load.name.padEnd(22), m((x) => x.rps, 0), m((x) => x.userUs), m((x) => x.sysUs), m((x) => x.mainUs), m((x) => x.helperUs), m((x) => x.gcUs), m((x) => x.scavPer1k, 2), m((x) => x.majorPer1k, 3), m((x) => x.majorUs, 2), m((x) => x.kbPerReq), ...EVENTS.map((e) => m((x) => (x.counts.get(e) ?? Number.NaN) / x.requests, 3))].join('\t'))
}
process.exit(0)
