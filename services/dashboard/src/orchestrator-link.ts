import { randomUUID } from 'node:crypto'
import {
  HeistError, OrchestratorToDashboard, type Command, type CommandAck, type DashboardToOrchestrator, type SessionEvent,
} from '@heist/shared'
import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { WebSocket } from 'ws'
import { createCommandOutcomes, type CommandOutcomes, type LateCommand } from './command-outcomes.js'
import type { Db } from './db.js'
import { createIngest, type LinkHandlers } from './ingest.js'

/** A command's reply: the orchestrator's answer, or its id when none came in time (the caller answers 202). */
export type CommandReply = { ack: CommandAck } | { pending: string }
interface Pending {
  command: Command
  resolve: (outcome: CommandReply) => void
  reject: (error: Error) => void
  timer: NodeJS.Timeout
  /** Answered `pending` already: a later answer is only logged. */
  late: boolean
}

/** How long an answer that comes after the caller was told `pending` is still waited for, to log it. */
const LATE_ANSWER_MS = 10 * 60_000

/** The session a command names (a start may name none). */
export function sessionOf(command: Command): string | undefined {
  return command.action === 'start' ? command.options.session_id : command.session_id
}

/** How often the link's owner is pinged; a socket that has not answered the previous ping is dropped. */
export const LINK_HEARTBEAT_MS = 10_000

/**
 * The orchestrator's socket: events up (stored, then acknowledged with `stored`), commands down
 * (each answered by an `ack` or failed after a timeout). One owner at a time: while a link is
 * live, another connection, even with a valid orchestrator token, is refused (close 4409) and
 * can neither receive the operator's commands nor claim a session. A link that dies without a
 * close (a frozen process) is found by the heartbeat and dropped, so a restarted orchestrator
 * gets the link back within two heartbeats; on loopback a crash closes the socket at once.
 */
export function createOrchestratorLink(handlers: LinkHandlers, log: FastifyBaseLogger, options: {
  commandTimeoutMs: number
  /** Where what became of each command answered `pending` is kept (the dashboard's database). */
  late: CommandOutcomes
  heartbeatMs?: number
}) {
  const { commandTimeoutMs, late, heartbeatMs = LINK_HEARTBEAT_MS } = options
  let owner: WebSocket | null = null
  let heartbeat: NodeJS.Timeout | undefined
  const pending = new Map<string, Pending & { socket: WebSocket }>()
  /**
   * Record what became of a command answered `pending`. Never throws: it runs in timers and socket
   * handlers, where a database error (a full disk, an I/O error) would end the dashboard. Not kept, the
   * outcome reads 404 later; the command itself was already forwarded and answered.
   */
  const settle = (id: string, command: Command, outcome: Pick<LateCommand, 'state' | 'ack' | 'reason'>) => {
    const sessionId = outcome.ack?.session_id ?? sessionOf(command)
    try {
      late.set({ command_id: id, action: command.action, ...(sessionId ? { session_id: sessionId } : {}), ...outcome })
    } catch (error) {
      log.error({ err: error, command_id: id, state: outcome.state }, 'could not keep what became of a command answered 202 (pending)')
    }
  }
  const live = () => owner !== null && owner.readyState === owner.OPEN

  const send = (socket: WebSocket, frame: DashboardToOrchestrator) => socket.send(JSON.stringify(frame))

  function failPending(error: HeistError, socket?: WebSocket): void {
    for (const [id, p] of pending) {
      if (socket && p.socket !== socket) continue
      clearTimeout(p.timer)
      if (p.late) {
        log.warn({ command_id: id, command: p.command, reason: error.message }, 'a command answered 202 (pending) will get no answer: the link closed first')
        settle(id, p.command, { state: 'unanswered', reason: error.message })
      } else p.reject(error)
      pending.delete(id)
    }
  }

  // Events that arrive together are stored in one transaction, then acknowledged once per session.
  const queues = new Map<WebSocket, SessionEvent[]>()
  function enqueue(socket: WebSocket, event: SessionEvent): void {
    const queue = queues.get(socket)
    if (queue) return void queue.push(event)
    queues.set(socket, [event])
    setImmediate(() => {
      const batch = queues.get(socket) ?? []
      queues.delete(socket)
      try {
        for (const [sessionId, seq] of handlers.onEvents(batch)) {
          if (socket.readyState === socket.OPEN) send(socket, { type: 'stored', session_id: sessionId, seq })
        }
      } catch (error) {
        // Nothing is acknowledged, so the orchestrator keeps these events and sends them again.
        log.error({ err: error }, 'failed to store orchestrator events')
      }
    })
  }

  function onFrame(socket: WebSocket, raw: unknown): void {
    let json: unknown
    try {
      json = JSON.parse(String(raw))
    } catch {
      log.warn('orchestrator sent a frame that is not JSON')
      return
    }
    const parsed = OrchestratorToDashboard.safeParse(json)
    if (!parsed.success) {
      log.warn({ issues: parsed.error.issues.slice(0, 3) }, 'orchestrator sent a frame that does not match the contract')
      return
    }
    const frame = parsed.data
    if (frame.type === 'event') {
      enqueue(socket, frame.event)
    } else if (frame.type === 'hello') {
      log.info({ instance: frame.instance, sessions: frame.sessions.length }, 'orchestrator said hello')
      const { stored, unnamed } = handlers.onHello(frame.sessions)
      for (const s of stored) send(socket, { type: 'stored', session_id: s.session_id, seq: s.seq })
      // Reconcile: a session the orchestrator does not run may have ended unseen; its log has the end.
      for (const s of unnamed) send(socket, { type: 'sync', session_id: s.session_id, after_seq: s.seq })
    } else if (frame.type === 'session_unknown') {
      handlers.onUnknown(frame.session_id)
    } else {
      const p = pending.get(frame.command_id)
      if (!p) return
      clearTimeout(p.timer)
      pending.delete(frame.command_id)
      if (!p.late) return p.resolve({ ack: frame.ack })
      // The caller was told 202; `GET /api/commands/:id` and the session's status show the outcome, and the log says it.
      settle(frame.command_id, p.command, { state: 'answered', ack: frame.ack })
      const details = { command_id: frame.command_id, command: p.command, ack: frame.ack }
      if (frame.ack.ok) log.info(details, 'the orchestrator answered a pending command late: done')
      else log.warn(details, `the orchestrator answered a pending command late: refused (${frame.ack.error?.code ?? 'no code'})`)
    }
  }

  return {
    /** Whether an orchestrator holds the link: a new connection is refused before its upgrade. */
    connected: live,

    accept(socket: WebSocket): void {
      // Two upgrades can pass the route's check together; the second is refused here.
      if (live()) {
        log.warn('a second orchestrator connection was refused: the link has a live owner')
        socket.close(4409, 'another orchestrator holds the link')
        return
      }
      owner = socket
      let answered = true
      socket.on('pong', () => { answered = true })
      heartbeat = setInterval(() => {
        if (!answered) {
          log.warn('the orchestrator missed a heartbeat; dropping its link')
          socket.terminate()
          return
        }
        answered = false
        socket.ping()
      }, heartbeatMs)
      heartbeat.unref()
      handlers.onConnectionChange(true)
      socket.on('message', (data) => {
        try {
          onFrame(socket, data)
        } catch (error) {
          log.error({ err: error }, 'failed to handle an orchestrator frame')
        }
      })
      socket.on('close', () => {
        if (owner !== socket) return
        owner = null
        clearInterval(heartbeat)
        failPending(new HeistError('ORCHESTRATOR_NOT_CONNECTED', 'the orchestrator disconnected before answering', 503), socket)
        handlers.onConnectionChange(false)
      })
    },

    /**
     * Forward a command and wait for the orchestrator's acknowledgement, at most `commandTimeoutMs`:
     * then the outcome is `pending`, not a failure (a loaded orchestrator answers late, having done
     * it), and the late answer is still awaited and logged.
     */
    command(command: Command): Promise<CommandReply> {
      const socket = owner
      if (!socket || !live()) {
        return Promise.reject(new HeistError('ORCHESTRATOR_NOT_CONNECTED', 'the orchestrator is not connected to the dashboard', 503))
      }
      const commandId = randomUUID()
      return new Promise<CommandReply>((resolve, reject) => {
        const entry: Pending & { socket: WebSocket } = { command, resolve, reject, socket, late: false, timer: setTimeout(() => {
          entry.late = true
          settle(commandId, command, { state: 'pending' })
          resolve({ pending: commandId })
          entry.timer = setTimeout(() => {
            pending.delete(commandId)
            settle(commandId, command, { state: 'unanswered', reason: `no answer within ${LATE_ANSWER_MS / 60_000} min` })
            log.warn({ command_id: commandId, command }, `a command answered 202 (pending) got no answer within ${LATE_ANSWER_MS / 60_000} min`)
          }, LATE_ANSWER_MS)
          entry.timer.unref()
        }, commandTimeoutMs) }
        pending.set(commandId, entry)
        send(socket, { type: 'command', command_id: commandId, command })
      })
    },

    /** What became of a command answered `pending`, while it is remembered; undefined for any other id. */
    lateCommand: (id: string): LateCommand | undefined => late.get(id),

    close(): void {
      failPending(new HeistError('ORCHESTRATOR_NOT_CONNECTED', 'the dashboard is shutting down', 503))
      clearInterval(heartbeat)
      owner?.close(1001, 'dashboard shutting down')
    },
  }
}
export type OrchestratorLink = ReturnType<typeof createOrchestratorLink>

declare module 'fastify' {
  interface FastifyInstance {
    /** Orchestrator sockets on `WS /ws/orchestrator` (decorated by {@link orchestratorLinkPlugin}). */
    orchestratorLink: OrchestratorLink
  }
}

/** The orchestrator link, ingesting into the event store and the browser hub, as `app.orchestratorLink`. */
export const orchestratorLinkPlugin = fp(async (app: FastifyInstance, options: { commandTimeoutMs: number; db: Db }) => {
  if (!(options.commandTimeoutMs > 0)) throw new Error('orchestratorLinkPlugin needs a positive commandTimeoutMs')
  if (!options.db) throw new Error('orchestratorLinkPlugin needs the dashboard database')
  const late = createCommandOutcomes(options.db)
  const link = createOrchestratorLink(createIngest(app.eventStore, app.browserHub, app.log), app.log, { commandTimeoutMs: options.commandTimeoutMs, late })
  app.decorate('orchestratorLink', link)
  app.addHook('preClose', async () => link.close())
}, { name: 'dashboard-orchestrator-link', fastify: '5.x', dependencies: ['dashboard-event-store', 'dashboard-browser-hub'] })
