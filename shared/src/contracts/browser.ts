import { z } from 'zod'
import { AgentName, SessionId } from './common.js'
import { StrategyName } from './config-files.js'
import { DetectionResult } from './detection.js'
import { PublicSessionEvent, SessionAgent } from './events.js'
import { SessionState } from './sessions.js'

/** A gap in a session's stored sequence numbers (inclusive bounds). */
export const SeqGap = z.object({ from: z.number().int(), to: z.number().int() })
export type SeqGap = z.infer<typeof SeqGap>

/** One session as the dashboard lists it. Never names the mole. */
export const SessionSummary = z.object({
  session_id: SessionId,
  status: SessionState,
  rounds: z.number().int(),
  current_round: z.number().int(),
  agents: z.array(SessionAgent),
  model: z.string().nullable(),
  started_at: z.string().nullable(),
  updated_at: z.string(),
  /** Highest sequence number stored, and the highest stored without a hole below it. */
  last_seq: z.number().int(),
  contiguous_seq: z.number().int(),
  message_count: z.number().int(),
  tool_call_count: z.number().int(),
})
export type SessionSummary = z.infer<typeof SessionSummary>

/** A session as the REST API answers it (`GET /api/sessions…`): the summary, and whether its orchestrator is out of reach. */
export const SessionListing = SessionSummary.extend({
  /** `orchestratorUnreachable` (`@heist/shared/orchestrator-reach`) when the dashboard answered: false for an ended session. */
  orchestrator_unreachable: z.boolean(),
})
export type SessionListing = z.infer<typeof SessionListing>

/**
 * A guess is an agent name or `nobody` (the operator believes it is a control game).
 * Outcomes: `success` guess = mole (or `nobody` when there is no mole), `failure` any other
 * guess, `busted` no guess at evaluation time.
 */
export const NOBODY = 'nobody'
export const GameGuess = z.union([z.literal(NOBODY), AgentName])
export const GameOutcome = z.enum(['success', 'failure', 'busted'])
export type GameOutcome = z.infer<typeof GameOutcome>

/** The public state of a session's mole game; `mole`/`strategy` are null until revealed. */
export const GameState = z.object({
  session_id: SessionId,
  sealed: z.boolean(),
  guess: GameGuess.nullable(),
  guessed_at: z.string().nullable(),
  outcome: GameOutcome.nullable(),
  evaluated_at: z.string().nullable(),
  revealed: z.boolean(),
  revealed_at: z.string().nullable(),
  /** Only after the reveal; null also means "no mole" (a control game) once revealed. */
  mole: AgentName.nullable(),
  strategy: StrategyName.nullable(),
  /** Only after the reveal: the latest detection's suspect, and whether it was right. */
  detector_suspect: AgentName.nullable(),
  detector_correct: z.boolean().nullable(),
})
export type GameState = z.infer<typeof GameState>

export const GuessRequest = z.object({ agent: GameGuess }).strict()
export const EvaluateReply = GameState.extend({ already_evaluated: z.boolean() })
export type EvaluateReply = z.infer<typeof EvaluateReply>

export const SessionDetail = SessionListing.extend({
  gaps: z.array(SeqGap),
  game: GameState,
  detection: z.object({ suspect: AgentName.nullable(), confidence: z.number(), created_at: z.string() }).nullable(),
})
export type SessionDetail = z.infer<typeof SessionDetail>

/** Scoreboard over every evaluated game: human guesses against the detector's suspect. */
export const Scoreboard = z.object({
  human: z.object({ played: z.number().int(), success: z.number().int(), failure: z.number().int(), busted: z.number().int(), accuracy: z.number().nullable() }),
  detector: z.object({ judged: z.number().int(), correct: z.number().int(), accuracy: z.number().nullable() }),
  games: z.array(GameState.extend({ status: SessionState })),
})
export type Scoreboard = z.infer<typeof Scoreboard>

/** Frames a browser sends on `WS /ws`. */
export const BrowserToDashboard = z.discriminatedUnion('type', [
  /**
   * Send history after `after_seq` (0 = everything), then live events. `ref`, if given, comes back
   * in the `synced` that ends this subscription's history, so a page that left a session and came
   * back (A → B → A) can tell the end of its latest replay from the end of an earlier one.
   */
  z.object({ type: z.literal('subscribe'), session_id: SessionId, after_seq: z.number().int().min(0).default(0), ref: z.number().int().min(0).optional() }),
  z.object({ type: z.literal('unsubscribe'), session_id: SessionId }),
])
export type BrowserToDashboard = z.infer<typeof BrowserToDashboard>

/** Frames the dashboard sends on `WS /ws`; only public data. */
export const DashboardToBrowser = z.discriminatedUnion('type', [
  z.object({ type: z.literal('welcome'), orchestrator_connected: z.boolean() }),
  z.object({ type: z.literal('event'), event: PublicSessionEvent }),
  /** End of the history sent for a subscription; live events follow. */
  z.object({ type: z.literal('synced'), session_id: SessionId, last_seq: z.number().int(), ref: z.number().int().optional() }),
  /** A session appeared or changed status (sent to every browser). */
  z.object({ type: z.literal('session'), session: SessionSummary }),
  z.object({ type: z.literal('game'), game: GameState }),
  z.object({ type: z.literal('detection'), result: DetectionResult }),
  z.object({ type: z.literal('orchestrator'), connected: z.boolean() }),
  z.object({ type: z.literal('error'), code: z.string(), message: z.string() }),
])
export type DashboardToBrowser = z.infer<typeof DashboardToBrowser>

const rate = z.number().min(0).max(1).nullable()

/** `GET /api/sessions/:id/analytics`: who talked, who used which tool, who answered whom. */
export const SessionAnalytics = z.object({
  session_id: SessionId,
  agents: z.array(z.object({
    agent: AgentName, messages: z.number().int(), prompt_tokens: z.number().int(), completion_tokens: z.number().int(),
    avg_latency_ms: z.number().nullable(), tool_calls: z.number().int(), tool_success_rate: rate,
  })),
  rounds: z.array(z.object({ round: z.number().int(), agent: AgentName, messages: z.number().int() })),
  tools: z.array(z.object({ tool: z.string(), calls: z.number().int(), ok: z.number().int(), failed: z.number().int(), success_rate: rate, avg_duration_ms: z.number().nullable() })),
  tools_per_agent: z.array(z.object({ agent: AgentName, tool: z.string(), calls: z.number().int(), ok: z.number().int(), success_rate: rate })),
  /** `from` answered `to` (from the message's `reply_to`) `count` times. */
  interactions: z.array(z.object({ from: AgentName, to: AgentName, count: z.number().int() })),
})
export type SessionAnalytics = z.infer<typeof SessionAnalytics>

/** `GET /api/analytics/overview`: the system overview tiles. */
export const Overview = z.object({
  sessions: z.number().int(), running: z.number().int(), messages: z.number().int(), tool_calls: z.number().int(),
  tool_success_rate: rate, orchestrator_connected: z.boolean(), browsers: z.number().int(),
})
export type Overview = z.infer<typeof Overview>

/** `GET /api/search?q=`: messages containing the text, newest first; `total` counts every match, `hits` is one page from `offset`. */
export const SearchReply = z.object({
  query: z.string(),
  total: z.number().int(),
  offset: z.number().int(),
  hits: z.array(z.object({ session_id: SessionId, seq: z.number().int(), message_id: z.string(), agent: AgentName, round: z.number().int(), content: z.string(), ts: z.string() })),
})
export type SearchReply = z.infer<typeof SearchReply>
