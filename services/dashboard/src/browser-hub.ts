import { BrowserToDashboard, type DashboardToBrowser, type PublicSessionEvent } from '@heist/shared'
import type { FastifyBaseLogger } from 'fastify'
import type { WebSocket } from 'ws'
import type { EventStore } from './event-store.js'

/** A browser that falls this far behind is dropped; it reconnects and resubscribes from its last seq. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024
const MAX_SUBSCRIPTIONS = 20
/** Every frame is JSON text, also when handed to `ws` as an already encoded Buffer. */
const TEXT = { binary: false } as const

interface Client { socket: WebSocket; sessions: Set<string> }

/**
 * Browsers on `WS /ws`: each subscribes to sessions with the last seq it has; it gets the
 * stored history after that seq, a `synced` marker, then live events. A live frame is serialised
 * and encoded once per broadcast, not once per browser, and no browser costs a database read.
 */
export function createBrowserHub(store: EventStore, log: FastifyBaseLogger, orchestratorConnected: () => boolean) {
  const clients = new Set<Client>()

  /** `data` is a whole JSON frame; a Buffer is sent as is (still a text frame), so one encoding serves every browser. */
  function sendRaw(client: Client, data: string | Buffer, history = false): void {
    if (client.socket.readyState !== client.socket.OPEN) return
    // A history is written in one go and may be large on its own; only live traffic counts as lag.
    if (!history && client.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      log.warn('dropping a browser that is too far behind')
      client.socket.terminate()
      return
    }
    client.socket.send(data, TEXT)
  }

  const send = (client: Client, frame: DashboardToBrowser) => sendRaw(client, JSON.stringify(frame))

  function subscribe(client: Client, sessionId: string, afterSeq: number): void {
    if (!client.sessions.has(sessionId) && client.sessions.size >= MAX_SUBSCRIPTIONS) {
      send(client, { type: 'error', code: 'WS_TOO_MANY_SUBSCRIPTIONS', message: `at most ${MAX_SUBSCRIPTIONS} sessions per connection` })
      return
    }
    // Storage is synchronous, so no event can slip in between the history read and the subscription.
    const history = store.history(sessionId, afterSeq)
    for (const event of history) sendRaw(client, JSON.stringify({ type: 'event', event } satisfies DashboardToBrowser), true)
    client.sessions.add(sessionId)
    const session = store.get(sessionId)
    send(client, { type: 'synced', session_id: sessionId, last_seq: session?.last_seq ?? afterSeq })
  }

  function onMessage(client: Client, raw: unknown): void {
    let json: unknown
    try {
      json = JSON.parse(String(raw))
    } catch {
      send(client, { type: 'error', code: 'WS_INVALID_JSON', message: 'frames are JSON objects' })
      return
    }
    const frame = BrowserToDashboard.safeParse(json)
    if (!frame.success) {
      send(client, { type: 'error', code: 'WS_INVALID_FRAME', message: frame.error.issues.map((i) => `${i.path.join('.') || 'frame'}: ${i.message}`).join('; ') })
      return
    }
    if (frame.data.type === 'subscribe') subscribe(client, frame.data.session_id, frame.data.after_seq)
    else client.sessions.delete(frame.data.session_id)
  }

  return {
    accept(socket: WebSocket): void {
      const client: Client = { socket, sessions: new Set() }
      clients.add(client)
      socket.on('message', (data) => onMessage(client, data))
      socket.on('close', () => clients.delete(client))
      socket.on('error', () => clients.delete(client))
      send(client, { type: 'welcome', orchestrator_connected: orchestratorConnected() })
    },

    /** A newly stored public event, to the browsers watching its session. */
    publishEvent(event: PublicSessionEvent): void {
      // Serialised and UTF-8 encoded once; every watching browser gets the same Buffer.
      let data: Buffer | null = null
      for (const client of clients) {
        if (!client.sessions.has(event.session_id)) continue
        data ??= Buffer.from(JSON.stringify({ type: 'event', event } satisfies DashboardToBrowser))
        sendRaw(client, data)
      }
    },

    /** A frame for every browser, or only those watching `sessionId`. */
    broadcast(frame: DashboardToBrowser, sessionId?: string): void {
      const data = Buffer.from(JSON.stringify(frame))
      for (const client of clients) if (sessionId === undefined || client.sessions.has(sessionId)) sendRaw(client, data)
    },

    size: () => clients.size,

    closeAll(): void {
      for (const client of clients) client.socket.close(1001, 'server shutting down')
    },
  }
}
export type BrowserHub = ReturnType<typeof createBrowserHub>
