/**
 * Where a row's CPU *time* goes, layer by layer, beside where its instructions go (issue 16: the JWT
 * call and MCP spend more time per instruction than the bare POST). `perf record -e cpu-clock` (a
 * timer, no hardware counters needed) samples this process, kernel included, while wrk loads one
 * row at a time, interleaved rounds; JIT code is named from V8's perf map (run with
 * `--perf-basic-prof-only-functions`). Prints µs per request by layer (the layers of
 * bench/support/callgrind-js.mjs, plus the kernel), medians over rounds.
 *
 *   node --perf-basic-prof-only-functions --conditions=heist-source --import tsx bench/support/time-profile.ts [--only JWT,MCP] [--rounds 3] [--duration 2] [--top N]
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { benchRows } from './auth-stack-rows.js'
import { REQUEST_LAYERS } from './layers.mjs'
import { startServers } from './auth-stack-servers.js'
import { numberOption, textOption } from './options.js'
import { median, wrk } from './wrk.js'

const only = (textOption('only') ?? 'JWT').split(',')
const rounds = numberOption('rounds', 3, { whole: true })
const durationS = numberOption('duration', 2)
const top = numberOption('top', 0, { whole: true })
const FREQ = 4999

/** The request layers (layers.mjs), the kernel first. */
const LAYERS: Array<[string, RegExp]> = [['kernel', /^\[k\]/], ...REQUEST_LAYERS]

const servers = await startServers('warn', undefined, { dbQuery: false })
const rows = (await benchRows(servers)).filter(([load], i) => i === 0 || only.some((o) => load.name.includes(o)))
const dir = mkdtempSync(join(tmpdir(), 'heist-time-'))
/** µs per request by symbol, per row, one map per round. */
const bySymbol = new Map<string, Array<Map<string, number>>>()
const cpuPerReq = new Map<string, number[]>()

function report(file: string, requests: number): Map<string, number> {
  const out = spawnSync('perf', ['report', '-i', file, '--stdio', '--no-children', '--sort', 'sym', '-F', 'period,sym', '--percent-limit', '0'], { encoding: 'utf8', maxBuffer: 1 << 28 })
  const symbols = new Map<string, number>()
  for (const line of out.stdout.split('\n')) {
    const m = /^\s+(\d+)\s+(\[.\].*)$/.exec(line)
    if (!m) continue
    // cpu-clock's period is in ns.
    symbols.set(m[2]!.trim(), (symbols.get(m[2]!.trim()) ?? 0) + Number(m[1]) / 1000 / requests)
  }
  return symbols
}

const load0 = loadavg()[0] ?? Number.NaN
for (const [load] of rows) await wrk(load, { durationS: 1, connections: 32 })
for (let r = 0; r < rounds; r++) {
  for (const [load] of rows) {
    const file = join(dir, `r${r}-${load.name.replace(/\W+/g, '_')}.data`)
    const perf = spawn('perf', ['record', '-q', '-e', 'cpu-clock', '-F', String(FREQ), '-p', String(process.pid), '-o', file], { stdio: 'ignore' })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const f = await wrk(load, { durationS, connections: 32 })
    await new Promise<void>((resolve) => {
      perf.on('close', () => resolve())
      perf.kill('SIGINT')
    })
    const requests = f.rps * durationS
    ;(cpuPerReq.get(load.name) ?? cpuPerReq.set(load.name, []).get(load.name)!).push((f.serverCpu / f.rps) * 1e6)
    ;(bySymbol.get(load.name) ?? bySymbol.set(load.name, []).get(load.name)!).push(report(file, requests))
  }
}
await servers.close()

console.log(`time-profile: perf cpu-clock at ${FREQ} Hz, ${rounds} rounds of ${durationS} s, 32 connections; load ${load0.toFixed(1)} -> ${(loadavg()[0] ?? Number.NaN).toFixed(1)}; µs per request (medians over rounds; perf's window includes the 0.3 s before wrk, idle)`)
const names = [...bySymbol.keys()]
const layerOf = (symbol: string) => LAYERS.find(([, re]) => re.test(symbol))![0]
const perLayer = names.map((name) => {
  const layerRounds = bySymbol.get(name)!.map((symbols) => {
    const sums = new Map<string, number>()
    for (const [s, us] of symbols) sums.set(layerOf(s), (sums.get(layerOf(s)) ?? 0) + us)
    return sums
  })
  return new Map(LAYERS.map(([layer]) => [layer, median(layerRounds.map((m) => m.get(layer) ?? 0))]))
})
console.log(`${'layer'.padEnd(40)}${names.map((n) => n.slice(0, 22).padStart(24)).join('')}`)
console.log(`${'wrk server CPU per request'.padEnd(40)}${names.map((n) => median(cpuPerReq.get(n)!).toFixed(1).padStart(24)).join('')}`)
console.log(`${'sampled total'.padEnd(40)}${perLayer.map((m) => [...m.values()].reduce((a, b) => a + b, 0).toFixed(1).padStart(24)).join('')}`)
for (const [layer] of LAYERS) console.log(`${layer.padEnd(40)}${perLayer.map((m) => (m.get(layer) ?? 0).toFixed(2).padStart(24)).join('')}`)
if (top > 0) {
  for (const name of names) {
    const all = new Map<string, number[]>()
    for (const symbols of bySymbol.get(name)!) for (const [s, us] of symbols) (all.get(s) ?? all.set(s, []).get(s)!).push(us)
    const rowsOut = [...all].map(([s, v]) => [s, median([...v, ...Array(rounds - v.length).fill(0)])] as const).sort((a, b) => b[1] - a[1]).slice(0, top)
    console.log(`\n# ${name}: top ${top} symbols, µs per request`)
    for (const [s, us] of rowsOut) console.log(`${us.toFixed(2).padStart(8)}  ${s.slice(0, 150)}`)
  }
}
