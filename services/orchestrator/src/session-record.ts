import { HeistError, notFound, PublicSessionEvent, StartOptions, TERMINAL_EVENT_TYPES, type SessionEvent, type SessionStatus } from '@heist/shared'
import type { EventLog } from './adapters/event-log.js'
import { configDigest, type PublicSessionState, type TeamConfig } from './engine/index.js'

type Started = Extract<SessionEvent, { type: 'session_started' }>
type Sealed = Extract<SessionEvent, { type: 'game_sealed' }>

/** A session's status as its events tell it (`failed` when it stopped on an error). */
export function statusFrom(events: readonly SessionEvent[]): SessionStatus {
  let status: SessionStatus = 'running'
  for (const event of events) {
    if (event.type === 'session_paused') status = 'paused'
    else if (event.type === 'session_resumed') status = 'running'
    else if (event.type === 'session_completed') status = 'completed'
    else if (event.type === 'session_stopped') status = event.reason === 'error' ? 'failed' : 'stopped'
  }
  return status
}

export function isEnded(events: readonly SessionEvent[]): boolean {
  const last = events.at(-1)
  return last !== undefined && TERMINAL_EVENT_TYPES.has(last.type)
}

/** The public view of a session that lives only on disk now. */
export function snapshotFrom(events: readonly SessionEvent[]): PublicSessionState | null {
  const started = events.find((e): e is Started => e.type === 'session_started')
  if (!started) return null
  let round = 0
  let turn = 0
  for (const event of events) {
    if (event.type === 'round_started') round = event.round
    if (event.type === 'turn_started') turn = event.turn
  }
  return {
    session_id: started.session_id, status: statusFrom(events), rounds: started.rounds, round: Math.min(round, started.rounds), turn,
    turn_order: started.turn_order, agents: started.agents, model: started.model, profile: started.profile ?? null, last_seq: events.at(-1)?.seq ?? 0,
  }
}

/** The sealed game of a session's log. */
export function sealedGame(events: readonly SessionEvent[]): Sealed | undefined {
  return events.find((e): e is Sealed => e.type === 'game_sealed')
}

/**
 * The start options that replay a logged session exactly (its mole and strategy as drawn),
 * or why it cannot go on under `team` and `modelName`: a resumed session must be the same game
 * with the same rules, or its transcript would not be the one it started.
 */
export function resumeOptions(events: readonly SessionEvent[], team: TeamConfig, modelName: string): { ok: true; options: StartOptions; profile?: string } | { ok: false; problem: string } {
  const [started, sealed] = events
  if (started?.type !== 'session_started' || sealed?.type !== 'game_sealed') return { ok: false, problem: 'the event log does not begin with session_started and game_sealed' }
  if (sealed.config === undefined) return { ok: false, problem: 'the event log predates config digests, so the config it ran under cannot be checked' }
  if (sealed.config !== configDigest(team)) return { ok: false, problem: 'config/agents.yaml or config/heist.yaml changed since the session started' }
  if (started.model !== modelName) return { ok: false, problem: `the model changed since the session started (${started.model} → ${modelName})` }
  if (started.turn_order.join(',') !== team.heist.session.turn_order.join(',')) return { ok: false, problem: 'the turn order changed since the session started' }
  const options: StartOptions = { rounds: started.rounds, seed: sealed.seed, mole: sealed.mole ?? 'none', strategy: sealed.strategy ?? 'random' }
  return { ok: true, options, ...(started.profile ? { profile: started.profile } : {}) }
}

/** A session's events from its log (ended sessions); 404 when there is none, 409 when it is damaged. */
export function loggedEvents(log: Pick<EventLog, 'exists' | 'read'>, id: string): SessionEvent[] {
  const read = log.exists(id) ? log.read(id) : null
  if (!read) throw notFound('SESSION_NOT_FOUND', `no session "${id}"`)
  if (!read.ok) throw new HeistError('SESSION_LOG_DAMAGED', `the event log of "${id}" is damaged: ${read.problem}`, 409)
  return read.events
}

/** The events anyone may see (never `game_sealed`). */
export function publicEvents(events: readonly SessionEvent[]): PublicSessionEvent[] {
  return events.flatMap((e) => { const p = PublicSessionEvent.safeParse(e); return p.success ? [p.data] : [] })
}
