/**
 * What a byte of garbage costs in CPU time on this machine, apart from the instructions that make
 * it (issue 16: the JWT call and MCP spend more time per instruction than the bare POST, and
 * allocate more per request). Bare Fastify POSTs in one process, as auth-stack's baseline, each
 * with a fixed amount of short-lived garbage made per request (small objects, kept alive until
 * the next request like a request's own), under wrk, interleaved rounds, CPU per request; and a
 * control with the same loop writing into objects made once (the instructions, not the bytes).
 *
 *   node --conditions=heist-source --import tsx bench/support/alloc-cost.ts [--kb 0,4,8] [--rounds 5] [--duration 1] [--connections 32]
 */
import { createRequire } from 'node:module'
import { loadavg } from 'node:os'
import { numberListOption, numberOption } from './options.js'
import { median, wrk } from './wrk.js'

const kbs = numberListOption('kb', [0, 4, 8])
const rounds = numberOption('rounds', 5, { whole: true })
const durationS = numberOption('duration', 1)
const connections = numberOption('connections', 32, { whole: true })

type Bare = { post(path: string, handler: () => unknown): void; listen(o: { host: string; port: number }): Promise<string>; close(): Promise<void> }
const Fastify = createRequire(new URL('../../services/oauth/package.json', import.meta.url))('fastify') as (o: { logger: boolean }) => Bare

// An object {a, b, c} is 5 words (map, properties, elements, 3 in-object fields): 48 bytes with
// V8's slack; ~21 per KB.
const PER_KB = 21
let keep: unknown[] = []
const made: Array<{ a: number; b: number; c: number }> = Array.from({ length: 2000 }, () => ({ a: 0, b: 0, c: 0 }))

function garbage(n: number): void {
  const out = new Array<unknown>(n)
  for (let i = 0; i < n; i++) out[i] = { a: i, b: n, c: i ^ n }
  keep = out
}
function control(n: number): void {
  for (let i = 0; i < n; i++) {
    const o = made[i]!
    o.a = i
    o.b = n
    o.c = i ^ n
  }
  keep = made
}

const body = JSON.stringify({ expression: '45 * 60 + max(3, 4)' })
const servers: Array<{ name: string; url: string; close(): Promise<void> }> = []
for (const kb of kbs) {
  for (const kind of kb === 0 ? ['bare'] : ['garbage', 'control']) {
    const app = Fastify({ logger: false })
    const n = kb * PER_KB
    app.post('/hello', kind === 'garbage' ? async () => (garbage(n), { hello: 'world' }) : kind === 'control' ? async () => (control(n), { hello: 'world' }) : async () => ({ hello: 'world' }))
    const url = await app.listen({ host: '127.0.0.1', port: 0 })
    servers.push({ name: kb === 0 ? 'bare' : `${kind} ${kb} KB`, url: `${url}/hello`, close: () => app.close() })
  }
}
const cpu: Record<string, number[]> = {}
const load0 = loadavg()[0] ?? Number.NaN
for (let r = -1; r < rounds; r++) {
  for (const s of servers) {
    const f = await wrk({ name: s.name, url: s.url, method: 'POST', headers: { 'content-type': 'application/json' }, body }, { durationS, connections })
    const us = (f.serverCpu / f.rps) * 1e6
    if (r >= 0) (cpu[s.name] ??= []).push(us)
  }
}
void keep
const base = median(cpu.bare ?? [])
console.log(`alloc-cost: ${rounds} rounds of ${durationS} s, ${connections} connections; load ${load0.toFixed(1)} -> ${(loadavg()[0] ?? Number.NaN).toFixed(1)}; ${process.execArgv.filter((a) => a.startsWith('--max') || a.startsWith('--min')).join(' ')}`)
for (const s of servers) {
  const v = cpu[s.name] ?? []
  console.log(`${s.name.padEnd(18)} µs CPU/req median ${median(v).toFixed(1)} (${v.map((x) => x.toFixed(1)).join(' ')})  +${(median(v) - base).toFixed(1)}`)
}
await Promise.all(servers.map((s) => s.close()))
