import { setMaxListeners } from 'node:events'
import { HeistError, type SessionStatus } from '@heist/shared'
import type { SessionEmitter } from './emitter.js'
import { sessionConflict } from './errors.js'
import type { PendingOrder } from './resume.js'

/**
 * The operator's side of one session: its status, pause and resume at turn boundaries, stop,
 * shutdown, and the orders queued for each agent's next turn. The run loop asks it at every
 * turn boundary whether to go on; every model and tool call listens on its one abort signal.
 */
export class SessionControl {
  private readonly abort = new AbortController()
  private state: SessionStatus = 'running'
  private suspended = false
  private wake: (() => void) | null = null
  private orderCount = 0
  private readonly orders = new Map<string, PendingOrder[]>()
  /** Pauses for the model so far, and the one the session is in (0: none, or an operator holds it). */
  private modelPauses = 0
  private modelPause = 0

  constructor(private readonly id: string, private readonly agents: readonly string[], private readonly emitter: SessionEmitter) {
    setMaxListeners(100, this.abort.signal)
  }

  /** Aborted by stop and by shutdown. */
  get signal(): AbortSignal {
    return this.abort.signal
  }

  get status(): SessionStatus {
    return this.state
  }

  /** Take back the control state of a resumed session (its pause, its orders not yet acted on). */
  restore(point: { paused: boolean; pausedForModel: boolean; orderCount: number; pendingOrders: readonly PendingOrder[] }): void {
    this.state = point.paused ? 'paused' : 'running'
    if (point.paused && point.pausedForModel) this.modelPause = ++this.modelPauses
    this.orderCount = point.orderCount
    for (const order of point.pendingOrders) this.queue(order)
  }

  /** Waits while paused; false once the session is stopped or suspended. */
  async turnBoundary(): Promise<boolean> {
    while (this.state === 'paused' && !this.suspended) await new Promise<void>((resolve) => { this.wake = resolve })
    return this.state === 'running' && !this.suspended
  }

  /** The orders for an agent's turn, removed from the queue. */
  takeOrders(agent: string): PendingOrder[] {
    const orders = this.orders.get(agent) ?? []
    this.orders.delete(agent)
    return orders
  }

  /** The run loop ended the session by itself. */
  end(status: 'completed' | 'failed'): void {
    this.state = status
  }

  /** The model is down: pause until it answers again or someone resumes (the turn is then played again). Returns the pause's id. */
  pauseForModel(message: string): number {
    this.state = 'paused'
    this.modelPause = ++this.modelPauses
    this.emitter.emit({ type: 'session_paused', reason: 'model_unavailable', message })
    return this.modelPause
  }

  /** The pause for the model the session is in now (0: none). */
  get pausedForModel(): number {
    return this.state === 'paused' ? this.modelPause : 0
  }

  /** The model answers again: go on, if the session is still in that same pause. */
  resumeForModel(pause: number, message: string): void {
    if (this.pausedForModel === 0 || this.modelPause !== pause) return
    this.modelPause = 0
    this.state = 'running'
    this.emitter.emit({ type: 'session_resumed', reason: 'model_available', message })
    this.wake?.()
  }

  /**
   * Pause at the next turn boundary: the running turn finishes first. A session waiting for the
   * model is taken over: it then stays paused when the model is back, until someone resumes it.
   */
  pause(): SessionStatus {
    if (this.pausedForModel !== 0) {
      this.modelPause = 0
      this.emitter.emit({ type: 'session_paused', reason: 'operator', message: 'paused by the operator; it stays paused when the model is back' })
      return this.state
    }
    if (this.state !== 'running') throw sessionConflict(`session ${this.id} is ${this.state}, not running`)
    this.state = 'paused'
    this.emitter.emit({ type: 'session_paused', reason: 'operator', message: 'paused by the operator; the current turn finishes first' })
    return this.state
  }

  resume(): SessionStatus {
    if (this.state !== 'paused') throw sessionConflict(`session ${this.id} is ${this.state}, not paused`)
    this.modelPause = 0
    this.state = 'running'
    this.emitter.emit({ type: 'session_resumed' })
    this.wake?.()
    return this.state
  }

  /** End the session now: the running turn is aborted and nothing follows `session_stopped`. */
  stop(reason = 'operator'): SessionStatus {
    if (this.state !== 'running' && this.state !== 'paused') throw sessionConflict(`session ${this.id} is already ${this.state}`)
    this.state = 'stopped'
    this.emitter.emit({ type: 'session_stopped', reason })
    this.abort.abort()
    this.wake?.()
    return this.state
  }

  /**
   * Shutdown: abort the running turn and end the loop without ending the session, so that the
   * next orchestrator resumes it from the event log (the aborted turn is played again there).
   */
  suspend(): void {
    if (this.suspended || (this.state !== 'running' && this.state !== 'paused')) return
    this.emitter.emit({ type: 'session_error', code: 'ORCHESTRATOR_SHUTDOWN', message: 'the orchestrator is stopping; the session goes on from its last completed turn when it is back' })
    this.emitter.close()
    this.suspended = true
    this.abort.abort()
    this.wake?.()
  }

  /** Queue an order for an agent's next turn; `order_received` is emitted at once. */
  order(agent: string, text: string): { order_id: string } {
    if (this.state !== 'running' && this.state !== 'paused') throw sessionConflict(`session ${this.id} is ${this.state}; it takes no orders`)
    if (!this.agents.includes(agent)) throw new HeistError('SESSION_UNKNOWN_AGENT', `no agent "${agent}" in this session (${this.agents.join(', ')})`, 400)
    const order: PendingOrder = { id: `${this.id}-o${++this.orderCount}`, agent, text }
    this.queue(order)
    this.emitter.emit({ type: 'order_received', order_id: order.id, agent, text })
    return { order_id: order.id }
  }

  private queue(order: PendingOrder): void {
    this.orders.set(order.agent, [...(this.orders.get(order.agent) ?? []), order])
  }
}
