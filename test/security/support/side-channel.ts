import { join } from 'node:path'
import { PublicSessionEvent, type MessageEvent, type SessionEvent, type ToolCallEvent } from '@heist/shared'
import { createInProcessMemory, loadTeamConfig, runSession, type Clock, type Game, type TeamConfig, type ToolRunner } from '../../../services/orchestrator/src/engine/index.js'
import { createSimModel } from '../../../scripts/eval/sim-model.js'
import { createEvalTools } from '../../../scripts/eval/tools.js'
import { ROOT } from '../../support/fleet.js'

/** One agent's public figures in one game: each is a list over its turns (or tool calls). */
export type AgentFigures = Record<string, number[]>

export interface PlayedPublicGame {
  seed: number
  /** The truth, read only to score the attacker. */
  game: Game
  /** Per agent, per public number: what anyone could read before the reveal. */
  figures: Map<string, AgentFigures>
  messages: MessageEvent[]
  toolCalls: ToolCallEvent[]
}

/** A clock that moves one millisecond per reading: timings become a deterministic part of the run. */
function steppingClock(): Clock {
  let t = 0
  return { now: () => ++t, sleep: async () => {} }
}

/** Every per-agent number in the public events: what REST, /ws, analytics and the page show. */
export function publicFigures(events: readonly PublicSessionEvent[]): Map<string, AgentFigures> {
  const out = new Map<string, AgentFigures>()
  const add = (agent: string, name: string, value: number) => {
    const figures = out.get(agent) ?? {}
    ;(figures[name] ??= []).push(value)
    out.set(agent, figures)
  }
  for (const e of events) {
    if (e.type === 'message') {
      add(e.agent, 'prompt_tokens', e.prompt_tokens)
      add(e.agent, 'completion_tokens', e.completion_tokens)
      add(e.agent, 'context_tokens', e.prompt_tokens + e.completion_tokens)
      add(e.agent, 'latency_ms', e.latency_ms)
    } else if (e.type === 'tool_result') {
      add(e.agent, 'tool_duration_ms', e.duration_ms)
    }
  }
  return out
}

/** Play seeded games headless, as `pnpm eval` does: the engine with llm-sim's model in-process. */
export async function playPublicGames(seeds: readonly number[], control: boolean, rounds: number): Promise<PlayedPublicGame[]> {
  const team: TeamConfig = loadTeamConfig(join(ROOT, 'config'))
  const { tools, close } = await createEvalTools(team)
  try {
    const games: PlayedPublicGame[] = []
    for (const seed of seeds) games.push(await playOne(team, tools, seed, control, rounds))
    return games
  } finally {
    close()
  }
}

async function playOne(team: TeamConfig, tools: ToolRunner, seed: number, control: boolean, rounds: number): Promise<PlayedPublicGame> {
  const events: SessionEvent[] = []
  const { session } = await runSession({
    sessionId: `side-${control ? 'c' : 'm'}${seed}`,
    team,
    options: { seed, rounds, mole: control ? 'none' : 'random' },
    deps: { model: createSimModel(), tools, memory: createInProcessMemory(team.heist.memory), sink: (e) => events.push(e), clock: steppingClock() },
  })
  const visible = events.flatMap((e) => {
    const parsed = PublicSessionEvent.safeParse(e)
    return parsed.success ? [parsed.data] : []
  })
  return {
    seed, game: session.game, figures: publicFigures(visible),
    messages: visible.filter((e): e is MessageEvent => e.type === 'message'),
    toolCalls: visible.filter((e): e is ToolCallEvent => e.type === 'tool_call'),
  }
}
