import {
  HeistError, isHeistError, TERMINAL_EVENT_TYPES, type Command, type CommandAck, type PublicSessionEvent, type RetryPolicy, type SessionEvent, type SessionStatus, type StartOptions,
} from '@heist/shared'
import type { EventLog } from './adapters/event-log.js'
import { HeistSession, type ChatModel, type Clock, type MemoryBackend, type PublicSessionState, type ResumePoint, type TeamConfig, type ToolRunner } from './engine/index.js'
import { admit, type Admission } from './session-admission.js'
import { recoverSessions, resendLogged, type Recovery } from './session-recovery.js'
import { isEnded, loggedEvents, publicEvents, sealedGame, snapshotFrom, statusFrom } from './session-record.js'
import { isActive, SessionRegistry, type Listener } from './session-registry.js'
import { teamProfiles } from './team-profiles.js'

export interface SessionManagerDeps {
  configDir: string
  /** The team loaded at start (with the default profile applied). */
  team: TeamConfig
  defaultProfile?: string
  /** Agents whose client secrets are configured. */
  agentsWithSecrets: ReadonlySet<string>
  /** A session's model; `warn` logs for that session (once per refused request field). */
  makeModel: (team: TeamConfig, warn?: (details: object, message: string) => void) => ChatModel
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
  /** How a session the model's absence paused probes for it (default `MODEL_PROBE`). */
  modelProbe?: RetryPolicy
  clock?: Clock
  randomSeed?: () => number
  /** The model's seed for a turn of a game (`SessionDeps.modelSeed`). */
  modelSeed?: (gameSeed: number, turn: number) => number
  /** What names a game to the model (`SessionDeps.modelGame`). */
  modelGame?: (gameSeed: number) => string
  /** Overrides `orchestrator.max_running_sessions` of heist.yaml. */
  maxRunning?: number
  /** The last session in memory has left it: nothing runs (the moment to give memory back). */
  onIdle?: () => void
}

/**
 * The sessions of this orchestrator and the one place operator commands go through, from the
 * HTTP API and from the dashboard socket alike. Only running and paused sessions are held in
 * memory (`SessionRegistry`); an ended one is read back from its event log, and a restart
 * resumes the others (`recoverSessions`).
 */
export class SessionManager {
  private readonly registry: SessionRegistry
  private readonly admission: Admission
  private readonly recovery: Recovery
  private debug: ((details: object, message: string) => void) | undefined
  private warn: ((details: object, message: string) => void) | undefined

  constructor(private readonly deps: SessionManagerDeps) {
    this.registry = new SessionRegistry({ publish: deps.publish, ...(deps.onIdle ? { onIdle: deps.onIdle } : {}) })
    const teamFor = teamProfiles(deps.configDir, deps.team, deps.defaultProfile)
    const { max_running_sessions: limit, retry_after_s: retryAfterS } = deps.team.heist.orchestrator
    this.admission = {
      used: (id) => this.registry.has(id) || deps.log.exists(id), running: () => this.registry.running,
      limit: deps.maxRunning ?? limit, retryAfterS, agentsWithSecrets: deps.agentsWithSecrets, teamFor,
      ...(deps.defaultProfile ? { defaultProfile: deps.defaultProfile } : {}),
    }
    this.recovery = {
      log: deps.log, ...(deps.relay ? { relay: deps.relay } : {}), held: (id) => this.registry.has(id), teamFor, makeModel: deps.makeModel,
      launch: (...args) => this.launch(...args), record: (id, event) => this.registry.record(id, event), ...(deps.clock ? { clock: deps.clock } : {}),
    }
  }

  /** Log every prompt at debug level through this logger (prompts never go to info), and failures at error. */
  useLogger(logger: { debug(details: object, message: string): void; warn(details: object, message: string): void; error(details: object, message: string): void }): void {
    this.debug = (details, message) => logger.debug(details, message)
    this.warn = (details, message) => logger.warn(details, message)
    this.registry.logError = (details, message) => logger.error(details, message)
  }

  start(input: unknown): { session_id: string } {
    const { id, team, options, profile } = admit(input, this.admission)
    this.launch(id, team, options, profile)
    return { session_id: id }
  }

  private launch(id: string, team: TeamConfig, options: StartOptions, profile: string | undefined, resume?: { point: ResumePoint; events: PublicSessionEvent[] }): void {
    const session = new HeistSession({ sessionId: id, team, options, ...(profile ? { profile } : {}), ...(resume ? { resume: resume.point } : {}) }, {
      model: this.deps.makeModel(team, (details, message) => this.warn?.({ session_id: id, ...details }, message)), tools: typeof this.deps.tools === 'function' ? this.deps.tools(team) : this.deps.tools, memory: typeof this.deps.memory === 'function' ? this.deps.memory(team) : this.deps.memory, clock: this.deps.clock, randomSeed: this.deps.randomSeed, modelSeed: this.deps.modelSeed, modelGame: this.deps.modelGame,
      turnDelayMs: this.deps.turnDelayMs, ...(this.deps.modelProbe ? { modelProbe: this.deps.modelProbe } : {}), sink: (event) => this.registry.record(id, event), debug: this.debug,
      warn: (details, message) => this.warn?.({ session_id: id, ...details }, message),
    })
    this.registry.run(id, session, resume?.events ?? [])
  }

  /** Whether no session is held in memory (none running, paused or unpublished). */
  get idle(): boolean {
    return this.registry.idle
  }

  /** After a restart: resume every session the log shows unfinished, or end it as failed with the reason. */
  recover(): { resumed: string[]; failed: { session_id: string; problem: string }[] } {
    return recoverSessions(this.recovery)
  }

  /** Hand the dashboard link a logged session's events after `afterSeq` again; false when there is no readable record. */
  resend(id: string, afterSeq: number): boolean {
    return resendLogged(this.recovery, id, afterSeq)
  }

  /** Running and paused sessions (ended ones are on the dashboard and in the log). */
  list(): PublicSessionState[] {
    return this.registry.list()
  }

  get(id: string): PublicSessionState {
    const entry = this.registry.get(id)
    if (entry) return entry.session.snapshot()
    const snapshot = snapshotFrom(loggedEvents(this.deps.log, id))
    if (!snapshot) throw new HeistError('SESSION_LOG_DAMAGED', `the event log of "${id}" has no session_started`, 409)
    return snapshot
  }

  /** The status of a session in memory or on disk (undefined when unknown). */
  status(id: string): SessionStatus | undefined {
    const entry = this.registry.get(id)
    if (entry) return entry.session.status
    const last = this.deps.log.last(id)
    return last ? statusFrom([last]) : undefined
  }

  pause(id: string) {
    return { session_id: id, status: this.registry.entry(id).session.pause() }
  }

  resume(id: string) {
    return { session_id: id, status: this.registry.entry(id).session.resume() }
  }

  stop(id: string) {
    return { session_id: id, status: this.registry.entry(id).session.stop('operator') }
  }

  order(id: string, agent: string, text: string) {
    return { session_id: id, ...this.registry.entry(id).session.order(agent, text) }
  }

  /** The game's secret, once the session has ended. */
  reveal(id: string) {
    const entry = this.registry.get(id)
    if (entry && isActive(entry.session.status)) throw new HeistError('SESSION_NOT_ENDED', `session "${id}" is ${entry.session.status}; the mole is revealed once it ends`, 409)
    if (entry) return { mole: entry.session.game.mole, strategy: entry.session.game.strategy, seed: entry.session.game.seed }
    const events = loggedEvents(this.deps.log, id)
    const sealed = sealedGame(events)
    if (!isEnded(events)) throw new HeistError('SESSION_NOT_ENDED', `session "${id}" has not ended; the mole is revealed once it ends`, 409)
    if (!sealed) throw new HeistError('SESSION_LOG_DAMAGED', `the event log of "${id}" has no game_sealed`, 409)
    return { mole: sealed.mole, strategy: sealed.strategy, seed: sealed.seed }
  }

  /** Public events after `after`, then every new one until a terminal event; returns an unsubscribe. */
  subscribe(id: string, after: number, listener: Listener): { unsubscribe: () => void; ended: boolean } {
    const entry = this.registry.get(id)
    const events = entry ? entry.events : publicEvents(loggedEvents(this.deps.log, id))
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

  /** Shutdown: suspend every session, end every event stream, and wait for the loops to return. */
  async closeAll(): Promise<void> {
    await this.registry.closeAll()
  }

  /** Wait for a session's loop to end (tests, CLI-less runs); at once when it has ended. */
  async settled(id: string): Promise<void> {
    await this.registry.settled(id)
  }
}
