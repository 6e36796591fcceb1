import WebSocket from 'ws'
import {
  DashboardToOrchestrator, TERMINAL_EVENT_TYPES,
  type Command, type CommandAck, type OrchestratorToDashboard, type SessionEvent, type SessionStatus,
} from '@heist/shared'

export interface LinkLogger {
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
}

export interface DashboardLinkOptions {
  /** `ws://127.0.0.1:8008/ws/orchestrator` */
  url: string
  /** A JWT with `events:publish`, sent on the upgrade. */
  token: () => Promise<string>
  instance: string
  onCommand: (command: Command) => Promise<CommandAck>
  statusOf: (sessionId: string) => SessionStatus | undefined
  /**
   * The dashboard shows a session this link's hello did not name: publish what the log holds
   * after `afterSeq`; false when there is no record of it (the dashboard is told so).
   */
  onSync?: (sessionId: string, afterSeq: number) => boolean
  initialBackoffMs?: number
  maxBackoffMs?: number
  /** Send everything buffered if the dashboard has not said what it stored by then. */
  syncTimeoutMs?: number
  /** Buffered events kept per session at most (the oldest go first, with a warning). */
  maxBuffered?: number
}

/**
 * The orchestrator's end of `WS /ws/orchestrator`. Every event stays buffered until the
 * dashboard acknowledges it with `stored`; on each (re)connection the link says `hello`
 * with its sessions and last seqs and resends what the dashboard lacks. Reconnects with
 * backoff forever; commands arriving on the socket are answered with `ack` frames.
 */
export class DashboardLink {
  private ws: WebSocket | null = null
  private readonly buffers = new Map<string, SessionEvent[]>()
  private readonly lastSeq = new Map<string, number>()
  private readonly ended = new Set<string>()
  /** Sessions named in this connection's `hello` whose `stored` has not come yet. */
  private readonly awaitingSync = new Set<string>()
  private backoff: number
  private timer: NodeJS.Timeout | null = null
  private closed = false
  private logger: LinkLogger = { info: () => undefined, warn: () => undefined }
  private lastFailure: string | null = null

  constructor(private readonly options: DashboardLinkOptions) {
    this.backoff = options.initialBackoffMs ?? 250
  }

  get connected(): boolean {
    return this.ws?.readyState === WebSocket.OPEN
  }

  /** Unacknowledged events held for a session. */
  pending(sessionId: string): number {
    return this.buffers.get(sessionId)?.length ?? 0
  }

  private started = false

  /** Connect (once: a second call does nothing). */
  start(logger?: LinkLogger): void {
    if (logger) this.logger = logger
    if (this.started) return
    this.started = true
    void this.connect()
  }

  publish(event: SessionEvent): void {
    const buffer = this.buffers.get(event.session_id) ?? []
    buffer.push(event)
    const max = this.options.maxBuffered ?? 200_000
    if (buffer.length > max) {
      buffer.splice(0, buffer.length - max)
      this.logger.warn({ session_id: event.session_id }, 'dashboard link buffer full; oldest events dropped (the jsonl log keeps them)')
    }
    this.buffers.set(event.session_id, buffer)
    this.lastSeq.set(event.session_id, event.seq)
    if (TERMINAL_EVENT_TYPES.has(event.type)) this.ended.add(event.session_id)
    if (this.connected && !this.awaitingSync.has(event.session_id)) this.send({ type: 'event', event })
  }

  async close(): Promise<void> {
    this.closed = true
    if (this.timer) clearTimeout(this.timer)
    const ws = this.ws
    if (!ws || ws.readyState === WebSocket.CLOSED) return
    await new Promise<void>((resolve) => {
      ws.once('close', () => resolve())
      ws.close()
      setTimeout(() => { ws.terminate(); resolve() }, 1000).unref()
    })
  }

  private send(frame: OrchestratorToDashboard): void {
    this.ws?.send(JSON.stringify(frame))
  }

  private async connect(): Promise<void> {
    if (this.closed) return
    let token: string
    try {
      token = await this.options.token()
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'dashboard link: no token yet')
      return this.retry()
    }
    const ws = new WebSocket(this.options.url, { headers: { authorization: `Bearer ${token}` }, handshakeTimeout: 5_000 })
    this.ws = ws
    ws.on('open', () => this.opened())
    ws.on('message', (data) => void this.received(String(data)))
    ws.on('error', (error) => this.failed(error))
    ws.on('close', () => {
      if (this.ws === ws) this.ws = null
      this.retry()
    })
  }

  /**
   * A failed attempt also ends in 'close', which retries with backoff. Its reason is logged once
   * per distinct reason, so a refused token (401/403 on the upgrade) is said, not retried silently.
   */
  private failed(error: Error): void {
    if (error.message === this.lastFailure) return
    this.lastFailure = error.message
    this.logger.warn({ err: error.message, url: this.options.url }, 'dashboard link: connection failed; retrying with backoff')
  }

  private retry(): void {
    if (this.closed || this.timer) return
    this.timer = setTimeout(() => {
      this.timer = null
      void this.connect()
    }, this.backoff)
    this.backoff = Math.min(this.backoff * 2, this.options.maxBackoffMs ?? 10_000)
  }

  private opened(): void {
    this.backoff = this.options.initialBackoffMs ?? 250
    this.lastFailure = null
    this.logger.info({ url: this.options.url }, 'dashboard link connected')
    const sessions = [...this.lastSeq.keys()].map((id) => ({ session_id: id, status: this.options.statusOf(id) ?? 'running', last_seq: this.lastSeq.get(id) ?? 0 }))
    this.awaitingSync.clear()
    for (const s of sessions) this.awaitingSync.add(s.session_id)
    this.send({ type: 'hello', instance: this.options.instance, sessions })
    const ws = this.ws
    setTimeout(() => {
      if (this.ws !== ws) return
      for (const id of [...this.awaitingSync]) this.synced(id, 0)
    }, this.options.syncTimeoutMs ?? 3_000).unref()
  }

  /** The dashboard has everything up to `seq`: drop it, and send the rest if this session was waiting. */
  private synced(sessionId: string, seq: number): void {
    if (!this.buffers.has(sessionId)) return
    const buffer = (this.buffers.get(sessionId) ?? []).filter((e) => e.seq > seq)
    this.buffers.set(sessionId, buffer)
    if (this.awaitingSync.delete(sessionId)) for (const event of buffer) this.send({ type: 'event', event })
    if (buffer.length === 0 && this.ended.has(sessionId)) {
      this.buffers.delete(sessionId)
      this.lastSeq.delete(sessionId)
      this.ended.delete(sessionId)
    }
  }

  private async received(text: string): Promise<void> {
    let frame: DashboardToOrchestrator
    try {
      frame = DashboardToOrchestrator.parse(JSON.parse(text))
    } catch {
      this.logger.warn({ frame: text.slice(0, 200) }, 'dashboard link: unreadable frame ignored')
      return
    }
    if (frame.type === 'stored') return this.synced(frame.session_id, frame.seq)
    if (frame.type === 'sync') {
      if (this.options.onSync?.(frame.session_id, frame.after_seq)) return
      this.logger.warn({ session_id: frame.session_id }, 'the dashboard asked for a session this orchestrator has no record of')
      return this.send({ type: 'session_unknown', session_id: frame.session_id })
    }
    const ack = await this.options.onCommand(frame.command)
    if (this.connected) this.send({ type: 'ack', command_id: frame.command_id, ack })
  }
}
