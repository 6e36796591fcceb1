import { createHash } from 'node:crypto'
import type { MemoryContext, SessionEvent } from '@heist/shared'
import { estimateTokens } from './prompt.js'
import type { TeamConfig } from './types.js'

/** An order the operator gave that the agent has not yet acted on. */
export interface PendingOrder {
  id: string
  agent: string
  text: string
  /** Set when `order_delivered` was already emitted for the turn being replayed. */
  deliveredTurn?: number
}

/**
 * Where a session stands after its last completed turn, read back from its event log: enough
 * to go on exactly as an uninterrupted run would (same turn numbers, message ids, memory and
 * pending orders).
 */
export interface ResumePoint {
  lastSeq: number
  /** Turns finished (a message, or an empty reply that was skipped); the next is this + 1. */
  completedTurns: number
  /** The highest round whose `round_started` was already emitted. */
  roundStarted: number
  paused: boolean
  /** Paused because the model was down (it goes on by itself once the model answers). */
  pausedForModel: boolean
  /** The newest messages, for playing on while the memory service is down. */
  history: MemoryContext['recent']
  lastSpeaker: string | null
  summaryCovers: number
  orderCount: number
  pendingOrders: PendingOrder[]
  /** The last message, appended to memory again (idempotent) in case the crash came first. */
  lastMessage: { message_id: string; agent: string; round: number; content: string } | null
}

/**
 * Digest of what shapes a session's transcript (the team, the session rules, the model
 * settings, memory budgets, the mole's instructions): a session resumes only under the config
 * it started with. Service limits and detection weights are left out on purpose.
 */
export function configDigest(team: TeamConfig): string {
  const { session, model, memory, mole } = team.heist
  return createHash('sha256').update(JSON.stringify({ agents: team.agents, session, model, memory, mole })).digest('hex').slice(0, 16)
}

/** Which turns are done: a message, or a skipped empty reply after that turn started. */
function completedTurns(events: readonly SessionEvent[]): number {
  let started = 0
  let done = 0
  for (const event of events) {
    if (event.type === 'turn_started') started = event.turn
    else if (event.type === 'message') done = Math.max(done, event.turn)
    else if (event.type === 'session_error' && event.code === 'MODEL_EMPTY_REPLY') done = Math.max(done, started)
  }
  return done
}

/** The resume point of a session from its (checked, contiguous) events. */
export function resumePointFrom(events: readonly SessionEvent[]): ResumePoint {
  const completed = completedTurns(events)
  const point: ResumePoint = {
    lastSeq: events.at(-1)?.seq ?? 0, completedTurns: completed, roundStarted: 0, paused: false, pausedForModel: false, history: [], lastSpeaker: null,
    summaryCovers: 0, orderCount: 0, pendingOrders: [], lastMessage: null,
  }
  const orders = new Map<string, PendingOrder>()
  for (const event of events) {
    switch (event.type) {
      case 'round_started': point.roundStarted = Math.max(point.roundStarted, event.round); break
      case 'session_paused': point.paused = true; point.pausedForModel = event.reason === 'model_unavailable'; break
      case 'session_resumed': point.paused = false; point.pausedForModel = false; break
      case 'memory_compressed': point.summaryCovers = Math.max(point.summaryCovers, event.covers_through); break
      case 'order_received':
        point.orderCount++
        orders.set(event.order_id, { id: event.order_id, agent: event.agent, text: event.text })
        break
      case 'order_delivered': {
        const order = orders.get(event.order_id)
        // Delivered in a turn that finished: done. In the turn being replayed: delivered again.
        if (order && event.turn <= completed) orders.delete(event.order_id)
        else if (order) order.deliveredTurn = event.turn
        break
      }
      case 'message':
        if (event.turn > completed) break
        point.lastMessage = { message_id: event.message_id, agent: event.agent, round: event.round, content: event.content }
        point.history.push({ ...point.lastMessage, tokens: estimateTokens(event.content) })
        point.lastSpeaker = event.agent
        break
      default:
    }
  }
  point.history = point.history.slice(-100)
  point.pendingOrders = [...orders.values()]
  return point
}
