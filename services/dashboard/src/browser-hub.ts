import { BrowserToDashboard, type DashboardToBrowser, type PublicSessionEvent } from '@heist/shared'
import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { WebSocket } from 'ws'
import type { EventStore } from './event-store.js'
import { createReplayer, type ReplayClient } from './replay.js'

/** A browser that falls this far behind is dropped; it reconnects and resubscribes from its last seq. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024
const MAX_SUBSCRIPTIONS = 20
/** Subscribes (replays) a socket may start at once, and how many more it earns per second. */
const CHANGE_BURST = 6
const CHANGES_PER_S = 1
/** Frames of any kind per second before a socket is closed as abusive (policy violation). */
const MAX_FRAMES_PER_S = 50
/** Every frame is JSON text, also when handed to `ws` as an already encoded Buffer. */
const TEXT = { binary: false } as const

interface Client extends ReplayClient {
  /** Sessions whose live events this browser gets (its replay is done). */
  sessions: Set<string>
  /** The `ref` of each session's latest subscribe, echoed in its `synced`. */
  refs: Map<string, number>
  tokens: number
  refilledAt: number
  /**
   * The latest subscribe the rate limit held back, run when a token is back. Only the latest: a page
   * watches what was chosen last, and one held subscribe per socket is all the hub keeps.
   */
  held: { sessionId: string; afterSeq: number; ref: number | undefined; timer: NodeJS.Timeout } | null
  frames: { second: number; count: number }
}

/**
 * Browsers on `WS /ws`: each subscribes to sessions with the last seq it has; it gets the
 * stored history after that seq, a `synced` marker, then live events. The public socket must
 * not let a few small frames make the dashboard do and send much more (docs/security.md): a
 * replay happens once per subscription change (a repeated subscribe only gets `synced`), subscribes
 * are rate-limited per socket (the latest one over the limit waits for its token), and history goes
 * out page by page as the browser reads it.
 */
export function createBrowserHub(store: EventStore, log: FastifyBaseLogger, now: () => number = Date.now) {
  const clients = new Set<Client>()
  // Told by the orchestrator link (`orchestratorChanged`), so the hub needs no handle on the link.
  let orchestratorConnected = false

  /** `data` is a whole JSON frame; a Buffer is sent as is (still a text frame), so one encoding serves every browser. */
  function sendRaw(client: Client, data: string | Buffer, history = false): void {
    if (client.socket.readyState !== client.socket.OPEN) return
    // History is paced by the replayer; only live traffic counts as lag.
    if (!history && client.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      log.warn('dropping a browser that is too far behind')
      client.socket.terminate()
      return
    }
    client.socket.send(data, TEXT)
  }

  const send = (client: Client, frame: DashboardToBrowser) => sendRaw(client, JSON.stringify(frame))
  const synced = (client: Client, sessionId: string, afterSeq: number) => {
    const ref = client.refs.get(sessionId)
    send(client, { type: 'synced', session_id: sessionId, last_seq: store.get(sessionId)?.last_seq ?? afterSeq, ...(ref === undefined ? {} : { ref }) })
  }

  const replayer = createReplayer(store, {
    send: (client, body) => sendRaw(client as Client, `{"type":"event","event":${body}}`, true),
    done: (client, sessionId, afterSeq) => {
      const c = client as Client
      // Same tick as the last page read: no event can fall between the history and the live feed.
      c.sessions.add(sessionId)
      synced(c, sessionId, afterSeq)
    },
    stalled: (client) => {
      log.warn('dropping a browser that stopped reading its history')
      client.socket.terminate()
    },
  })

  /** A token bucket per socket: true when this subscription change may go ahead. */
  function allowChange(client: Client): boolean {
    const t = now()
    client.tokens = Math.min(CHANGE_BURST, client.tokens + ((t - client.refilledAt) / 1000) * CHANGES_PER_S)
    client.refilledAt = t
    if (client.tokens < 1) return false
    client.tokens -= 1
    return true
  }

  function subscribe(client: Client, sessionId: string, afterSeq: number, ref: number | undefined): void {
    const keepRef = () => (ref === undefined ? client.refs.delete(sessionId) : client.refs.set(sessionId, ref))
    // Already live or replaying: not a change, so no second replay. While replaying, the replay's own
    // `synced` ends the history and carries this ref; one now would end it before its events.
    if (client.sessions.has(sessionId) || client.replaying.has(sessionId)) {
      keepRef()
      if (client.sessions.has(sessionId)) synced(client, sessionId, afterSeq)
      return
    }
    if (client.sessions.size + client.replaying.size >= MAX_SUBSCRIPTIONS) {
      return send(client, { type: 'error', code: 'WS_TOO_MANY_SUBSCRIPTIONS', message: `at most ${MAX_SUBSCRIPTIONS} sessions per connection` })
    }
    if (!allowChange(client)) return hold(client, sessionId, afterSeq, ref)
    keepRef()
    replayer.start(client, sessionId, afterSeq)
  }

  /**
   * A subscribe over the limit waits for its token instead of being dropped (a user choosing sessions
   * quickly must end up seeing the last one). A later subscribe replaces it: that one is answered
   * WS_RATE_LIMITED, as it will never run. Waiting costs a timer, and a replay still needs a token.
   */
  function hold(client: Client, sessionId: string, afterSeq: number, ref: number | undefined): void {
    const earlier = client.held
    if (earlier) {
      clearTimeout(earlier.timer)
      if (earlier.sessionId !== sessionId) rateLimited(client, earlier.sessionId)
    }
    const waitMs = Math.ceil(((1 - client.tokens) / CHANGES_PER_S) * 1000)
    const timer = setTimeout(() => {
      client.held = null
      subscribe(client, sessionId, afterSeq, ref)
    }, Math.max(waitMs, 1))
    client.held = { sessionId, afterSeq, ref, timer }
  }

  function dropHeld(client: Client): void {
    if (client.held) clearTimeout(client.held.timer)
    client.held = null
  }

  /** Free: it stops work (a replay, live events) and starts none, so it is not charged against the limit. */
  function unsubscribe(client: Client, sessionId: string): void {
    if (client.held?.sessionId === sessionId) dropHeld(client)
    if (!client.sessions.has(sessionId) && !client.replaying.has(sessionId)) return
    client.sessions.delete(sessionId)
    client.refs.delete(sessionId)
    replayer.cancel(client, sessionId)
  }

  function rateLimited(client: Client, sessionId: string): void {
    send(client, { type: 'error', code: 'WS_RATE_LIMITED', message: `at most ${CHANGES_PER_S} subscription change per second (bursts of ${CHANGE_BURST}); the subscribe to ${sessionId} was replaced by a later one before its turn and ignored` })
  }

  /** False (and the socket closed) once a browser sends more frames per second than any page would. */
  function withinFrameLimit(client: Client): boolean {
    const second = Math.floor(now() / 1000)
    if (client.frames.second !== second) client.frames = { second, count: 0 }
    if (++client.frames.count <= MAX_FRAMES_PER_S) return true
    client.socket.close(1008, 'too many frames')
    return false
  }

  function onMessage(client: Client, raw: unknown): void {
    if (!withinFrameLimit(client)) return
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
    if (frame.data.type === 'subscribe') subscribe(client, frame.data.session_id, frame.data.after_seq, frame.data.ref)
    else unsubscribe(client, frame.data.session_id)
  }

  function forget(client: Client): void {
    clients.delete(client)
    dropHeld(client)
    replayer.cancelAll(client)
  }

  return {
    accept(socket: WebSocket): void {
      const client: Client = { socket, sessions: new Set(), refs: new Map(), replaying: new Map(), tokens: CHANGE_BURST, refilledAt: now(), held: null, frames: { second: 0, count: 0 } }
      clients.add(client)
      socket.on('message', (data) => onMessage(client, data))
      socket.on('close', () => forget(client))
      // A browser's socket error (a reset, a malformed frame) ends only that browser's connection,
      // which ws closes after it; there is nothing to report but its leaving.
      socket.on('error', () => forget(client))
      send(client, { type: 'welcome', orchestrator_connected: orchestratorConnected })
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

    /** The orchestrator connected or left: every browser is told, and each new one in its welcome. */
    orchestratorChanged(connected: boolean): void {
      orchestratorConnected = connected
      const data = Buffer.from(JSON.stringify({ type: 'orchestrator', connected } satisfies DashboardToBrowser))
      for (const client of clients) sendRaw(client, data)
    },

    size: () => clients.size,

    closeAll(): void {
      for (const client of clients) client.socket.close(1001, 'server shutting down')
    },
  }
}
export type BrowserHub = ReturnType<typeof createBrowserHub>

declare module 'fastify' {
  interface FastifyInstance {
    /** Browsers on `WS /ws` (decorated by {@link browserHubPlugin}). */
    browserHub: BrowserHub
  }
}

/** The browser hub over the event store, as `app.browserHub`; its sockets are closed before the app. */
export const browserHubPlugin = fp(async (app: FastifyInstance) => {
  const hub = createBrowserHub(app.eventStore, app.log)
  app.decorate('browserHub', hub)
  app.addHook('preClose', async () => hub.closeAll())
}, { name: 'dashboard-browser-hub', fastify: '5.x', dependencies: ['dashboard-event-store', '@fastify/websocket'] })
