import { z } from 'zod'
import { AgentName, ProfileName, SessionId } from './common.js'
import { StrategyName } from './config-files.js'
import { SessionEvent } from './events.js'

/** Options to start a session (dashboard form, CLI, REST). */
export const StartOptions = z.object({
  rounds: z.number().int().min(1).max(1000).optional(),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
  /** `random` (default), `none` for a control game, or an agent name. */
  mole: z.union([z.literal('random'), z.literal('none'), AgentName]).default('random'),
  strategy: z.union([z.literal('random'), StrategyName]).default('random'),
  session_id: SessionId.optional(),
  profile: ProfileName.optional(),
}).strict()
export type StartOptions = z.input<typeof StartOptions>

/** An operator command. */
export const Command = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start'), options: StartOptions }),
  z.object({ action: z.literal('pause'), session_id: SessionId }),
  z.object({ action: z.literal('resume'), session_id: SessionId }),
  z.object({ action: z.literal('stop'), session_id: SessionId }),
  z.object({ action: z.literal('order'), session_id: SessionId, agent: AgentName, text: z.string().min(1).max(2000) }),
])
export type Command = z.infer<typeof Command>

/** The orchestrator's answer to a command. */
export const CommandAck = z.object({
  ok: z.boolean(),
  session_id: SessionId.optional(),
  /** e.g. `{ order_id }` for an order, `{ status }` for pause/resume. */
  result: z.record(z.string(), z.unknown()).optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
})
export type CommandAck = z.infer<typeof CommandAck>

/** Status of a running session as the orchestrator reports it. */
export const SessionStatus = z.enum(['running', 'paused', 'stopped', 'completed', 'failed'])
export type SessionStatus = z.infer<typeof SessionStatus>

/**
 * The dashboard's `202` for a command the orchestrator did not answer within
 * `HEIST_COMMAND_TIMEOUT_MS`: it was sent, and on a loaded machine it is usually done, but the
 * dashboard does not know. Neither a success nor a failure: the session's status (`GET
 * /api/sessions/:id`, the page's `session` frames) tells which, and the orchestrator's late answer
 * is logged (a refusal at warn).
 */
export const CommandPending = z.object({
  pending: z.literal(true),
  command_id: z.string(),
  session_id: SessionId.optional(),
  /** The session's status as the dashboard had stored it when it answered (null: not stored yet). */
  status: SessionStatus.nullable(),
})
export type CommandPending = z.infer<typeof CommandPending>

/**
 * `GET /api/commands/:command_id`: what became of a command the dashboard answered `202
 * CommandPending`. `pending` while the orchestrator's answer is awaited (up to 10 min), `answered`
 * with its `ack` (done, or refused with the orchestrator's error), `unanswered` when none came in
 * that time, the link closed first, or the dashboard restarted meanwhile (`reason`). Kept in the
 * dashboard's database (the latest 1,000), so a restart keeps them; a command answered in time is
 * answered by its own request and not kept.
 */
export const CommandOutcome = z.object({
  command_id: z.string(),
  action: z.enum(['start', 'pause', 'resume', 'stop', 'order']),
  /** The command's session, or the one a late-answered start made (`ack.session_id`). */
  session_id: SessionId.optional(),
  state: z.enum(['pending', 'answered', 'unanswered']),
  ack: CommandAck.optional(),
  reason: z.string().optional(),
  /** The session's status as stored now (null: not stored, or no session). */
  status: SessionStatus.nullable(),
})
export type CommandOutcome = z.infer<typeof CommandOutcome>

/**
 * Frames on `WS /ws/orchestrator` (orchestrator is the client, dashboard the server).
 * Orchestrator → dashboard: `hello` once per connection (the sessions it runs), `event` for every
 * event, `ack` per command, `session_unknown` when asked to `sync` a session it has no record of.
 * Dashboard → orchestrator: `stored` (highest contiguous seq stored for a session, so the
 * orchestrator may drop its replay buffer up to it), `command`, and `sync` for each session the
 * dashboard shows as running or paused that the hello did not name (it ended, or was lost, while
 * the link was down): the orchestrator sends what its log holds after `after_seq`.
 */
export const OrchestratorToDashboard = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), instance: z.string(), sessions: z.array(z.object({ session_id: SessionId, status: SessionStatus, last_seq: z.number().int() })) }),
  z.object({ type: z.literal('event'), event: SessionEvent }),
  z.object({ type: z.literal('ack'), command_id: z.string(), ack: CommandAck }),
  z.object({ type: z.literal('session_unknown'), session_id: SessionId }),
])
export type OrchestratorToDashboard = z.infer<typeof OrchestratorToDashboard>

export const DashboardToOrchestrator = z.discriminatedUnion('type', [
  z.object({ type: z.literal('stored'), session_id: SessionId, seq: z.number().int().min(0) }),
  z.object({ type: z.literal('command'), command_id: z.string().min(1).max(64), command: Command }),
  z.object({ type: z.literal('sync'), session_id: SessionId, after_seq: z.number().int().min(0) }),
])
export type DashboardToOrchestrator = z.infer<typeof DashboardToOrchestrator>

/** `POST …/orders`: an operator's order to one agent, delivered at its next turn (dashboard and orchestrator). */
export const OrderBody = z.object({ agent: AgentName, text: z.string().trim().min(1).max(2000) }).strict()
export type OrderBody = z.infer<typeof OrderBody>
