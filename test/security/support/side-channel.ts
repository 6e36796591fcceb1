import { join } from 'node:path'
import { countTokens } from '@heist/shared/tokens'
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
  // What each turn's calls cost as published: their names and arguments (the events show both).
  const callTokens = new Map<number, number>()
  for (const e of events) if (e.type === 'tool_call') callTokens.set(e.turn, (callTokens.get(e.turn) ?? 0) + countTokens(e.tool) + countTokens(JSON.stringify(e.args)))
  for (const e of events) {
    if (e.type === 'message') {
      // Billed beyond what was published: a voice that writes its calls as text (`<tool_call>…`) is
      // billed for the call as written. Anyone can compute it, so it is attacked like the others.
      add(e.agent, 'unpublished_tokens', e.completion_tokens - countTokens(e.content) - (callTokens.get(e.turn) ?? 0))
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

/**
 * Play seeded games headless, as `pnpm eval` does: the engine with llm-sim's model in-process, in
 * the voice `model` names (`heist-sim` is voice a, `heist-sim-b` voice b…).
 */
export async function playPublicGames(seeds: readonly number[], control: boolean, rounds: number, model = 'heist-sim'): Promise<PlayedPublicGame[]> {
  const team: TeamConfig = loadTeamConfig(join(ROOT, 'config'))
  const { tools, close } = await createEvalTools(team)
  try {
    const games: PlayedPublicGame[] = []
    for (const seed of seeds) games.push(await playOne(team, tools, seed, control, rounds, model))
    return games
  } finally {
    close()
  }
}

async function playOne(team: TeamConfig, tools: ToolRunner, seed: number, control: boolean, rounds: number, model: string): Promise<PlayedPublicGame> {
  const events: SessionEvent[] = []
  const { session } = await runSession({
    sessionId: `side-${control ? 'c' : 'm'}${seed}`,
    team,
    options: { seed, rounds, mole: control ? 'none' : 'random' },
    deps: { model: createSimModel(model), tools, memory: createInProcessMemory(team.heist.memory), sink: (e) => events.push(e), clock: steppingClock() },
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
