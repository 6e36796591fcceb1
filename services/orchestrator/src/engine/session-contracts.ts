import type { RetryPolicy, SessionAgent, SessionStatus, StartOptions } from '@heist/shared'
import type { ResumePoint } from './resume.js'
import type { ChatModel, Clock, EventSink, MemoryBackend, TeamConfig, ToolRunner } from './types.js'

export interface SessionDeps {
  model: ChatModel
  tools: ToolRunner
  memory: MemoryBackend
  /** Every stamped event, sealed ones included; route public ones with `PublicSessionEvent`. */
  sink: EventSink
  clock?: Clock
  /** A fresh seed when the options give none (it is recorded in `game_sealed`). */
  randomSeed?: () => number
  /**
   * The seed the model is given for a turn of the game. Everything an agent says is a function of it,
   * and the game seed draws the mole, so a model seed anyone can compute from the game seed lets a
   * spectator replay candidate seeds until the public transcript matches and read the mole off the
   * draw; and one seed for the whole game, once found, would replay every innocent's turn and no
   * mole's. The orchestrator passes a keyed one-way function of both (`modelSeedFor`); the default,
   * the game seed itself, keeps in-process evaluation reproducible.
   */
  modelSeed?: (gameSeed: number, turn: number) => number
  /**
   * What names the game to the model in every request of it (`modelGameFor`, sent as
   * `prompt_cache_key`). Absent (in-process evaluation), none is sent and the seed names the game.
   */
  modelGame?: (gameSeed: number) => string
  /** Pause between turns, for demos. */
  turnDelayMs?: number
  /** How often a session the model's absence paused asks whether it is back (default `MODEL_PROBE`). */
  modelProbe?: RetryPolicy
  /** Debug-level log of every prompt (the mole's included: never wire this to info). */
  debug?: (details: object, message: string) => void
  /** The operator's warnings (the service log at warn): what a user must change, never a public event. */
  warn?: (details: object, message: string) => void
}

export interface SessionSetup {
  sessionId: string
  team: TeamConfig
  options: StartOptions
  profile?: string
  /** Go on from this point of the session's event log instead of starting it. */
  resume?: ResumePoint
}

/** What anyone may see of a session: never the mole, its strategy or the seed. */
export interface PublicSessionState {
  session_id: string
  status: SessionStatus
  rounds: number
  round: number
  turn: number
  turn_order: string[]
  agents: SessionAgent[]
  model: string
  profile: string | null
  last_seq: number
}
