import type { SessionEvent, Transcript } from '@heist/shared'
import { createInProcessMemory, runSession, type Game, type TeamConfig, type ToolRunner } from '@heist/orchestrator/engine'
import { createSimModel } from './sim-model.js'
import { transcriptFromEvents } from './transcript.js'

export interface PlayedGame {
  seed: number
  /** The truth, kept apart from the transcript the scorers read. */
  game: Game
  transcript: Transcript
}

const instantClock = { now: () => Date.now(), sleep: async () => {} }

/** Play one seeded game headless with one of llm-sim's voices (`model`); `control` games have no mole. */
export async function playGame(team: TeamConfig, tools: ToolRunner, seed: number, control: boolean, rounds: number, model = 'heist-sim'): Promise<PlayedGame> {
  const sessionId = `eval-${seed}`
  const events: SessionEvent[] = []
  const { session } = await runSession({
    sessionId,
    team,
    options: { seed, rounds, mole: control ? 'none' : 'random' },
    deps: { model: createSimModel(model), tools, memory: createInProcessMemory(team.heist.memory), sink: (e) => events.push(e), clock: instantClock },
  })
  return { seed, game: session.game, transcript: transcriptFromEvents(sessionId, events) }
}
