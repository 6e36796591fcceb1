/**
 * The orchestrator's engine on a long session, two ways:
 *  1. in-process: llm-sim's generator, the tools' own domain code and the in-process memory
 *     (extractive compression), no network;
 *  2. the real fleet on 127.0.0.1 (llm-sim at zero latency, oauth, the three tools, the memory
 *     service with model summaries), the engine driving it through its HTTP adapters.
 * For each: prompt tokens of an agent's first model call at rounds 10, 50 and 200 (target: flat
 * once compression starts, round 200 under 1.5× round 10), and orchestration overhead per turn
 * = turn wall time − time inside model, tool and memory calls (target p50 under 5 ms).
 *
 *   node --conditions=heist-source --import tsx bench/orchestrator.ts [--rounds 200] [--in-process-only]
 */
import { join } from 'node:path'
import type { SessionEvent } from '@heist/shared'
import { createHttpMemory } from '../services/orchestrator/src/adapters/http-memory.js'
import { createHttpTools } from '../services/orchestrator/src/adapters/http-tools.js'
import { createOpenAiModel } from '../services/orchestrator/src/adapters/openai-model.js'
import {
  createInProcessMemory, loadTeamConfig, runSession, type ChatModel, type MemoryBackend, type TeamConfig, type ToolRunner,
} from '../services/orchestrator/src/engine/index.js'
import { createTokenSource, secretEnvName } from '@heist/shared'
import { createSimModel } from '../scripts/eval/sim-model.js'
import { createEvalTools } from '../scripts/eval/tools.js'
import { ROOT, startFleet } from '../test/support/fleet.js'
import { flagOption, numberOption } from './support/options.js'

const ROUNDS = Math.min(400, numberOption('rounds', 200, { whole: true }))
const CHECKPOINTS = [10, 50, 200].filter((r) => r <= ROUNDS)
setTimeout(() => {
  console.error('bench/orchestrator.ts: over its 10-minute limit')
  process.exit(1)
}, 10 * 60_000).unref()

interface Timing { inside: number }

/** Wrap each dependency so the time spent inside it is added to `timing.inside`. */
function timed<T extends object>(target: T, timing: Timing): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver) as unknown
      if (typeof value !== 'function') return value
      return async (...args: unknown[]) => {
        const start = performance.now()
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(obj, args)
        } finally {
          timing.inside += performance.now() - start
        }
      }
    },
  })
}

/** Record the prompt tokens of each turn's first model call (the one without tool results). */
function promptTokenProbe(model: ChatModel, perTurn: number[]): ChatModel {
  return {
    name: model.name,
    async complete(request) {
      const reply = await model.complete(request)
      if (request.messages.at(-1)?.role === 'user') perTurn.push(reply.usage.promptTokens)
      return reply
    },
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)

async function measure(label: string, team: TeamConfig, deps: { model: ChatModel; tools: ToolRunner; memory: MemoryBackend }) {
  const timing: Timing = { inside: 0 }
  const promptTokens: number[] = []
  const overhead: number[] = []
  let turnStart = 0
  let insideAtStart = 0
  const sink = (event: SessionEvent) => {
    if (event.type === 'turn_started') {
      turnStart = performance.now()
      insideAtStart = timing.inside
    } else if (event.type === 'message') {
      overhead.push(performance.now() - turnStart - (timing.inside - insideAtStart))
    }
  }
  const started = performance.now()
  const { status } = await runSession({
    sessionId: `bench-${label}-${Date.now()}`, team, options: { seed: 42, rounds: ROUNDS },
    deps: { model: promptTokenProbe(timed(deps.model, timing), promptTokens), tools: timed(deps.tools, timing), memory: timed(deps.memory, timing), sink },
  })
  const seconds = (performance.now() - started) / 1000
  const agents = team.heist.session.turn_order.length
  const atRound = (r: number) => mean(promptTokens.slice((r - 1) * agents, r * agents))
  const base = atRound(CHECKPOINTS[0] ?? 1)
  console.log(`\n${label}: ${ROUNDS} rounds, ${promptTokens.length} turns, ${status}, ${seconds.toFixed(1)} s`)
  console.log('  prompt tokens per turn (mean over the round\'s turns, first model call):')
  for (const r of CHECKPOINTS) console.log(`    round ${String(r).padStart(3)}: ${atRound(r).toFixed(0).padStart(5)}  ${(atRound(r) / base).toFixed(2)}× round ${CHECKPOINTS[0]}`)
  const p50 = percentile(overhead, 50)
  const p99 = percentile(overhead, 99)
  const turn = mean(overhead) + timing.inside / Math.max(1, overhead.length)
  console.log(`  orchestration overhead per turn: p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms (target p50 < 5 ms)`)
  console.log(`    = ${(mean(overhead) / turn * 100).toFixed(1)}% of a mean turn of ${turn.toFixed(2)} ms (the rest is inside model, tool and memory calls)`)
}

const team = loadTeamConfig(join(ROOT, 'config'))
const evalTools = await createEvalTools(team)
try {
  await measure('in-process', team, { model: createSimModel(), tools: evalTools.tools, memory: createInProcessMemory(team.heist.memory) })
} finally {
  evalTools.close()
}

if (!flagOption('in-process-only')) {
  const fleet = await startFleet({ only: ['llm-sim', 'oauth', 'calculator', 'file-reader', 'db-query', 'memory'] })
  try {
    const secrets = Object.fromEntries(team.agents.map((a) => [a.name, fleet.env[secretEnvName(a.name)] ?? '']))
    const own = createTokenSource({ tokenUrl: `${fleet.urls.oauth}/oauth/token`, clientId: 'orchestrator', clientSecret: fleet.env.HEIST_SECRET_ORCHESTRATOR ?? '', resource: fleet.urls.memory ?? '' })
    await measure('real fleet', team, {
      model: createOpenAiModel({ baseUrl: `${fleet.urls['llm-sim']}/v1`, model: 'heist-sim', apiKey: 'x', timeoutMs: 30_000, retries: 2 }),
      tools: createHttpTools({ oauthUrl: fleet.urls.oauth ?? '', secrets, toolResources: ['calculator', 'file-reader', 'db-query'].map((s) => fleet.urls[s] ?? '') }),
      memory: createHttpMemory({ memoryUrl: fleet.urls.memory ?? '', token: own, settings: team.heist.memory }),
    })
  } finally {
    await fleet.close()
  }
}
