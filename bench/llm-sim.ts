/**
 * What llm-sim costs per completion, and what its HTTP layer adds: completions per second for
 * `simulateCompletion` called directly (in-process, no HTTP), then over HTTP and streamed over
 * HTTP, loaded by `wrk` in its own process (one thread, 8 keep-alive connections) against a bare
 * Fastify POST of the same Node measured in the same rounds. Medians of interleaved rounds.
 * Run: node --conditions=heist-source --import tsx bench/llm-sim.ts [--rounds 3] (or pnpm bench llm-sim)
 */
import { createRequire } from 'node:module'
import { cpus, loadavg } from 'node:os'
import type { ChatCompletionRequest } from '../services/llm-sim/src/model/index.js'
import { median, requireWrk, wrk, type HttpLoad, type LoadFigures } from './support/wrk.js'
import { numberOption } from './support/options.js'

// The options are read before llm-sim and its sixteen voices load: a refused value answers in
// ~0.9 CPU s instead of ~5 (under tsx; bench-help.test.ts refuses one in every bench).
const ROUNDS = numberOption('rounds', 3, { whole: true })
requireWrk()
const { buildApp } = await import('../services/llm-sim/src/app.js')
const { simulateCompletion } = await import('../services/llm-sim/src/model/index.js')
const { playSession, TEAM, turnMessages } = await import('../services/llm-sim/test/helpers/scenario.js')
const SECONDS = 2
const CONNECTIONS = 8
const history = playSession({ rounds: 2 })
const request: ChatCompletionRequest = {
  model: 'heist-sim',
  seed: 7,
  messages: turnMessages(TEAM[0]!, history, 3, {}),
}

/** Completions per second in this process, with no HTTP at all. */
function inProcessRate(): number {
  const end = performance.now() + SECONDS * 1000
  let count = 0
  while (performance.now() < end) simulateCompletion({ ...request, seed: count++ })
  return count / SECONDS
}

type BareFastify = (options: { logger: boolean }) => { post(path: string, handler: () => Promise<unknown>): void; listen(o: { host: string; port: number }): Promise<string>; close(): Promise<void> }
const Fastify = createRequire(new URL('../services/llm-sim/package.json', import.meta.url))('fastify') as BareFastify
const bare = Fastify({ logger: false })
bare.post('/hello', async () => ({ hello: 'world' }))
const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 })
const app = await buildApp({ config: { LLM_SIM_TOKENS_PER_S: 0, LOG_LEVEL: 'warn' } })
const base = await app.listen({ host: '127.0.0.1', port: 0 })
const json = { 'content-type': 'application/json' }
const loads: HttpLoad[] = [
  { name: 'bare Fastify POST', url: `${bareUrl}/hello`, method: 'POST', headers: json, body: JSON.stringify(request) },
  { name: 'HTTP', url: `${base}/v1/chat/completions`, method: 'POST', headers: json, body: JSON.stringify(request) },
  { name: 'HTTP streamed', url: `${base}/v1/chat/completions`, method: 'POST', headers: json, body: JSON.stringify({ ...request, stream: true, stream_options: { include_usage: true } }) },
]
for (let i = 0; i < 50; i++) simulateCompletion({ ...request, seed: i })
const inProcess: number[] = []
const http = new Map(loads.map((l) => [l.name, [] as LoadFigures[]]))
for (let round = 0; round < ROUNDS; round++) {
  inProcess.push(inProcessRate())
  for (const load of loads) http.get(load.name)?.push(await wrk(load, { durationS: SECONDS, connections: CONNECTIONS }))
}
await Promise.all([app.close(), bare.close()])

console.log(`llm-sim bench: ${ROUNDS} interleaved rounds of ${SECONDS} s; wrk, 1 thread, ${CONNECTIONS} connections; ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
const inProcessMedian = median(inProcess)
console.log(`${'in-process'.padEnd(18)} ${inProcessMedian.toFixed(0).padStart(7)} completions/s`)
const bareRuns = http.get('bare Fastify POST') ?? []
for (const [name, runs] of http) {
  const errors = runs.reduce((sum, r) => sum + r.non2xx + r.socketErrors, 0)
  const toBare = median(runs.map((r, i) => r.rps / (bareRuns[i]?.rps ?? Number.NaN)))
  console.log(`${name.padEnd(18)} ${median(runs.map((r) => r.rps)).toFixed(0).padStart(7)} req/s  client CPU ${median(runs.map((r) => r.clientCpu)).toFixed(2)}  server CPU ${median(runs.map((r) => r.serverCpu)).toFixed(2)}  errors ${errors}  ${toBare.toFixed(2)} x bare POST  ${(median(runs.map((r) => r.rps)) / inProcessMedian).toFixed(2)} x in-process`)
}
