import { PublicSessionEvent, notFound, type SessionEvent, type SessionStatus } from '@heist/shared'
import type { HeistSession, PublicSessionState } from './engine/index.js'

/** Someone following a session's public events (an SSE stream). */
export interface Listener {
  event(event: PublicSessionEvent): void
  /** The stream ends without a terminal event (the orchestrator is shutting down). */
  end(): void
}

/** A session held in memory, the public events it has emitted and who follows them. */
export interface Entry {
  session: HeistSession
  events: PublicSessionEvent[]
  listeners: Set<Listener>
  done: Promise<unknown>
}

export const isActive = (status: SessionStatus) => status === 'running' || status === 'paused'

/**
 * The sessions this orchestrator holds in memory: running and paused ones, plus an ended one
 * whose events could not be published (its log lacks them). An ended session leaves at once,
 * so memory stays bounded by the running-session limit whatever has run before.
 */
export class SessionRegistry {
  private readonly sessions = new Map<string, Entry>()
  /** Sessions whose events could not be published; logged once each, not once per event. */
  private readonly publishFailed = new Set<string>()
  logError: (details: object, message: string) => void = () => undefined

  constructor(private readonly deps: {
    /** Every event of every session (sealed ones included): the audit log and the dashboard link. */
    publish: (event: SessionEvent) => void
    /** The last session in memory has left it. */
    onIdle?: () => void
  }) {}

  has(id: string): boolean {
    return this.sessions.has(id)
  }

  get(id: string): Entry | undefined {
    return this.sessions.get(id)
  }

  /** The entry of a session held here; 404 otherwise. */
  entry(id: string): Entry {
    const entry = this.sessions.get(id)
    if (!entry) throw notFound('SESSION_NOT_FOUND', `no running session "${id}"`)
    return entry
  }

  get running(): number {
    return [...this.sessions.values()].filter((e) => isActive(e.session.status)).length
  }

  /** Whether no session is held in memory (none running, paused or unpublished). */
  get idle(): boolean {
    return this.sessions.size === 0
  }

  list(): PublicSessionState[] {
    return [...this.sessions.values()].map((e) => e.session.snapshot())
  }

  /** Hold a session and run its loop; it leaves once it has ended. */
  run(id: string, session: HeistSession, events: PublicSessionEvent[]): void {
    const entry: Entry = { session, events, listeners: new Set(), done: Promise.resolve() }
    this.sessions.set(id, entry)
    entry.done = session.run()
      .catch((error: unknown) => this.logError({ err: error, session_id: id }, 'session loop failed'))
      .finally(() => this.settle(id, entry))
  }

  /** An ended session leaves memory: its log holds it (unless the log failed, then it stays here). */
  private settle(id: string, entry: Entry): void {
    if (isActive(entry.session.status) || this.publishFailed.has(id)) return
    if (this.sessions.get(id) === entry) this.sessions.delete(id)
    if (this.sessions.size === 0) this.deps.onIdle?.()
  }

  /** Publish a session's event, then hand it to the session's listeners when it is public. */
  record(id: string, event: SessionEvent): void {
    // A failing audit log or dashboard link (disk full, say) must not kill the session loop,
    // nor turn an operator command that already took effect into a 500.
    try {
      this.deps.publish(event)
    } catch (error) {
      if (!this.publishFailed.has(id)) this.logError({ err: error, session_id: id, seq: event.seq }, 'cannot publish session events')
      this.publishFailed.add(id)
    }
    const entry = this.sessions.get(id)
    const visible = PublicSessionEvent.safeParse(event)
    if (!entry || !visible.success) return
    entry.events.push(visible.data)
    for (const listener of entry.listeners) listener.event(visible.data)
  }

  /**
   * Shutdown: suspend every session (its running turn is aborted; the next orchestrator plays it
   * again from the log), end every event stream, and wait for the loops to return.
   */
  async closeAll(): Promise<void> {
    for (const entry of this.sessions.values()) {
      entry.session.suspend()
      for (const listener of entry.listeners) listener.end()
      entry.listeners.clear()
    }
    await Promise.allSettled([...this.sessions.values()].map((e) => e.done))
  }

  /** Wait for a session's loop to end; at once when it is not held here. */
  async settled(id: string): Promise<void> {
    await this.sessions.get(id)?.done
  }
}
