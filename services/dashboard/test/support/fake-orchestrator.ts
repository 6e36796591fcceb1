import type { Command, CommandAck, SessionEvent } from '@heist/shared'
import { WebSocket } from 'ws'

/**
 * A minimal orchestrator client for tests and the benchmark: it connects to
 * `/ws/orchestrator`, sends events and waits for the dashboard's `stored` acknowledgements.
 */
export class FakeOrchestrator {
  readonly stored = new Map<string, number>()
  private waiters: { sessionId: string; seq: number; resolve: () => void }[] = []
  /** Answers the dashboard's commands; without one they go unanswered (the dashboard times out). */
  private answer: ((command: Command) => Promise<CommandAck>) | null = null

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { type: string; session_id?: string; seq?: number; command_id?: string; command?: Command }
      if (frame.type === 'command' && frame.command && frame.command_id && this.answer) {
        const commandId = frame.command_id
        void this.answer(frame.command).then((ack) => this.socket.send(JSON.stringify({ type: 'ack', command_id: commandId, ack })))
        return
      }
      if (frame.type !== 'stored' || !frame.session_id || frame.seq === undefined) return
      this.stored.set(frame.session_id, Math.max(this.stored.get(frame.session_id) ?? 0, frame.seq))
      this.waiters = this.waiters.filter((w) => {
        if (w.sessionId !== frame.session_id || (this.stored.get(w.sessionId) ?? 0) < w.seq) return true
        w.resolve()
        return false
      })
    })
  }

  static connect(wsUrl: string, token: string): Promise<FakeOrchestrator> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(wsUrl, { headers: { authorization: `Bearer ${token}` } })
      socket.once('open', () => {
        const fake = new FakeOrchestrator(socket)
        socket.send(JSON.stringify({ type: 'hello', instance: 'fake', sessions: [] }))
        resolve(fake)
      })
      socket.once('error', reject)
      socket.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: HTTP ${res.statusCode}`)))
    })
  }

  /** From now on, `answer` acknowledges each command (it may send the events a start makes first); null to stop. */
  answerCommands(answer: ((command: Command) => Promise<CommandAck>) | null): void {
    this.answer = answer
  }

  send(event: SessionEvent): void {
    this.socket.send(JSON.stringify({ type: 'event', event }))
  }

  /** Resolves once the dashboard has stored `sessionId` contiguously up to `seq`. */
  storedUpTo(sessionId: string, seq: number, timeoutMs = 10_000): Promise<void> {
    if ((this.stored.get(sessionId) ?? 0) >= seq) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`dashboard did not store ${sessionId} up to ${seq}`)), timeoutMs)
      this.waiters.push({ sessionId, seq, resolve: () => { clearTimeout(timer); resolve() } })
    })
  }

  async sendAll(events: SessionEvent[]): Promise<void> {
    for (const event of events) this.send(event)
    const last = events.at(-1)
    if (last) await this.storedUpTo(last.session_id, last.seq)
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.readyState === WebSocket.CLOSED) return resolve()
      this.socket.once('close', () => resolve())
      this.socket.close()
    })
  }
}

export { WebSocket, WebSocketServer } from 'ws'
