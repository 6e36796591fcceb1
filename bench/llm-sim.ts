/**
 * How much the HTTP layer costs over the in-process fast path: requests per second for
 * `simulateCompletion` called directly (the baseline), over HTTP, and streamed over HTTP.
 * Run: node --conditions=heist-source --import tsx bench/llm-sim.ts (or pnpm bench llm-sim)
 */
import { buildApp } from '../services/llm-sim/src/app.js'
import { simulateCompletion, type ChatCompletionRequest } from '../services/llm-sim/src/model/index.js'
import { playSession, systemFor, TEAM } from '../services/llm-sim/test/helpers/scenario.js'

const SECONDS = 3
const history = playSession({ rounds: 2 })
const request: ChatCompletionRequest = {
  model: 'heist-sim',
  messages: [
    { role: 'system', content: systemFor(TEAM[0]!, {}) },
    ...history.slice(-6).map((s) => ({ role: 'user' as const, content: `[${s.agent}] ${s.text}` })),
    { role: 'user', content: 'Round 3 of 5. It is your turn, planner.' },
  ],
}

async function rate(label: string, once: (i: number) => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < 20; i++) await once(i)
  const end = performance.now() + SECONDS * 1000
  let count = 0
  while (performance.now() < end) await once(count++)
  const perSecond = count / SECONDS
  console.log(`${label.padEnd(22)} ${perSecond.toFixed(0).padStart(7)} req/s`)
  return perSecond
}

const vary = (i: number): ChatCompletionRequest => ({ ...request, seed: i })
const app = await buildApp({ config: { LLM_SIM_TOKENS_PER_S: 0, LOG_LEVEL: 'silent' } })
const base = await app.listen({ host: '127.0.0.1', port: 0 })
const post = (body: ChatCompletionRequest) => fetch(`${base}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => r.text())

const inProcess = await rate('in-process', (i) => simulateCompletion(vary(i)))
const http = await rate('HTTP', (i) => post(vary(i)))
const streamed = await rate('HTTP streamed', (i) => post({ ...vary(i), stream: true, stream_options: { include_usage: true } }))
await app.close()
console.log(`\nHTTP / in-process:     ${(http / inProcess).toFixed(2)}x`)
console.log(`streamed / in-process: ${(streamed / inProcess).toFixed(2)}x`)
