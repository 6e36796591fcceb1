import { TERMINAL_EVENT_TYPES, type PublicSessionEvent, type SessionEvent, type StartOptions } from '@heist/shared'
import type { EventLog } from './adapters/event-log.js'
import { resumePointFrom, type ChatModel, type Clock, type ResumePoint, type TeamConfig } from './engine/index.js'
import { publicEvents, resumeOptions } from './session-record.js'

export interface Recovery {
  log: Pick<EventLog, 'exists' | 'ids' | 'read' | 'last'>
  /** Events already in the log, handed to the dashboard link again. */
  relay?: (event: SessionEvent) => void
  /** Whether a session is held in memory here (it needs no recovery, and its events flow already). */
  held: (id: string) => boolean
  teamFor: (profile: string | undefined) => TeamConfig
  makeModel: (team: TeamConfig) => ChatModel
  /** Run a session again from `point`, its public events so far given to its listeners. */
  launch: (id: string, team: TeamConfig, options: StartOptions, profile: string | undefined, resume: { point: ResumePoint; events: PublicSessionEvent[] }) => void
  /** Publish an event the session itself cannot (it does not run). */
  record: (id: string, event: SessionEvent) => void
  clock?: Clock
}

/**
 * After a restart: every session whose log has no terminal event goes on from its last
 * completed turn, or, when it cannot (damaged log, changed config), ends as failed with the
 * reason. Returns what was done, for the start-up log.
 */
export function recoverSessions(recovery: Recovery): { resumed: string[]; failed: { session_id: string; problem: string }[] } {
  const resumed: string[] = []
  const failed: { session_id: string; problem: string }[] = []
  for (const id of recovery.log.ids()) {
    const last = recovery.log.last(id)
    if (recovery.held(id) || (last && TERMINAL_EVENT_TYPES.has(last.type))) continue
    const problem = resumeLogged(recovery, id)
    if (problem) failed.push({ session_id: id, problem })
    else resumed.push(id)
  }
  return { resumed, failed }
}

/** Resume one logged session; returns why it could not be, after ending it as failed. */
function resumeLogged(recovery: Recovery, id: string): string | null {
  const read = recovery.log.read(id)
  const events = read.ok ? read.events : []
  for (const event of events) recovery.relay?.(event)
  let problem = read.ok ? null : read.problem
  if (read.ok) {
    const profile = events[0]?.type === 'session_started' ? events[0].profile : undefined
    try {
      const team = recovery.teamFor(profile)
      const plan = resumeOptions(events, team, recovery.makeModel(team).name)
      if (!plan.ok) problem = plan.problem
      else recovery.launch(id, team, plan.options, plan.profile, { point: resumePointFrom(events), events: publicEvents(events) })
    } catch (error) {
      problem = `its profile cannot be loaded (${error instanceof Error ? error.message : String(error)})`
    }
  }
  if (problem) failUnresumable(recovery, id, events.at(-1)?.seq ?? recovery.log.last(id)?.seq ?? 0, problem)
  return problem
}

/** End a session that cannot go on: `session_error` with the reason, then `session_stopped` (error). */
function failUnresumable(recovery: Recovery, id: string, lastSeq: number, problem: string): void {
  const ts = new Date((recovery.clock ?? Date).now()).toISOString()
  recovery.record(id, { type: 'session_error', session_id: id, seq: lastSeq + 1, ts, code: 'SESSION_UNRESUMABLE', message: `the session cannot be resumed after the restart: ${problem}` })
  recovery.record(id, { type: 'session_stopped', session_id: id, seq: lastSeq + 2, ts, reason: 'error' })
}

/**
 * Hand the dashboard link a logged session's events after `afterSeq` again (the dashboard lacks
 * the end of a session that ended while it was unreachable). False when there is no readable
 * record of the session; a session held here needs nothing: its events flow already.
 */
export function resendLogged(recovery: Pick<Recovery, 'log' | 'relay' | 'held'>, id: string, afterSeq: number): boolean {
  if (recovery.held(id)) return true
  if (!recovery.log.exists(id)) return false
  const read = recovery.log.read(id)
  if (!read.ok) return false
  for (const event of read.events) if (event.seq > afterSeq) recovery.relay?.(event)
  return true
}
