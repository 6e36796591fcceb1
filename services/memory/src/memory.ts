import { HeistError, type MemoryCompression, type MemoryContext, type MemoryDeleted, type MemoryMessageIn, type MemoryStats, type MemoryStored } from '@heist/shared'
import { truncateToTokens } from '@heist/shared/tokens'
import type { ChatFn } from '@heist/shared/chat-client'
import { createReasoningWatch } from '@heist/shared/reasoning-watch'
import type { SqliteMemoryStore, StoredMessage, Summary } from './store.js'
import { summarise } from './summariser.js'
import { countTokens, renderMessage } from './tokens.js'

/** What a compression did, for logs. */
export interface CompressionEvent {
  sessionId: string
  fromIdx: number
  toIdx: number
  method: 'model' | 'extractive'
  tokens: number
  error: string | null
}

export interface MemoryServiceOptions {
  store: SqliteMemoryStore
  chat: ChatFn
  /** The summariser model's name: a name known to open its reasoning block in the template is held from the start. */
  model?: string
  onCompression?: (event: CompressionEvent) => void
  now?: () => number
  /**
   * Whether the model's chat template opens its reasoning block, as its server renders it (vLLM);
   * asked once, before the first summary, while the name leaves the model unknown.
   */
  templateOpensBlock?: (signal?: AbortSignal) => Promise<boolean | null>
}

/**
 * Per-session history with a rolling, incrementally updated summary. Work on one session is
 * serialised, so concurrent posts never summarise the same range twice.
 */
export class MemoryService {
  private readonly locks = new Map<string, Promise<unknown>>()
  private readonly now: () => number
  /** Aborted by `close()`: summaries in flight are cancelled instead of holding up shutdown. */
  private readonly stopping = new AbortController()
  /** What the summaries so far showed of the model's reasoning block (one model for every session). */
  private readonly reasoning
  /** The question of the model's template, once asked (see {@link askTemplate}). */
  private template: Promise<void> | undefined

  constructor(private readonly options: MemoryServiceOptions) {
    this.now = options.now ?? Date.now
    this.reasoning = createReasoningWatch('auto', options.model ?? '')
  }

  /**
   * Store a message, then compress with the session's heist.yaml `memory:` settings if due. An
   * abort of `signal` cancels the compression (the message stays stored, no summary is saved; the
   * next store, or this one retried, compresses).
   */
  async store(sessionId: string, message: MemoryMessageIn, settings: MemoryCompression, signal?: AbortSignal): Promise<MemoryStored> {
    const tokens = countTokens(renderMessage(message.agent, message.content))
    const result = this.options.store.insert(sessionId, message, tokens)
    if (result.kind === 'duplicate' && !sameMessage(result.message, message)) {
      throw new HeistError('MEMORY_MESSAGE_CONFLICT', `message_id "${message.message_id}" is already stored with different content`, 409)
    }
    // Also on a retry: if the first attempt died before compressing, the retry finishes the job.
    const cancel = signal ? AbortSignal.any([signal, this.stopping.signal]) : this.stopping.signal
    const compressed = await this.withLock(sessionId, () => this.compressIfDue(sessionId, settings, cancel))
    return { stored: result.kind === 'inserted', message_count: this.options.store.count(sessionId).messages, compressed }
  }

  context(sessionId: string, budget: number): MemoryContext {
    const { store } = this.options
    const stored = store.summary(sessionId)
    const coveredThrough = stored?.covers_through ?? -1
    const uncovered = store.newestAfter(sessionId, coveredThrough, 1000)
    // With recent messages waiting, the summary may take at most half the budget: the latest turns matter most.
    const summary = stored ? fitSummary(stored, uncovered.length > 0 ? Math.floor(budget / 2) : budget) : null
    let used = summary?.tokens ?? 0
    const recent: StoredMessage[] = []
    for (const message of uncovered) {
      if (used + message.tokens > budget) break
      recent.push(message)
      used += message.tokens
    }
    return {
      session_id: sessionId,
      summary,
      recent: recent.reverse().map(({ message_id, agent, round, content, tokens }) => ({ message_id, agent, round, content, tokens })),
      total_tokens: used,
      message_count: store.count(sessionId).messages,
    }
  }

  stats(sessionId: string): MemoryStats {
    const { store } = this.options
    const count = store.count(sessionId)
    const summary = store.summary(sessionId)
    const compressions = store.compressionCounts(sessionId)
    return {
      session_id: sessionId,
      messages: count.messages,
      message_tokens: count.tokens,
      summary_tokens: summary?.tokens ?? 0,
      covers_through: summary?.covers_through ?? -1,
      compressions: compressions.total,
      extractive_compressions: compressions.extractive,
    }
  }

  async delete(sessionId: string): Promise<MemoryDeleted> {
    const messages = await this.withLock(sessionId, async () => this.options.store.delete(sessionId))
    return { session_id: sessionId, deleted: messages > 0, messages }
  }

  /** Cancel every summary in flight: they end with a 503 `SERVICE_STOPPING` the caller may retry. */
  close(): void {
    this.stopping.abort(new HeistError('SERVICE_STOPPING', 'the memory service is stopping; the message is stored, and a retry compresses', 503))
  }

  /** Summarise the oldest uncovered messages, keeping the newest `recent_messages` verbatim, if over the threshold. */
  private async compressIfDue(sessionId: string, settings: MemoryCompression, signal: AbortSignal): Promise<boolean> {
    // It may have waited for the lock while its caller left.
    signal.throwIfAborted()
    const { store, chat } = this.options
    const previous = store.summary(sessionId)
    const from = (previous?.covers_through ?? -1) + 1
    const count = store.count(sessionId).messages
    const to = count - 1 - settings.recent_messages
    if (count - from <= settings.compression_threshold_messages || to < from) return false
    const messages = store.range(sessionId, from, to)
    await this.askTemplate()
    const started = this.now()
    const result = await summarise(chat, previous?.text ?? null, messages, settings.summary_max_tokens, { signal, reasoning: this.reasoning })
    const summary: Summary = { text: result.text, covers_through: to, method: result.method, tokens: result.tokens }
    store.saveCompression({ sessionId, fromIdx: from, toIdx: to, summary, durationMs: this.now() - started, error: result.error })
    this.options.onCompression?.({ sessionId, fromIdx: from, toIdx: to, method: result.method, tokens: result.tokens, error: result.error })
    return true
  }

  /**
   * Before the first summary, for a model its name leaves unknown: a template that opens the block
   * makes a summary ended at a stop string inside it reasoning every time, not only the first
   * (docs/security.md). Asked once for the service, cancelled only by its close; no answer (the server down, slow)
   * asks again before the next summary.
   */
  private askTemplate(): Promise<void> {
    const ask = this.options.templateOpensBlock
    if (!ask || !this.reasoning.asksTemplate()) return Promise.resolve()
    this.template ??= ask(this.stopping.signal).then((opens) => this.reasoning.template(opens), () => { this.template = undefined })
    return this.template
  }

  private async withLock<T>(sessionId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(sessionId) ?? Promise.resolve()
    const run = previous.then(task, task)
    const tail = run.catch(() => undefined)
    this.locks.set(sessionId, tail)
    try {
      return await run
    } finally {
      if (this.locks.get(sessionId) === tail) this.locks.delete(sessionId)
    }
  }
}

function sameMessage(stored: StoredMessage, incoming: MemoryMessageIn): boolean {
  return stored.agent === incoming.agent && stored.round === incoming.round && stored.content === incoming.content
}

function fitSummary(summary: Summary, max: number): Summary {
  if (summary.tokens <= max) return summary
  const text = truncateToTokens(summary.text, max)
  return { ...summary, text, tokens: countTokens(text) }
}
