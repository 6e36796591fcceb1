import { TERMINAL_EVENT_TYPES, type EventDraft, type SessionEvent } from '@heist/shared'
import type { Clock, EventSink } from './types.js'

/**
 * Stamps drafts with the session id, the next sequence number and the time, and hands them
 * to the sink. After a terminal event it drops everything, so the terminal event is last.
 */
export class SessionEmitter {
  private closed = false

  /** `seq`: the last sequence number already used (a resumed session goes on from its log). */
  constructor(private readonly sessionId: string, private readonly sink: EventSink, private readonly clock: Clock, private seq = 0) {}

  get lastSeq(): number {
    return this.seq
  }

  get isClosed(): boolean {
    return this.closed
  }

  /** Emit nothing more, without a terminal event (the session is suspended, not ended). */
  close(): void {
    this.closed = true
  }

  emit(draft: EventDraft): SessionEvent | null {
    if (this.closed) return null
    const event = { ...draft, session_id: this.sessionId, seq: ++this.seq, ts: new Date(this.clock.now()).toISOString() } as SessionEvent
    if (TERMINAL_EVENT_TYPES.has(event.type)) this.closed = true
    this.sink(event)
    return event
  }
}
