import type { PublicSessionEvent, SessionEvent } from '@heist/shared'
import type { FastifyBaseLogger } from 'fastify'
import type { BrowserHub } from './browser-hub.js'
import type { EventStore } from './event-store.js'

/** What the orchestrator link hands over, and what it is told back. */
export interface LinkHandlers {
  /** Store a burst of events; returns the highest contiguous seq now stored per session. */
  onEvents(events: SessionEvent[]): Map<string, number>
  /**
   * The orchestrator's sessions after a (re)connect: the contiguous seq stored for each, and the
   * sessions shown as running or paused that it did not name, with their contiguous seq.
   */
  onHello(sessions: { session_id: string; status: string; last_seq: number }[]): {
    stored: { session_id: string; seq: number }[]
    unnamed: { session_id: string; seq: number }[]
  }
  /** No orchestrator has a record of a session shown as running or paused. */
  onUnknown(sessionId: string): void
  onConnectionChange(connected: boolean): void
}

/**
 * What the dashboard does with what the orchestrator sends: store each event (idempotently),
 * then show the stored public ones to the browsers watching, and a session's new status to all.
 * The sealed `game_sealed` event is stored and never shown.
 */
export function createIngest(store: EventStore, hub: BrowserHub, log: FastifyBaseLogger): LinkHandlers {
  const publishSession = (sessionId: string) => {
    const session = store.get(sessionId)
    if (session) hub.broadcast({ type: 'session', session })
  }
  return {
    onEvents(events: SessionEvent[]) {
      const results = store.ingestMany(events)
      const stored = new Map<string, number>()
      const changed = new Set<string>()
      events.forEach((event, i) => {
        const result = results[i]!
        stored.set(event.session_id, result.contiguous)
        if (result.refused) log.error({ session_id: event.session_id, seq: event.seq, reason: result.refused }, 'refused an event of another game under a stored session id')
        if (result.gap) log.warn({ session_id: event.session_id, gap: result.gap }, 'event sequence has a gap')
        if (!result.stored || event.type === 'game_sealed') return
        hub.publishEvent(event as PublicSessionEvent)
        if (result.statusChanged || event.type === 'round_started' || event.type === 'session_started') changed.add(event.session_id)
      })
      for (const sessionId of changed) publishSession(sessionId)
      return stored
    },
    onHello(sessions) {
      const now = new Date().toISOString()
      const stored = sessions.map((s) => {
        const seq = store.applyHello(s.session_id, s.last_seq, now)
        if (s.last_seq > seq) log.info({ session_id: s.session_id, stored: seq, orchestrator: s.last_seq }, 'waiting for the orchestrator to replay events')
        publishSession(s.session_id)
        return { session_id: s.session_id, seq }
      })
      const named = new Set(sessions.map((s) => s.session_id))
      const unnamed = store.active().filter((s) => !named.has(s.session_id)).map((s) => ({ session_id: s.session_id, seq: s.contiguous_seq }))
      if (unnamed.length > 0) log.info({ sessions: unnamed.map((s) => s.session_id) }, 'asking the orchestrator for sessions shown as running that it did not name')
      return { stored, unnamed }
    },
    onUnknown(sessionId) {
      if (!store.markLost(sessionId)) return
      log.warn({ session_id: sessionId }, 'no orchestrator has a record of this session; shown as failed')
      publishSession(sessionId)
    },
    onConnectionChange(connected) {
      log.info({ connected }, 'orchestrator connection changed')
      hub.orchestratorChanged(connected)
    },
  }
}
