import { randomBytes } from 'node:crypto'
import { isAbsolute, relative } from 'node:path'
import {
  ConfigError, HeistError, isHeistError, notFound, PublicSessionEvent, secretEnvName, StartOptions, TERMINAL_EVENT_TYPES,
  type Command, type CommandAck, type SessionEvent, type SessionStatus,
} from '@heist/shared'
import type { EventLog } from './adapters/event-log.js'
import {
  HeistSession, loadTeamConfig, resumePointFrom, type ChatModel, type Clock, type MemoryBackend, type PublicSessionState, type ResumePoint, type TeamConfig, type ToolRunner,
} from './engine/index.js'
import { isEnded, resumeOptions, sealedGame, snapshotFrom, statusFrom } from './session-record.js'

export interface SessionManagerDeps {
  configDir: string
  /** The team loaded at start (with the default profile applied). */
  team: TeamConfig
  defaultProfile?: string
  /** Agents whose client secrets are configured. */
  agentsWithSecrets: ReadonlySet<string>
  makeModel: (team: TeamConfig) => ChatModel
  /** The tool runner, or one chosen per session from its team config (`tools.transport`). */
  tools: ToolRunner | ((team: TeamConfig) => ToolRunner)
  /** The memory store, or one per session built from its team config (the memory service is sent the session's `memory:` settings). */
  memory: MemoryBackend | ((team: TeamConfig) => MemoryBackend)
  /** Every event of every session (sealed ones included): the audit log and the dashboard link. */
  publish: (event: SessionEvent) => void
  /** The durable record: ended sessions are read back from it, running ones resumed from it. */
  log: Pick<EventLog, 'exists' | 'ids' | 'read' | 'last'>
  /** Events already in the log, handed to the dashboard link again after a restart. */
  relay?: (event: SessionEvent) => void
  turnDelayMs?: number
  clock?: Clock
  randomSeed?: () => number
  /** Overrides `orchestrator.max_running_sessions` of heist.yaml. */
  maxRunning?: number
  /** The last session in memory has left it: nothing runs (the moment to give memory back). */
  onIdle?: () => void
}

/** Someone following a session's public events (an SSE stream). */
export interface Listener {
  event(event: PublicSessionEvent): void
  /** The stream ends without a terminal event (the orchestrator is shutting down). */
  end(): void
}

interface Entry {
  session: HeistSession
  events: PublicSessionEvent[]
  listeners: Set<Listener>
  done: Promise<unknown>
}

const isActive = (status: SessionStatus) => status === 'running' || status === 'paused'

/**
 * The sessions of this orchestrator and the one place operator commands go through, from the
 * HTTP API and from the dashboard socket alike. Only running and paused sessions are held in
 * memory; an ended one is read back from its event log, and a restart resumes the others.
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
    const id = options.session_id ?? this.freshId()
    if (this.sessions.has(id) || this.deps.log.exists(id)) throw new HeistError('SESSION_EXISTS', `a session "${id}" already exists; session ids are never reused`, 409)
    const { max_running_sessions: limit, retry_after_s: retryAfter } = this.deps.team.heist.orchestrator
    const running = [...this.sessions.values()].filter((e) => isActive(e.session.status)).length
    if (running >= (this.deps.maxRunning ?? limit)) {
      throw new HeistError('SESSION_LIMIT', `${running} sessions are running (orchestrator.max_running_sessions in config/heist.yaml); stop one or retry later`, 429, undefined, { 'retry-after': String(retryAfter) })
    }
    const profile = options.profile ?? this.deps.defaultProfile
    const team = this.teamFor(options.profile)
    const missing = team.heist.session.turn_order.filter((a) => !this.deps.agentsWithSecrets.has(a))
    if (missing.length > 0) throw new HeistError('SESSION_AGENT_NO_SECRET', `no client secret for ${missing.join(', ')} (set ${missing.map(secretEnvName).join(', ')})`, 400)
    this.launch(id, team, options, profile)
    return { session_id: id }
  }

  private launch(id: string, team: TeamConfig, options: StartOptions, profile: string | undefined, resume?: { point: ResumePoint; events: PublicSessionEvent[] }): void {
    const session = new HeistSession({ sessionId: id, team, options, ...(profile ? { profile } : {}), ...(resume ? { resume: resume.point } : {}) }, {
      model: this.deps.makeModel(team), tools: typeof this.deps.tools === 'function' ? this.deps.tools(team) : this.deps.tools, memory: typeof this.deps.memory === 'function' ? this.deps.memory(team) : this.deps.memory, clock: this.deps.clock, randomSeed: this.deps.randomSeed,
      turnDelayMs: this.deps.turnDelayMs, sink: (event) => this.record(id, event), debug: this.debug,
    })
    const entry: Entry = { session, events: resume?.events ?? [], listeners: new Set(), done: Promise.resolve() }
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

  /** Whether no session is held in memory (none running, paused or unpublished). */
  get idle(): boolean {
    return this.sessions.size === 0
  }

  /**
   * After a restart: every session whose log has no terminal event goes on from its last
   * completed turn, or, when it cannot (damaged log, changed config), ends as failed with the
   * reason. Returns what was done, for the start-up log.
   */
  recover(): { resumed: string[]; failed: { session_id: string; problem: string }[] } {
    const resumed: string[] = []
    const failed: { session_id: string; problem: string }[] = []
    for (const id of this.deps.log.ids()) {
      const last = this.deps.log.last(id)
      if (this.sessions.has(id) || (last && TERMINAL_EVENT_TYPES.has(last.type))) continue
      const problem = this.resumeLogged(id)
      if (problem) failed.push({ session_id: id, problem })
      else resumed.push(id)
    }
    return { resumed, failed }
  }

  /** Resume one logged session; returns why it could not be, after ending it as failed. */
  private resumeLogged(id: string): string | null {
    const read = this.deps.log.read(id)
    const events = read.ok ? read.events : []
    for (const event of events) this.deps.relay?.(event)
    let problem = read.ok ? null : read.problem
    if (read.ok) {
      const profile = events[0]?.type === 'session_started' ? events[0].profile : undefined
      try {
        const team = this.teamFor(profile)
        const plan = resumeOptions(events, team, this.deps.makeModel(team).name)
        if (!plan.ok) problem = plan.problem
        else {
          const publicEvents = events.flatMap((e) => { const p = PublicSessionEvent.safeParse(e); return p.success ? [p.data] : [] })
          this.launch(id, team, plan.options, plan.profile, { point: resumePointFrom(events), events: publicEvents })
        }
      } catch (error) {
        problem = `its profile cannot be loaded (${error instanceof Error ? error.message : String(error)})`
      }
    }
    if (problem) this.fail(id, (events.at(-1)?.seq ?? this.deps.log.last(id)?.seq ?? 0), problem)
    return problem
  }

  /** End a session that cannot go on: `session_error` with the reason, then `session_stopped` (error). */
  private fail(id: string, lastSeq: number, problem: string): void {
    const ts = new Date((this.deps.clock ?? Date).now()).toISOString()
    this.record(id, { type: 'session_error', session_id: id, seq: lastSeq + 1, ts, code: 'SESSION_UNRESUMABLE', message: `the session cannot be resumed after the restart: ${problem}` })
    this.record(id, { type: 'session_stopped', session_id: id, seq: lastSeq + 2, ts, reason: 'error' })
  }

  /**
   * Hand the dashboard link a logged session's events after `afterSeq` again (the dashboard lacks
   * the end of a session that ended while it was unreachable). False when there is no readable
   * record of the session; a session running here needs nothing: its events flow already.
   */
  resend(id: string, afterSeq: number): boolean {
    if (this.sessions.has(id)) return true
    if (!this.deps.log.exists(id)) return false
    const read = this.deps.log.read(id)
    if (!read.ok) return false
    for (const event of read.events) if (event.seq > afterSeq) this.deps.relay?.(event)
    return true
  }

  /** A random id no stored session has (48 random bits: a clash is rare, but checked all the same). */
  private freshId(): string {
    for (;;) {
      const id = `h-${randomBytes(6).toString('hex')}`
      if (!this.sessions.has(id) && !this.deps.log.exists(id)) return id
    }
  }

  private teamFor(profile: string | undefined): TeamConfig {
    if (profile === undefined || profile === this.deps.defaultProfile) return this.deps.team
    try {
      return loadTeamConfig(this.deps.configDir, profile)
    } catch (error) {
      if (error instanceof ConfigError) {
        // The operator learns which file is wrong, named within the config directory, never where the server keeps it.
        const problems = error.problems.map((p) => ({ ...p, source: isAbsolute(p.source) ? relative(this.deps.configDir, p.source) : p.source }))
        throw new HeistError('SESSION_BAD_PROFILE', new ConfigError(problems).message, 400, problems)
      }
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
    for (const listener of entry.listeners) listener.event(visible.data)
  }

  private entry(id: string): Entry {
    const entry = this.sessions.get(id)
    if (!entry) throw notFound('SESSION_NOT_FOUND', `no running session "${id}"`)
    return entry
  }

  /** A session's events from its log (ended sessions); 404 when there is none. */
  private logged(id: string): SessionEvent[] {
    const read = this.deps.log.exists(id) ? this.deps.log.read(id) : null
    if (!read) throw notFound('SESSION_NOT_FOUND', `no session "${id}"`)
    if (!read.ok) throw new HeistError('SESSION_LOG_DAMAGED', `the event log of "${id}" is damaged: ${read.problem}`, 409)
    return read.events
  }

  /** Running and paused sessions (ended ones are on the dashboard and in the log). */
  list(): PublicSessionState[] {
    return [...this.sessions.values()].map((e) => e.session.snapshot())
  }

  get(id: string): PublicSessionState {
    const entry = this.sessions.get(id)
    if (entry) return entry.session.snapshot()
    const snapshot = snapshotFrom(this.logged(id))
    if (!snapshot) throw new HeistError('SESSION_LOG_DAMAGED', `the event log of "${id}" has no session_started`, 409)
    return snapshot
  }

  /** The status of a session in memory or on disk (undefined when unknown). */
  status(id: string): SessionStatus | undefined {
    const entry = this.sessions.get(id)
    if (entry) return entry.session.status
    const last = this.deps.log.last(id)
    return last ? statusFrom([last]) : undefined
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
    const entry = this.sessions.get(id)
    if (entry && isActive(entry.session.status)) throw new HeistError('SESSION_NOT_ENDED', `session "${id}" is ${entry.session.status}; the mole is revealed once it ends`, 409)
    if (entry) return { mole: entry.session.game.mole, strategy: entry.session.game.strategy, seed: entry.session.game.seed }
    const events = this.logged(id)
    const sealed = sealedGame(events)
    if (!isEnded(events)) throw new HeistError('SESSION_NOT_ENDED', `session "${id}" has not ended; the mole is revealed once it ends`, 409)
    if (!sealed) throw new HeistError('SESSION_LOG_DAMAGED', `the event log of "${id}" has no game_sealed`, 409)
    return { mole: sealed.mole, strategy: sealed.strategy, seed: sealed.seed }
  }

  /** Public events after `after`, then every new one until a terminal event; returns an unsubscribe. */
  subscribe(id: string, after: number, listener: Listener): { unsubscribe: () => void; ended: boolean } {
    const entry = this.sessions.get(id)
    const events = entry ? entry.events : this.logged(id).flatMap((e) => { const p = PublicSessionEvent.safeParse(e); return p.success ? [p.data] : [] })
    for (const event of events) if (event.seq > after) listener.event(event)
    const ended = !entry || events.some((e) => TERMINAL_EVENT_TYPES.has(e.type))
    if (entry && !ended) entry.listeners.add(listener)
    return { unsubscribe: () => entry?.listeners.delete(listener), ended }
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

  /** Wait for a session's loop to end (tests, CLI-less runs); at once when it has ended. */
  async settled(id: string): Promise<void> {
    await this.sessions.get(id)?.done
  }
}
