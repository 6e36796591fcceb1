import { randomInt } from 'node:crypto'
import { setMaxListeners } from 'node:events'
import { HeistError, StartOptions, type AgentConfig, type SessionAgent, type SessionStatus } from '@heist/shared'
import { SessionEmitter } from './emitter.js'
import { isAbort, isModelUnavailable, sessionConflict, unlessAborted } from './errors.js'
import { drawGame } from './game.js'
import { buildMessages } from './prompt.js'
import { SessionMemory } from './session-memory.js'
import { configDigest, type PendingOrder, type ResumePoint } from './resume.js'
import { runTurn } from './turn.js'
import type { AgentTool, ChatModel, Clock, EventSink, Game, MemoryBackend, TeamConfig, ToolRunner } from './types.js'

export interface SessionDeps {
  model: ChatModel
  tools: ToolRunner
  memory: MemoryBackend
  /** Every stamped event, sealed ones included; route public ones with `PublicSessionEvent`. */
  sink: EventSink
  clock?: Clock
  /** A fresh seed when the options give none (it is recorded in `game_sealed`). */
  randomSeed?: () => number
  /** Pause between turns, for demos. */
  turnDelayMs?: number
  /** Debug-level log of every prompt (the mole's included: never wire this to info). */
  debug?: (details: object, message: string) => void
}

export interface SessionSetup {
  sessionId: string
  team: TeamConfig
  options: StartOptions
  profile?: string
  /** Go on from this point of the session's event log instead of starting it. */
  resume?: ResumePoint
}

/** What anyone may see of a session: never the mole, its strategy or the seed. */
export interface PublicSessionState {
  session_id: string
  status: SessionStatus
  rounds: number
  round: number
  turn: number
  turn_order: string[]
  agents: SessionAgent[]
  model: string
  profile: string | null
  last_seq: number
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    const onAbort = () => { clearTimeout(timer); resolve() }
    const timer = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve() }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  }),
}

/**
 * One heist session: the round/turn loop and its operator controls. Pause and resume act at
 * turn boundaries (the running turn finishes, no turn is lost); stop aborts the running turn
 * and ends the session; an order is delivered in the agent's next turn. A model that is down
 * pauses the session; resume retries the turn.
 */
export class HeistSession {
  readonly id: string
  readonly game: Game
  readonly rounds: number
  private readonly team: AgentConfig[]
  private readonly emitter: SessionEmitter
  private readonly clock: Clock
  private readonly abort = new AbortController()
  private state: SessionStatus = 'running'
  private round = 0
  private turn = 0
  private orderCount = 0
  private readonly orders = new Map<string, PendingOrder[]>()
  private wake: (() => void) | null = null
  private readonly memory: SessionMemory
  private lastSpeaker: string | null = null
  private roundStarted = 0
  private suspended = false

  constructor(private readonly setup: SessionSetup, private readonly deps: SessionDeps) {
    const options = StartOptions.parse(setup.options)
    const { agents, heist } = setup.team
    this.id = setup.sessionId
    this.clock = deps.clock ?? systemClock
    const order = [...new Set(heist.session.turn_order)]
    this.team = order.map((name) => {
      const agent = agents.find((a) => a.name === name)
      if (!agent) throw new HeistError('SESSION_UNKNOWN_AGENT', `turn_order names "${name}", who is not in agents.yaml`, 400)
      return agent
    })
    const seed = options.seed ?? (deps.randomSeed ?? (() => randomInt(0, 2 ** 31 - 1)))()
    this.game = drawGame({ seed, agents: order, mole: options.mole, strategy: options.strategy })
    this.rounds = options.rounds ?? heist.session.rounds
    this.emitter = new SessionEmitter(this.id, deps.sink, this.clock, setup.resume?.lastSeq ?? 0)
    // Every model and tool call of the session listens on this one signal.
    setMaxListeners(100, this.abort.signal)
    this.memory = new SessionMemory(this.id, heist.memory, deps.memory, (draft) => this.emitter.emit(draft), this.abort.signal)
    if (setup.resume) this.restore(setup.resume)
  }

  private restore(point: ResumePoint): void {
    this.turn = point.completedTurns
    this.round = Math.min(this.rounds, Math.floor(point.completedTurns / this.team.length) + 1)
    this.roundStarted = point.roundStarted
    this.state = point.paused ? 'paused' : 'running'
    this.memory.history = [...point.history]
    this.lastSpeaker = point.lastSpeaker
    this.memory.summaryCovers = point.summaryCovers
    this.orderCount = point.orderCount
    for (const order of point.pendingOrders) this.orders.set(order.agent, [...(this.orders.get(order.agent) ?? []), order])
  }

  get status(): SessionStatus {
    return this.state
  }

  get lastSeq(): number {
    return this.emitter.lastSeq
  }

  /** The public view of the session. */
  snapshot(): PublicSessionState {
    return {
      session_id: this.id, status: this.state, rounds: this.rounds, round: Math.min(this.round, this.rounds), turn: this.turn,
      turn_order: [...this.setup.team.heist.session.turn_order], agents: this.team.map(toSessionAgent),
      model: this.deps.model.name, profile: this.setup.profile ?? null, last_seq: this.emitter.lastSeq,
    }
  }

  /** Run the session to its end; resolves with the final status. */
  async run(): Promise<SessionStatus> {
    const order = this.setup.team.heist.session.turn_order
    if (this.setup.resume) await this.announceResume(this.setup.resume)
    else this.announceStart()
    try {
      // Turn numbers run across rounds, so a resumed session picks up at any turn.
      while (this.turn < this.rounds * order.length) {
        if (!(await this.turnBoundary())) return this.state
        const index = this.turn % order.length
        this.round = Math.floor(this.turn / order.length) + 1
        if (index === 0 && this.round > this.roundStarted) {
          this.roundStarted = this.round
          this.emitter.emit({ type: 'round_started', round: this.round })
        }
        await this.playTurn(order[index] as string)
        if (this.deps.turnDelayMs) await this.clock.sleep(this.deps.turnDelayMs, this.abort.signal)
      }
      if (!(await this.turnBoundary())) return this.state
      this.state = 'completed'
      this.emitter.emit({ type: 'session_completed', rounds: this.rounds })
    } catch (error) {
      if (!this.emitter.isClosed) {
        this.state = 'failed'
        this.emitter.emit({ type: 'session_error', code: 'INTERNAL', message: error instanceof Error ? error.message : 'session failed' })
        this.emitter.emit({ type: 'session_stopped', reason: 'error' })
      }
    }
    return this.state
  }

  private announceStart(): void {
    const { heist } = this.setup.team
    this.emitter.emit({
      type: 'session_started', rounds: this.rounds, turn_order: [...heist.session.turn_order], agents: this.team.map(toSessionAgent),
      model: this.deps.model.name, ...(this.setup.profile ? { profile: this.setup.profile } : {}),
    })
    this.emitter.emit({ type: 'game_sealed', mole: this.game.mole, strategy: this.game.strategy, seed: this.game.seed, config: configDigest(this.setup.team) })
  }

  /** Say where a resumed session goes on, and give memory the last message again (idempotent). */
  private async announceResume(point: ResumePoint): Promise<void> {
    const order = this.setup.team.heist.session.turn_order
    const next = point.completedTurns + 1
    const where = next > this.rounds * order.length ? 'at its end' : `at round ${Math.floor(point.completedTurns / order.length) + 1}, turn ${next} (${order[point.completedTurns % order.length]})`
    if (this.state === 'running') this.emitter.emit({ type: 'session_resumed', reason: 'restart', message: `the orchestrator restarted; the session goes on ${where}` })
    if (point.lastMessage) await this.memory.remember(point.lastMessage, false)
  }

  /** Waits while paused; false once the session is stopped. */
  private async turnBoundary(): Promise<boolean> {
    while (this.state === 'paused' && !this.suspended) await new Promise<void>((resolve) => { this.wake = resolve })
    return this.state === 'running' && !this.suspended
  }

  private async playTurn(name: string): Promise<void> {
    const agent = this.team.find((a) => a.name === name) as AgentConfig
    const turn = ++this.turn
    this.emitter.emit({ type: 'turn_started', round: this.round, turn, agent: name })
    const orders = this.orders.get(name) ?? []
    this.orders.delete(name)
    for (const order of orders) {
      if (order.deliveredTurn !== turn) this.emitter.emit({ type: 'order_delivered', order_id: order.id, agent: name, turn })
    }
    for (;;) {
      try {
        return await this.attemptTurn(agent, turn, orders.map((o) => o.text))
      } catch (error) {
        if (isAbort(error, this.abort.signal)) return
        if (!isModelUnavailable(error)) throw error
        this.emitter.emit({ type: 'session_error', code: error.code, message: error.message, agent: name })
        this.state = 'paused'
        this.emitter.emit({ type: 'session_paused', reason: 'model_unavailable', message: `${error.message} — resume to retry ${name}'s turn` })
        if (!(await this.turnBoundary())) return
        // The turn starts over: a page drops what it had streamed of it, so nothing shows twice.
        this.emitter.emit({ type: 'turn_started', round: this.round, turn, agent: name })
      }
    }
  }

  private async attemptTurn(agent: AgentConfig, turn: number, orders: string[]): Promise<void> {
    const { heist } = this.setup.team
    const memory = await this.memory.context()
    const tools = await this.toolsOf(agent.name)
    const messages = buildMessages({ agent, team: this.team, heist, game: this.game, memory, orders, round: this.round, rounds: this.rounds })
    this.deps.debug?.({ session_id: this.id, agent: agent.name, turn, messages, tools: tools.map((t) => t.name) }, 'prompt')
    const started = this.clock.now()
    const out = await runTurn({
      sessionId: this.id, agent, round: this.round, turn, messages, tools, heist, seed: this.game.seed,
      model: this.deps.model, runner: this.deps.tools, clock: this.clock, emit: (d) => this.emitter.emit(d), signal: this.abort.signal,
    })
    if (this.abort.signal.aborted) return
    // The model's own figures can differ by agent (its tokenizer, hidden reasoning): operator log only.
    this.deps.debug?.({ session_id: this.id, agent: agent.name, turn, model_usage: out.modelUsage }, 'model usage')
    if (out.content === '') {
      this.emitter.emit({ type: 'session_error', code: 'MODEL_EMPTY_REPLY', message: `the model gave ${agent.name} no usable reply; the turn is skipped`, agent: agent.name })
      return
    }
    const messageId = `${this.id}-m${turn}`
    this.emitter.emit({
      type: 'message', round: this.round, turn, agent: agent.name, message_id: messageId, content: out.content, reply_to: this.lastSpeaker,
      prompt_tokens: out.promptTokens, completion_tokens: out.completionTokens, latency_ms: this.clock.now() - started,
    })
    this.lastSpeaker = agent.name
    await this.memory.remember({ message_id: messageId, agent: agent.name, round: this.round, content: out.content })
  }

  private async toolsOf(agent: string): Promise<AgentTool[]> {
    try {
      return await unlessAborted(this.deps.tools.listTools(agent, this.abort.signal), this.abort.signal)
    } catch (error) {
      if (isAbort(error, this.abort.signal)) throw error
      this.emitter.emit({ type: 'session_error', code: 'TOOLS_UNAVAILABLE', message: `tool discovery failed for ${agent}: ${errorMessage(error)}`, agent })
      return []
    }
  }

  /** Pause at the next turn boundary: the running turn finishes first. */
  pause(): SessionStatus {
    if (this.state !== 'running') throw sessionConflict(`session ${this.id} is ${this.state}, not running`)
    this.state = 'paused'
    this.emitter.emit({ type: 'session_paused', reason: 'operator', message: 'paused by the operator; the current turn finishes first' })
    return this.state
  }

  resume(): SessionStatus {
    if (this.state !== 'paused') throw sessionConflict(`session ${this.id} is ${this.state}, not paused`)
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
    if (!this.team.some((a) => a.name === agent)) throw new HeistError('SESSION_UNKNOWN_AGENT', `no agent "${agent}" in this session (${this.team.map((a) => a.name).join(', ')})`, 400)
    const order: PendingOrder = { id: `${this.id}-o${++this.orderCount}`, agent, text }
    this.orders.set(agent, [...(this.orders.get(agent) ?? []), order])
    this.emitter.emit({ type: 'order_received', order_id: order.id, agent, text })
    return { order_id: order.id }
  }
}

function toSessionAgent(agent: AgentConfig): SessionAgent {
  return { name: agent.name, role: agent.role, colour: agent.colour, ...(agent.emoji ? { emoji: agent.emoji } : {}) }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
