import { randomUUID } from 'node:crypto'
import type { Server } from '@modelcontextprotocol/sdk/server/index.js'
import { JsonResponseTransport } from './mcp-transport.js'

/** How many MCP sessions a server keeps, and for how long. */
export interface McpSessionLimits {
  /** Sessions open at once on one server; past it a new session is refused (503) until some end. */
  maxSessions: number
  /** Sessions one client may hold; one more ends that client's least recently used idle session. */
  maxPerClient: number
  /** A session unused this long ends; its client's next request gets 404 and initializes again. */
  idleMs: number
}

/**
 * The fleet's clients are a configured registry (an orchestrator holds one session per agent and
 * tool service), so a client with more than a few sessions is one that reconnects without ending
 * its old ones: its oldest go first. An idle session costs one SDK `Server`.
 */
export const MCP_SESSION_LIMITS: McpSessionLimits = { maxSessions: 512, maxPerClient: 8, idleMs: 10 * 60_000 }

/** A session: one server and one transport for its life, bound to the client that opened it. */
export interface McpSession {
  readonly clientId: string
  /** The tool set the session's server holds (the opener's scopes); a token with other scopes must open its own. */
  readonly toolKey: string
  readonly server: Server
  readonly transport: JsonResponseTransport
  readonly id: string
  lastUsed: number
  /** JSON-RPC ids of the requests under way: the transport routes answers by id, so two at once would cross. */
  readonly inFlight: Set<unknown>
  ending: boolean
}

/** No ids: what `finished` is given for a request that never joined `inFlight`. */
const NONE: unknown[] = []

/** A request run on a session (`McpSessions.use`), or refused because one of its ids is under way there. */
export type SessionUse<T> = { ok: true; value: T } | { ok: false }

export type OpenedSession = { ok: true; session: McpSession } | { ok: false; status: 429 | 503; message: string }

/**
 * The MCP sessions of one server (Streamable HTTP §2.5): opened by `initialize`, named by a
 * random `Mcp-Session-Id`, reused by every later request of that client, ended by
 * DELETE, by idleness or by the client's own newer sessions. A session is found only for the
 * client (and tool set) that opened it: any other caller gets the same "not found" as for an id
 * that never existed, so a stolen or guessed id is worth nothing without its owner's token. A
 * session is never closed under a request (the transport would leave that request unanswered):
 * ending waits for its requests.
 */
export class McpSessions {
  /** Least recently used first: `touch` moves a session to the end. */
  private readonly sessions = new Map<string, McpSession>()
  /** The session last put at the end of `sessions`, if it is still there. */
  private newest: McpSession | undefined
  private readonly sweeper: NodeJS.Timeout

  constructor(private readonly limits: McpSessionLimits = MCP_SESSION_LIMITS, private readonly now: () => number = Date.now) {
    this.sweeper = setInterval(() => this.sweep(), Math.min(limits.idleMs, 60_000))
    this.sweeper.unref()
  }

  get size(): number {
    return this.sessions.size
  }

  /** The session `id` names, if it is live and belongs to this client and tool set. */
  find(id: string, clientId: string, toolKey: string): McpSession | undefined {
    const session = this.sessions.get(id)
    if (session === undefined) return undefined
    if (this.expired(session)) {
      this.end(session)
      return undefined
    }
    return session.clientId === clientId && session.toolKey === toolKey ? session : undefined
  }

  /**
   * Run one request on a session; `{ ok: false }` when one of its JSON-RPC ids is already under way
   * in the session (the transport would send one answer to the other request and leave the first
   * hanging). At once when `run` answers at once, else a promise with one step after `run`'s.
   * The ids join `inFlight` only when `run` answers later: a request answered at once is never
   * under way while another POST runs (no set entry made and dropped per call).
   */
  use<T>(session: McpSession, ids: unknown[], run: () => T | Promise<T>): SessionUse<T> | Promise<SessionUse<T>> {
    if (ids.some((id) => session.inFlight.has(id))) return { ok: false }
    this.touch(session)
    // No named closure per request (a `const done = () => …` was one): under tsx (benches, tests) esbuild's keepNames
    // gives each such closure its name with an Object.defineProperty call, ~4 000 instructions per session call.
    let running: T | Promise<T>
    try {
      running = run()
    } catch (error) {
      this.finished(session, NONE)
      throw error
    }
    if (!(running instanceof Promise)) {
      this.finished(session, NONE)
      return { ok: true, value: running }
    }
    for (const id of ids) session.inFlight.add(id)
    return running.then(
      (value) => {
        this.finished(session, ids)
        return { ok: true as const, value }
      },
      (error: unknown) => {
        this.finished(session, ids)
        throw error
      },
    )
  }

  /** A request of `session` is answered or failed: its ids leave, its idle clock restarts, a pending end happens. */
  private finished(session: McpSession, ids: unknown[]): void {
    for (const id of ids) session.inFlight.delete(id)
    session.lastUsed = this.now()
    if (session.ending) this.end(session)
  }

  /**
   * A new session for `clientId` around `server`, connected to its own transport; it is
   * registered (`register`) once its `initialize` is answered. Room is made first: expired
   * sessions end, and a client at its limit loses its least recently used idle session.
   */
  async open(clientId: string, toolKey: string, server: Server): Promise<OpenedSession> {
    this.sweep()
    const own = [...this.sessions.values()].filter((s) => s.clientId === clientId)
    if (own.length >= this.limits.maxPerClient) {
      const idle = own.find((s) => s.inFlight.size === 0)
      if (idle === undefined) return { ok: false, status: 429, message: `this client already has ${own.length} MCP sessions with requests under way` }
      this.end(idle)
    }
    if (this.sessions.size >= this.limits.maxSessions) return { ok: false, status: 503, message: 'this MCP server holds as many sessions as it may; try again later' }
    const id = randomUUID()
    const transport = new JsonResponseTransport(id)
    const session: McpSession = { clientId, toolKey, server, transport, id, lastUsed: this.now(), inFlight: new Set(), ending: false }
    // Set before connect: the server chains its own close handler after this one.
    transport.onclose = () => {
      if (this.sessions.get(session.id) === session) this.sessions.delete(session.id)
    }
    await server.connect(transport)
    return { ok: true, session }
  }

  /** Make an opened session findable by its id (its `initialize` was answered). */
  register(session: McpSession): void {
    if (session.ending) return
    this.sessions.set(session.id, session)
    this.newest = session
  }

  /** End a session now if it is idle, else as soon as its last request is answered. */
  end(session: McpSession): void {
    session.ending = true
    if (this.sessions.get(session.id) === session) this.sessions.delete(session.id)
    if (session.inFlight.size === 0) void session.server.close()
  }

  /** End every session (the app is closing). */
  async closeAll(): Promise<void> {
    clearInterval(this.sweeper)
    const all = [...this.sessions.values()]
    this.sessions.clear()
    await Promise.allSettled(all.map((session) => session.server.close()))
  }

  private expired(session: McpSession): boolean {
    return session.inFlight.size === 0 && this.now() - session.lastUsed > this.limits.idleMs
  }

  private touch(session: McpSession): void {
    // Already the most recently used (a client's calls in a row): nothing to move.
    if (this.newest === session || this.sessions.get(session.id) !== session) return
    this.sessions.delete(session.id)
    this.sessions.set(session.id, session)
    this.newest = session
  }

  private sweep(): void {
    for (const session of this.sessions.values()) if (this.expired(session)) this.end(session)
  }
}
