import { z } from 'zod'
import { AgentName, SessionId } from './common.js'
import { StrategyName } from './config-files.js'

/**
 * Every step of a session is an event with a per-session sequence number starting at 1.
 * Events are the source of truth: the dashboard stores them idempotently by
 * (session_id, seq) and derives messages, tool calls and analytics from them.
 *
 * Public events never name the mole or its strategy. The one sealed event,
 * `game_sealed`, travels only on the orchestrator→dashboard socket, is stored apart
 * and is never broadcast or served before the game is revealed.
 */
const base = { session_id: SessionId, seq: z.number().int().min(1), ts: z.string() }

export const SessionAgent = z.object({ name: AgentName, role: z.string(), colour: z.string(), emoji: z.string().optional() })
export type SessionAgent = z.infer<typeof SessionAgent>

export const SessionStarted = z.object({
  ...base,
  type: z.literal('session_started'),
  rounds: z.number().int(),
  turn_order: z.array(AgentName),
  agents: z.array(SessionAgent),
  model: z.string(),
  profile: z.string().optional(),
})
export const RoundStarted = z.object({ ...base, type: z.literal('round_started'), round: z.number().int().min(1) })
export const TurnStarted = z.object({
  ...base, type: z.literal('turn_started'), round: z.number().int(), turn: z.number().int().min(1), agent: AgentName,
})
export const TokenDelta = z.object({
  ...base, type: z.literal('token_delta'), turn: z.number().int(), agent: AgentName, delta: z.string(),
})
export const ToolCallEvent = z.object({
  ...base, type: z.literal('tool_call'), round: z.number().int(), turn: z.number().int(), agent: AgentName,
  call_id: z.string(), tool: z.string(), args: z.unknown(),
})
export const ToolResultEvent = z.object({
  ...base, type: z.literal('tool_result'), round: z.number().int(), turn: z.number().int(), agent: AgentName,
  call_id: z.string(), tool: z.string(), ok: z.boolean(),
  result: z.string().optional(),
  error: z.object({ code: z.string(), message: z.string(), status: z.number().int().optional() }).optional(),
  duration_ms: z.number(),
})
export const MessageEvent = z.object({
  ...base, type: z.literal('message'), round: z.number().int(), turn: z.number().int(), agent: AgentName,
  message_id: z.string(), content: z.string(),
  /** The agent who spoke just before (who this message answers), null for the first. */
  reply_to: AgentName.nullable(),
  prompt_tokens: z.number().int(), completion_tokens: z.number().int(), latency_ms: z.number(),
})
export const MemoryCompressed = z.object({
  ...base, type: z.literal('memory_compressed'), agent: AgentName.optional(),
  covers_through: z.number().int(), summary_tokens: z.number().int(), method: z.enum(['model', 'extractive']),
})
export const OrderReceived = z.object({
  ...base, type: z.literal('order_received'), order_id: z.string(), agent: AgentName, text: z.string(),
})
export const OrderDelivered = z.object({
  ...base, type: z.literal('order_delivered'), order_id: z.string(), agent: AgentName, turn: z.number().int(),
})
export const SessionPaused = z.object({
  ...base, type: z.literal('session_paused'), reason: z.enum(['operator', 'model_unavailable']), message: z.string().optional(),
})
/**
 * `restart`: the orchestrator restarted and picked the session up from its event log.
 * `model_available`: a session paused because the model was down resumed by itself once it answered again.
 */
export const SessionResumed = z.object({
  ...base, type: z.literal('session_resumed'), reason: z.enum(['operator', 'restart', 'model_available']).optional(), message: z.string().optional(),
})
export const SessionStopped = z.object({ ...base, type: z.literal('session_stopped'), reason: z.string() })
export const SessionCompleted = z.object({ ...base, type: z.literal('session_completed'), rounds: z.number().int() })
export const SessionErrorEvent = z.object({
  ...base, type: z.literal('session_error'), code: z.string(), message: z.string(), agent: AgentName.optional(),
})

/** Sealed: the game's secret. Never broadcast, never served before the reveal. */
export const GameSealed = z.object({
  ...base, type: z.literal('game_sealed'),
  mole: AgentName.nullable(), strategy: StrategyName.nullable(), seed: z.number().int(),
  /** Digest of the team and heist config the session started with; a resume refuses another. */
  config: z.string().optional(),
})
export type GameSealed = z.infer<typeof GameSealed>

export const SessionEvent = z.discriminatedUnion('type', [
  SessionStarted, RoundStarted, TurnStarted, TokenDelta, ToolCallEvent, ToolResultEvent, MessageEvent,
  MemoryCompressed, OrderReceived, OrderDelivered, SessionPaused, SessionResumed, SessionStopped,
  SessionCompleted, SessionErrorEvent, GameSealed,
])
export type SessionEvent = z.infer<typeof SessionEvent>
export type SessionEventType = SessionEvent['type']
/** An event before the emitter stamps it with its sequence number and time. */
export type EventDraft = SessionEvent extends infer E ? E extends SessionEvent ? Omit<E, 'seq' | 'ts' | 'session_id'> : never : never

/** The public subset, what browsers and other services may see. */
export const PublicSessionEvent = z.discriminatedUnion('type', [
  SessionStarted, RoundStarted, TurnStarted, TokenDelta, ToolCallEvent, ToolResultEvent, MessageEvent,
  MemoryCompressed, OrderReceived, OrderDelivered, SessionPaused, SessionResumed, SessionStopped,
  SessionCompleted, SessionErrorEvent,
])
export type PublicSessionEvent = z.infer<typeof PublicSessionEvent>

/** Events after which a session runs no more turns. */
export const TERMINAL_EVENT_TYPES: ReadonlySet<SessionEventType> = new Set(['session_completed', 'session_stopped'])

export type MessageEvent = z.infer<typeof MessageEvent>
export type ToolCallEvent = z.infer<typeof ToolCallEvent>
export type ToolResultEvent = z.infer<typeof ToolResultEvent>
export type SessionStarted = z.infer<typeof SessionStarted>
