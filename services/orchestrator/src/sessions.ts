import { randomBytes } from 'node:crypto'
import {
  ConfigError, HeistError, isHeistError, notFound, PublicSessionEvent, StartOptions, TERMINAL_EVENT_TYPES,
  type Command, type CommandAck, type SessionEvent,
} from '@heist/shared'
import { HeistSession, loadTeamConfig, type ChatModel, type Clock, type MemoryStore, type PublicSessionState, type TeamConfig, type ToolRunner } from './engine/index.js'

export interface SessionManagerDeps {
  configDir: string
  /** The team loaded at start (with the default profile applied). */
  team: TeamConfig
  defaultProfile?: string
  /** Agents whose client secrets are configured. */
  agentsWithSecrets: ReadonlySet<string>
  makeModel: (team: TeamConfig) => ChatModel
  tools: ToolRunner
  memory: MemoryStore
  /** Every event of every session (sealed ones included): the audit log and the dashboard link. */
  publish: (event: SessionEvent) => void
  turnDelayMs?: number
  clock?: Clock
  randomSeed?: () => number
  maxRunning?: number
  /** Sessions kept in memory (ended ones beyond it are forgotten, oldest first). */
  maxKept?: number
}

type Listener = (event: PublicSessionEvent) => void

interface Entry {
  session: HeistSession
  events: PublicSessionEvent[]
  listeners: Set<Listener>
  done: Promise<unknown>
}

/**
 * All sessions of this orchestrator and the one place operator commands go through, from
 * the HTTP API and from the dashboard socket alike.
 */
export class SessionManager {
  private readonly sessions = new Map<string, Entry>()
  private debug: ((details: object, message: string) => void) | undefined
  private logError: (details: object, message: string) => void = () => undefined
  /** Sessions whose events could not be published; logged once each, not once per event. */
  private readonly publishFailed = new Set<string>()

  constructor(private readonly deps: SessionManagerDeps) {}

  /** Log every prompt at debug level through this logger (prompts never go to info), and failures at error. */
  useLogger(logger: { debug(details: object, message: string): void; error(details: object, message: string): void }): void {
    this.debug = (details, message) => logger.debug(details, message)
    this.logError = (details, message) => logger.error(details, message)
  }

  start(input: unknown): { session_id: string } {
    const options = StartOptions.parse(input)
    const id = options.session_id ?? `h-${randomBytes(6).toString('hex')}`
    if (this.sessions.has(id)) throw new HeistError('SESSION_EXISTS', `a session "${id}" already exists`, 409)
    const running = [...this.sessions.values()].filter((e) => e.session.status === 'running' || e.session.status === 'paused').length
    if (running >= (this.deps.maxRunning ?? 20)) throw new HeistError('SESSION_LIMIT', `${running} sessions are running; stop one first`, 429)
    const profile = options.profile ?? this.deps.defaultProfile
    const team = this.teamFor(options.profile)
    const missing = team.heist.session.turn_order.filter((a) => !this.deps.agentsWithSecrets.has(a))
    if (missing.length > 0) throw new HeistError('SESSION_AGENT_NO_SECRET', `no client secret for ${missing.join(', ')} (set ${missing.map((a) => `HEIST_SECRET_${a.toUpperCase()}`).join(', ')})`, 400)
    const session = new HeistSession({ sessionId: id, team, options, ...(profile ? { profile } : {}) }, {
      model: this.deps.makeModel(team), tools: this.deps.tools, memory: this.deps.memory, clock: this.deps.clock, randomSeed: this.deps.randomSeed,
      turnDelayMs: this.deps.turnDelayMs, sink: (event) => this.record(id, event), debug: this.debug,
    })
    const entry: Entry = { session, events: [], listeners: new Set(), done: Promise.resolve() }
    this.sessions.set(id, entry)
    this.forgetOldest()
    entry.done = session.run().catch((error: unknown) => this.logError({ err: error, session_id: id }, 'session loop failed'))
    return { session_id: id }
  }

  /** Keep the last `maxKept` sessions' events in memory; older ended ones live on in the jsonl log. */
  private forgetOldest(): void {
    const ended = [...this.sessions].filter(([, e]) => e.session.status !== 'running' && e.session.status !== 'paused')
    const excess = this.sessions.size - (this.deps.maxKept ?? 200)
    for (const [id] of ended.slice(0, Math.max(0, excess))) this.sessions.delete(id)
  }

  private teamFor(profile: string | undefined): TeamConfig {
    if (profile === undefined || profile === this.deps.defaultProfile) return this.deps.team
    try {
      return loadTeamConfig(this.deps.configDir, profile)
    } catch (error) {
      if (error instanceof ConfigError) throw new HeistError('SESSION_BAD_PROFILE', error.message, 400, error.problems)
      throw error
    }
  }

  private record(id: string, event: SessionEvent): void {
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
    for (const listener of entry.listeners) listener(visible.data)
  }

  private entry(id: string): Entry {
    const entry = this.sessions.get(id)
    if (!entry) throw notFound('SESSION_NOT_FOUND', `no session "${id}"`)
    return entry
  }

  list(): PublicSessionState[] {
    return [...this.sessions.values()].map((e) => e.session.snapshot())
  }

  get(id: string): PublicSessionState {
    return this.entry(id).session.snapshot()
  }

  has(id: string): boolean {
    return this.sessions.has(id)
  }

  pause(id: string) {
    return { session_id: id, status: this.entry(id).session.pause() }
  }

  resume(id: string) {
    return { session_id: id, status: this.entry(id).session.resume() }
  }

  stop(id: string) {
    return { session_id: id, status: this.entry(id).session.stop('operator') }
  }

  order(id: string, agent: string, text: string) {
    return { session_id: id, ...this.entry(id).session.order(agent, text) }
  }

  /** The game's secret, once the session has ended. */
  reveal(id: string) {
    const { session } = this.entry(id)
    if (session.status === 'running' || session.status === 'paused') throw new HeistError('SESSION_NOT_ENDED', `session "${id}" is ${session.status}; the mole is revealed once it ends`, 409)
    const { mole, strategy, seed } = session.game
    return { mole, strategy, seed }
  }

  /** Public events after `after`, then every new one until a terminal event; returns an unsubscribe. */
  subscribe(id: string, after: number, listener: Listener): { unsubscribe: () => void; ended: boolean } {
    const entry = this.entry(id)
    const backlog = entry.events.filter((e) => e.seq > after)
    for (const event of backlog) listener(event)
    const ended = entry.events.some((e) => TERMINAL_EVENT_TYPES.has(e.type))
    if (!ended) entry.listeners.add(listener)
    return { unsubscribe: () => entry.listeners.delete(listener), ended }
  }

  /** A command from the dashboard socket, answered as a `CommandAck` (never throws). */
  async execute(command: Command): Promise<CommandAck> {
    try {
      switch (command.action) {
        case 'start': {
          const { session_id } = this.start(command.options)
          return { ok: true, session_id, result: { status: 'running' } }
        }
        case 'pause': return { ok: true, session_id: command.session_id, result: this.pause(command.session_id) }
        case 'resume': return { ok: true, session_id: command.session_id, result: this.resume(command.session_id) }
        case 'stop': return { ok: true, session_id: command.session_id, result: this.stop(command.session_id) }
        case 'order': return { ok: true, session_id: command.session_id, result: this.order(command.session_id, command.agent, command.text) }
      }
    } catch (error) {
      const code = isHeistError(error) ? error.code : 'COMMAND_FAILED'
      const message = error instanceof Error ? error.message : 'command failed'
      return { ok: false, ...('session_id' in command ? { session_id: command.session_id } : {}), error: { code, message } }
    }
  }

  /** Stop every running session (shutdown) and wait for their loops to end. */
  async closeAll(): Promise<void> {
    for (const entry of this.sessions.values()) {
      if (entry.session.status === 'running' || entry.session.status === 'paused') entry.session.stop('shutdown')
    }
    await Promise.allSettled([...this.sessions.values()].map((e) => e.done))
  }

  /** Wait for a session's loop to end (tests, CLI-less runs). */
  async settled(id: string): Promise<void> {
    await this.entry(id).done
  }
}
