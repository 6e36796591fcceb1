import { randomUUID } from 'node:crypto'
import {
  HeistError, OrchestratorToDashboard, type Command, type CommandAck, type DashboardToOrchestrator, type SessionEvent,
} from '@heist/shared'
import type { FastifyBaseLogger, FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { WebSocket } from 'ws'
import { createIngest, type LinkHandlers } from './ingest.js'

interface Pending { resolve: (ack: CommandAck) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }

/**
 * Orchestrator sockets: events up (stored, then acknowledged with `stored`), commands down
 * (each answered by an `ack` or failed after a timeout). Several orchestrators may connect;
 * a session's commands go to the one that sends its events, a start to the newest.
 */
export function createOrchestratorLink(handlers: LinkHandlers, log: FastifyBaseLogger, commandTimeoutMs: number) {
  const sockets: WebSocket[] = []
  const owners = new Map<string, WebSocket>()
  const pending = new Map<string, Pending & { socket: WebSocket }>()

  const send = (socket: WebSocket, frame: DashboardToOrchestrator) => socket.send(JSON.stringify(frame))

  function failPending(error: HeistError, socket?: WebSocket): void {
    for (const [id, p] of pending) {
      if (socket && p.socket !== socket) continue
      clearTimeout(p.timer)
      p.reject(error)
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

  function target(command: Command): WebSocket | undefined {
    const owner = 'session_id' in command ? owners.get(command.session_id) : undefined
    return owner && sockets.includes(owner) ? owner : sockets.at(-1)
  }

  /** Another connected orchestrator sends this session's events (several may connect). */
  function ownedElsewhere(sessionId: string, socket: WebSocket): boolean {
    const owner = owners.get(sessionId)
    return owner !== undefined && owner !== socket && sockets.includes(owner)
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
      owners.set(frame.event.session_id, socket)
      enqueue(socket, frame.event)
    } else if (frame.type === 'hello') {
      log.info({ instance: frame.instance, sessions: frame.sessions.length }, 'orchestrator said hello')
      for (const s of frame.sessions) owners.set(s.session_id, socket)
      const { stored, unnamed } = handlers.onHello(frame.sessions)
      for (const s of stored) send(socket, { type: 'stored', session_id: s.session_id, seq: s.seq })
      // Reconcile: a session no orchestrator runs may have ended unseen; its log has the end.
      for (const s of unnamed) if (!ownedElsewhere(s.session_id, socket)) send(socket, { type: 'sync', session_id: s.session_id, after_seq: s.seq })
    } else if (frame.type === 'session_unknown') {
      if (!ownedElsewhere(frame.session_id, socket)) handlers.onUnknown(frame.session_id)
    } else {
      const p = pending.get(frame.command_id)
      if (!p) return
      clearTimeout(p.timer)
      pending.delete(frame.command_id)
      p.resolve(frame.ack)
    }
  }

  return {
    accept(socket: WebSocket): void {
      sockets.push(socket)
      if (sockets.length === 1) handlers.onConnectionChange(true)
      socket.on('message', (data) => {
        try {
          onFrame(socket, data)
        } catch (error) {
          log.error({ err: error }, 'failed to handle an orchestrator frame')
        }
      })
      socket.on('close', () => {
        const index = sockets.indexOf(socket)
        if (index === -1) return
        sockets.splice(index, 1)
        for (const [id, owner] of owners) if (owner === socket) owners.delete(id)
        failPending(new HeistError('ORCHESTRATOR_NOT_CONNECTED', 'the orchestrator disconnected before answering', 503), socket)
        if (sockets.length === 0) handlers.onConnectionChange(false)
      })
    },

    connected: () => sockets.length > 0,

    /** Forward a command and wait for the orchestrator's acknowledgement. */
    command(command: Command): Promise<CommandAck> {
      const socket = target(command)
      if (!socket || socket.readyState !== socket.OPEN) {
        return Promise.reject(new HeistError('ORCHESTRATOR_NOT_CONNECTED', 'the orchestrator is not connected to the dashboard', 503))
      }
      const commandId = randomUUID()
      return new Promise<CommandAck>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(commandId)
          reject(new HeistError('ORCHESTRATOR_TIMEOUT', `the orchestrator did not answer within ${commandTimeoutMs} ms`, 504))
        }, commandTimeoutMs)
        pending.set(commandId, { resolve, reject, timer, socket })
        send(socket, { type: 'command', command_id: commandId, command })
      })
    },

    close(): void {
      failPending(new HeistError('ORCHESTRATOR_NOT_CONNECTED', 'the dashboard is shutting down', 503))
      for (const socket of sockets) socket.close(1001, 'dashboard shutting down')
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
export const orchestratorLinkPlugin = fp(async (app: FastifyInstance, options: { commandTimeoutMs: number }) => {
  if (!(options.commandTimeoutMs > 0)) throw new Error('orchestratorLinkPlugin needs a positive commandTimeoutMs')
  const link = createOrchestratorLink(createIngest(app.eventStore, app.browserHub, app.log), app.log, options.commandTimeoutMs)
  app.decorate('orchestratorLink', link)
  app.addHook('preClose', async () => link.close())
}, { name: 'dashboard-orchestrator-link', fastify: '5.x', dependencies: ['dashboard-event-store', 'dashboard-browser-hub'] })
