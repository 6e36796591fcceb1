/**
 * The heist engine, framework-free: the turn loop, prompt building, the mole draw, the tool
 * loop and the text-tool fallback, with every dependency injected. The orchestrator service
 * wires it to the real fleet; evaluation harnesses can run it in-process.
 *
 * Run one session in-process (no services, deterministic for a given seed):
 *
 * ```ts
 * import { createInProcessMemory, createInProcessTools, loadTeamConfig, runSession } from '@heist/orchestrator/engine'
 *
 * const team = loadTeamConfig('config', 'dev')
 * const events: SessionEvent[] = []
 * const { session, status } = await runSession({
 *   sessionId: 'eval-1', team, options: { seed: 42, rounds: 3 },
 *   deps: {
 *     model,                                      // a ChatModel, e.g. createOpenAiModel-like wrapper or createScriptedModel
 *     tools: createInProcessTools({}),             // or a ToolRunner over HTTP
 *     memory: createInProcessMemory(team.heist.memory),
 *     sink: (e) => events.push(e),                 // every event, `game_sealed` included
 *   },
 * })
 * // session.game → { seed, mole, strategy }; drawGame({ seed, agents }) predicts it.
 * ```
 *
 * Public consumers must filter events with `PublicSessionEvent` from `@heist/shared`:
 * `game_sealed` carries the secret.
 */
import type { StartOptions, SessionStatus } from '@heist/shared'
import { stripThinking as stripThinkingOf } from '@heist/shared/thinking'
import { HeistSession } from './session.js'
import type { SessionDeps } from './session-contracts.js'
import type { TeamConfig } from './types.js'

export { drawGame, type DrawOptions } from './draw-game.js'
export { buildMessages, estimateTokens, functionTools, systemPrompt, turnPrompt, type PromptInput } from './prompt.js'
export { parseTextToolCalls, type TextToolCall } from './text-tools.js'
export { validateArgs } from './tool-arguments.js'
export { runTurn, toolResultText, type TurnInput, type TurnOutput } from './turn.js'
export { HeistSession } from './session.js'
export type { PublicSessionState, SessionDeps, SessionSetup } from './session-contracts.js'
export { systemClock } from './clock.js'
export { ModelUnavailableError, isModelUnavailable } from './errors.js'
export { createInProcessMemory, createInProcessTools, createScriptedModel, type ScriptedReply } from './in-process.js'
export { loadTeamConfig } from './team-config.js'
export { configDigest, resumePointFrom, type PendingOrder, type ResumePoint } from './resume.js'
export type * from './types.js'

/** Create a session and run it to its end. */
export async function runSession(input: { sessionId: string; team: TeamConfig; options: StartOptions; profile?: string; deps: SessionDeps }): Promise<{ session: HeistSession; status: SessionStatus }> {
  const session = new HeistSession({ sessionId: input.sessionId, team: input.team, options: input.options, profile: input.profile }, input.deps)
  const status = await session.run()
  return { session, status }
}

/**
 * What the team sees of a reply whose model writes its own tags: `stripThinking` of
 * `@heist/shared/thinking` (the one copy) with no options, one argument so it maps over a list.
 */
export const stripThinking = (text: string): string => stripThinkingOf(text)
