/**
 * Does a slower row pay more per request *outside its own work* (issue 16: the JWT call's CPU
 * ratio sits below its instruction ratio on a quiet machine)? Bare Fastify POSTs in one process,
 * as auth-stack's baseline, each burning a fixed amount of CPU in its handler (a loop calibrated
 * in this process before the rounds, no allocation), under wrk, interleaved rounds. A row's CPU
 * per request less its loop's cost (measured through its own handler after the rounds: the loop
 * runs faster there than calibrated, cpu-loop.ts `handlerCpuUs`) is what the request cost around
 * it: the same for every row if that cost does not depend on how fast the server answers.
 *
 *   node --conditions=heist-source --import tsx bench/support/spin-cost.ts [--us 0,10,20,40] [--rounds 5] [--duration 1] [--connections 32]
 */
import { createRequire } from 'node:module'
import { loadavg } from 'node:os'
import { handlerCpuUs, loopsPerUs, spin } from './cpu-loop.js'
import { numberListOption, numberOption } from './options.js'
import { median, wrk } from './wrk.js'

const targets = numberListOption('us', [0, 10, 20, 40])
const rounds = numberOption('rounds', 5, { whole: true })
const durationS = numberOption('duration', 1)
const connections = numberOption('connections', 32, { whole: true })

type Bare = { post(path: string, handler: () => unknown): void; listen(o: { host: string; port: number }): Promise<string>; close(): Promise<void> }
const Fastify = createRequire(new URL('../../services/oauth/package.json', import.meta.url))('fastify') as (o: { logger: boolean }) => Bare

const perUs = loopsPerUs()

const body = JSON.stringify({ expression: '45 * 60 + max(3, 4)' })
const servers: Array<{ name: string; us: number; handler: () => Promise<unknown>; url: string; close(): Promise<void> }> = []
for (const us of targets) {
  const app = Fastify({ logger: false })
  const n = Math.round(us * perUs)
  const handler = us === 0 ? async () => ({ hello: 'world' }) : async () => (spin(n), { hello: 'world' })
  app.post('/hello', handler)
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  servers.push({ name: us === 0 ? 'bare' : `bare + ${us} µs loop`, us, handler, url: `${url}/hello`, close: () => app.close() })
}
const cpu: Record<string, number[]> = {}
const load0 = loadavg()[0] ?? Number.NaN
for (let r = -1; r < rounds; r++) {
  for (const s of servers) {
    const f = await wrk({ name: s.name, url: s.url, method: 'POST', headers: { 'content-type': 'application/json' }, body }, { durationS, connections })
    if (r >= 0) (cpu[s.name] ??= []).push((f.serverCpu / f.rps) * 1e6)
  }
}
const base = median(cpu.bare ?? [])
// Each loop's cost a call now, through its handler, less the bare handler's (see handlerCpuUs).
const bareHandlerUs = await handlerCpuUs(servers[0]!.handler)
const loopUs = new Map<string, number>()
for (const s of servers) loopUs.set(s.name, s.us === 0 ? 0 : (await handlerCpuUs(s.handler)) - bareHandlerUs)
console.log(`spin-cost: ${rounds} rounds of ${durationS} s, ${connections} connections; load ${load0.toFixed(1)} -> ${(loadavg()[0] ?? Number.NaN).toFixed(1)}; loop ${perUs.toFixed(0)} iterations per µs`)
for (const s of servers) {
  const v = cpu[s.name] ?? []
  const us = loopUs.get(s.name) ?? s.us
  const around = median(v.map((x) => x - us))
  console.log(`${s.name.padEnd(20)} µs CPU/req ${median(v).toFixed(1).padStart(6)} (${v.map((x) => x.toFixed(1)).join(' ')}); loop measured ${us.toFixed(1)} µs; less the loop ${around.toFixed(1)} (+${(around - base).toFixed(1)} over bare); ratio to bare ${(base / median(v)).toFixed(3)}, expected ${(base / (base + us)).toFixed(3)}`)
}
await Promise.all(servers.map((s) => s.close()))
