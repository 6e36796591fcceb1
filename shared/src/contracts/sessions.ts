import { z } from 'zod'
import { AgentName, SessionId } from './common.js'
import { SessionAgent } from './events.js'

/** A message of a session transcript, derived from its `message` events. */
export const TranscriptMessage = z.object({
  message_id: z.string(),
  seq: z.number().int(),
  round: z.number().int(),
  turn: z.number().int(),
  agent: AgentName,
  content: z.string(),
  reply_to: AgentName.nullable(),
  ts: z.string(),
})
export type TranscriptMessage = z.infer<typeof TranscriptMessage>

/** A tool call with its result, derived from `tool_call` + `tool_result` events. */
export const TranscriptToolCall = z.object({
  call_id: z.string(),
  seq: z.number().int(),
  round: z.number().int(),
  turn: z.number().int(),
  agent: AgentName,
  tool: z.string(),
  args: z.unknown(),
  ok: z.boolean().nullable(),
  result: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string(), status: z.number().int().optional() }).nullable(),
  duration_ms: z.number().nullable(),
})
export type TranscriptToolCall = z.infer<typeof TranscriptToolCall>

export const SessionState = z.enum(['running', 'paused', 'stopped', 'completed', 'failed'])

/**
 * `GET /api/sessions/:id/transcript` on the dashboard (scope `sessions:read` for services):
 * the public record of a session. It never contains the mole's instructions.
 */
export const Transcript = z.object({
  session_id: SessionId,
  status: SessionState,
  rounds: z.number().int(),
  agents: z.array(SessionAgent),
  messages: z.array(TranscriptMessage),
  tool_calls: z.array(TranscriptToolCall),
  orders: z.array(z.object({ order_id: z.string(), agent: AgentName, text: z.string(), delivered_turn: z.number().int().nullable() })),
  /** The config profile the session ran with (from its `session_started`): detection weighs with that profile's `detection:`. */
  profile: z.string().optional(),
})
export type Transcript = z.infer<typeof Transcript>
