import { randomInt } from 'node:crypto'
import { HeistError, StartOptions, type AgentConfig, type SessionAgent, type SessionStatus } from '@heist/shared'
import { systemClock } from './clock.js'
import { SessionEmitter } from './emitter.js'
import { isAbort, isModelUnavailable, unlessAborted } from './errors.js'
import { drawGame } from './draw-game.js'
import { waitForModel } from './model-watch.js'
import { buildMessages } from './prompt.js'
import { SessionMemory } from './session-memory.js'
import { configDigest, type ResumePoint } from './resume.js'
import { SessionControl } from './session-control.js'
import { createReasoningWatch, type ReasoningWatch } from '@heist/shared/reasoning-watch'
import { runTurn, type TurnOutput } from './turn.js'
import type { PublicSessionState, SessionDeps, SessionSetup } from './session-contracts.js'
import type { AgentTool, Clock, Game } from './types.js'

/** What an operator can change when a turn came back empty because its replies ended inside the model's reasoning. */
const UNCLOSED_HINT: Record<NonNullable<TurnOutput['unclosedReasoning']>, string> = {
  max_tokens: "the model's replies were cut at max_tokens inside its reasoning block and were dropped (none of it shown); the turn is skipped: raise model.max_tokens in heist.yaml",
  stop_string: "the model's replies ended at a stop string inside its reasoning block and were dropped (none of it shown); the turn is skipped: if the model writes no reasoning block, set model.reasoning_block: written_by_model in heist.yaml",
  no_close: "the model's replies came without </think> from a model that opens its reasoning block and were dropped (none of it shown); the turn is skipped: if the server parses the reasoning out, set model.reasoning_block: written_by_model in heist.yaml",
}

/** How many times a session asks the model's server about its chat template while it gives no answer. */
const TEMPLATE_ASKS = 3

/**
 * One heist session: the round/turn loop. Pause and resume act at turn boundaries (the running
 * turn finishes, no turn is lost); stop aborts the running turn and ends the session; an order
 * is delivered in the agent's next turn (all held by `SessionControl`). A model that is down
 * pauses the session; resume retries the turn.
 */
export class HeistSession {
  readonly id: string
  readonly game: Game
  readonly rounds: number
  private readonly team: AgentConfig[]
  private readonly emitter: SessionEmitter
  private readonly control: SessionControl
  private readonly clock: Clock
  private readonly memory: SessionMemory
  private readonly reasoning: ReasoningWatch
  private round = 0
  private turn = 0
  private lastSpeaker: string | null = null
  private roundStarted = 0
  /** Template questions asked without an answer; TEMPLATE_ASKS once answered ({@link askTemplate}). */
  private templateAsks = 0

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
    this.control = new SessionControl(this.id, order, this.emitter)
    this.memory = new SessionMemory(this.id, heist.memory, deps.memory, (draft) => this.emitter.emit(draft), this.control.signal)
    this.reasoning = createReasoningWatch(heist.model.reasoning_block, deps.model.name)
    if (setup.resume) this.restore(setup.resume)
  }

  private restore(point: ResumePoint): void {
    this.turn = point.completedTurns
    this.round = Math.min(this.rounds, Math.floor(point.completedTurns / this.team.length) + 1)
    this.roundStarted = point.roundStarted
    this.control.restore(point)
    this.memory.history = [...point.history]
    this.lastSpeaker = point.lastSpeaker
    this.memory.summaryCovers = point.summaryCovers
  }

  get status(): SessionStatus {
    return this.control.status
  }

  get lastSeq(): number {
    return this.emitter.lastSeq
  }

  /** The public view of the session. */
  snapshot(): PublicSessionState {
    return {
      session_id: this.id, status: this.status, rounds: this.rounds, round: Math.min(this.round, this.rounds), turn: this.turn,
      turn_order: [...this.setup.team.heist.session.turn_order], agents: this.team.map(toSessionAgent),
      model: this.deps.model.name, profile: this.setup.profile ?? null, last_seq: this.emitter.lastSeq,
    }
  }

  /** Run the session to its end; resolves with the final status. */
  async run(): Promise<SessionStatus> {
    const status = await this.loop()
    // An ended session is never played again here; a suspended one (still running or paused) is, after a restart.
    if (status === 'completed' || status === 'stopped' || status === 'failed') this.deps.memory.forget?.(this.id)
    return status
  }

  private async loop(): Promise<SessionStatus> {
    const order = this.setup.team.heist.session.turn_order
    if (this.setup.resume) await this.announceResume(this.setup.resume)
    else this.announceStart()
    try {
      // Turn numbers run across rounds, so a resumed session picks up at any turn.
      while (this.turn < this.rounds * order.length) {
        if (!(await this.control.turnBoundary())) return this.status
        const index = this.turn % order.length
        this.round = Math.floor(this.turn / order.length) + 1
        if (index === 0 && this.round > this.roundStarted) {
          this.roundStarted = this.round
          this.emitter.emit({ type: 'round_started', round: this.round })
        }
        await this.playTurn(order[index] as string)
        if (this.deps.turnDelayMs) await this.clock.sleep(this.deps.turnDelayMs, this.control.signal)
      }
      if (!(await this.control.turnBoundary())) return this.status
      this.control.end('completed')
      this.emitter.emit({ type: 'session_completed', rounds: this.rounds })
    } catch (error) {
      if (!this.emitter.isClosed) {
        this.control.end('failed')
        this.emitter.emit({ type: 'session_error', code: 'INTERNAL', message: error instanceof Error ? error.message : 'session failed' })
        this.emitter.emit({ type: 'session_stopped', reason: 'error' })
      }
    }
    return this.status
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
    if (this.status === 'running') this.emitter.emit({ type: 'session_resumed', reason: 'restart', message: `the orchestrator restarted; the session goes on ${where}` })
    else if (point.pausedForModel) this.watchModel(this.control.pausedForModel, 0, order[point.completedTurns % order.length] as string)
    if (point.lastMessage) await this.memory.remember(point.lastMessage, false)
  }

  private async playTurn(name: string): Promise<void> {
    const agent = this.team.find((a) => a.name === name) as AgentConfig
    const turn = ++this.turn
    const signal = this.control.signal
    this.emitter.emit({ type: 'turn_started', round: this.round, turn, agent: name })
    const orders = this.control.takeOrders(name)
    for (const order of orders) {
      if (order.deliveredTurn !== turn) this.emitter.emit({ type: 'order_delivered', order_id: order.id, agent: name, turn })
    }
    for (let outage = 0; ; outage++) {
      try {
        await this.askTemplate()
        return await this.attemptTurn(agent, turn, orders.map((o) => o.text))
      } catch (error) {
        if (isAbort(error, signal)) return
        if (!isModelUnavailable(error)) throw error
        this.emitter.emit({ type: 'session_error', code: error.code, message: error.message, agent: name })
        const by = this.deps.model.answers ? 'when the model answers again, or resume' : 'resume'
        this.watchModel(this.control.pauseForModel(`${error.message} — the session goes on ${by} to retry ${name}'s turn now`), outage, name)
        if (!(await this.control.turnBoundary())) return
        // The turn starts over: a page drops what it had streamed of it, so nothing shows twice.
        this.emitter.emit({ type: 'turn_started', round: this.round, turn, agent: name })
      }
    }
  }

  /**
   * A model the setting and its name leave unknown: whether its server renders a template that opens
   * the reasoning block decides, before any reply, what a reply ended inside it is (docs/security.md).
   * Asked before the first turn is played and, while the server gave no answer (down, still loading, slow), before
   * each next attempt at a turn, at most {@link TEMPLATE_ASKS} times: a session that the model's absence
   * paused at its start learns it when the model is back, before the turn is played again, and a slow
   * server costs a session at most that many waits.
   */
  private async askTemplate(): Promise<void> {
    const model = this.deps.model
    if (this.templateAsks >= TEMPLATE_ASKS || !model.templateOpensBlock || !this.reasoning.asksTemplate()) return
    this.templateAsks++
    try {
      this.reasoning.template(await model.templateOpensBlock(this.control.signal))
      this.templateAsks = TEMPLATE_ASKS
    } catch {
      // No answer: asked again before the next attempt. Stopped while asking: the attempt ends at once, and the session.
    }
  }

  /** Resume a session the model's absence paused once the model answers again (`session_resumed`, `model_available`). */
  private watchModel(pause: number, outage: number, agent: string): void {
    const model = this.deps.model
    if (!model.answers) return
    void waitForModel({
      answers: (signal) => model.answers?.(signal) ?? Promise.resolve(false),
      clock: this.clock, signal: this.control.signal, waiting: () => this.control.pausedForModel === pause, outage,
      ...(this.deps.modelProbe ? { policy: this.deps.modelProbe } : {}),
    }).then((back) => { if (back) this.control.resumeForModel(pause, `the model answers again; ${agent}'s turn is played again`) })
  }

  private async attemptTurn(agent: AgentConfig, turn: number, orders: string[]): Promise<void> {
    const { heist } = this.setup.team
    const signal = this.control.signal
    const memory = await this.memory.context()
    const tools = await this.toolsOf(agent)
    const messages = buildMessages({ agent, team: this.team, heist, game: this.game, memory, orders, round: this.round, rounds: this.rounds })
    this.deps.debug?.({ session_id: this.id, agent: agent.name, turn, messages, tools: tools.map((t) => t.name) }, 'prompt')
    const started = this.clock.now()
    const out = await runTurn({
      sessionId: this.id, agent, round: this.round, turn, messages, tools, heist, seed: this.deps.modelSeed ? this.deps.modelSeed(this.game.seed, turn) : this.game.seed,
      ...(this.deps.modelGame ? { game: this.deps.modelGame(this.game.seed) } : {}),
      model: this.deps.model, runner: this.deps.tools, clock: this.clock, emit: (d) => this.emitter.emit(d), signal, reasoning: this.reasoning,
    })
    if (signal.aborted) return
    // The model's own figures can differ by agent (its tokenizer, hidden reasoning): operator log only.
    this.deps.debug?.({ session_id: this.id, agent: agent.name, turn, model_usage: out.modelUsage }, 'model usage')
    if (out.content === '') {
      // Why, for the operator only: which agent's replies ran into reasoning is not for the public event.
      if (out.unclosedReasoning) this.deps.warn?.({ agent: agent.name, turn, ended: out.unclosedReasoning }, UNCLOSED_HINT[out.unclosedReasoning])
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

  /**
   * The tools discovery gives the agent (its scopes) that its `tools` in agents.yaml also name:
   * `tools: []` takes the tools away without touching the client's scopes (it was silently ignored).
   */
  private async toolsOf(agent: AgentConfig): Promise<AgentTool[]> {
    const signal = this.control.signal
    try {
      const discovered = await unlessAborted(this.deps.tools.listTools(agent.name, signal), signal)
      return discovered.filter((tool) => agent.tools.includes(tool.name))
    } catch (error) {
      if (isAbort(error, signal)) throw error
      this.emitter.emit({ type: 'session_error', code: 'TOOLS_UNAVAILABLE', message: `tool discovery failed for ${agent.name}: ${errorMessage(error)}`, agent: agent.name })
      return []
    }
  }

  pause(): SessionStatus {
    return this.control.pause()
  }

  resume(): SessionStatus {
    return this.control.resume()
  }

  stop(reason = 'operator'): SessionStatus {
    return this.control.stop(reason)
  }

  suspend(): void {
    this.control.suspend()
  }

  order(agent: string, text: string): { order_id: string } {
    return this.control.order(agent, text)
  }
}

function toSessionAgent(agent: AgentConfig): SessionAgent {
  return { name: agent.name, role: agent.role, colour: agent.colour, ...(agent.emoji ? { emoji: agent.emoji } : {}) }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
