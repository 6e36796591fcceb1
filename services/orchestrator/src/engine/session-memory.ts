import type { EventDraft, HeistFile, MemoryContext } from '@heist/shared'
import { isAbort, unlessAborted } from './errors.js'
import { estimateTokens } from './prompt.js'
import type { MemoryBackend } from './types.js'

type Message = { message_id: string; agent: string; round: number; content: string }

/**
 * A session's view of the memory service: the budgeted context for each turn, the messages
 * to remember, and the newest messages kept here so the session plays on while the service
 * is down (said once, as a `session_error`, until it answers again).
 */
export class SessionMemory {
  /** The newest messages, for playing on without the memory service. */
  history: MemoryContext['recent'] = []
  /** The highest message number a summary covered, so each compression is announced once. */
  summaryCovers = 0
  private down = false

  constructor(
    private readonly sessionId: string,
    private readonly settings: HeistFile['memory'],
    private readonly store: MemoryBackend,
    private readonly emit: (draft: EventDraft) => void,
    private readonly signal: AbortSignal,
  ) {}

  /** The memory service's context, or the recent messages kept here while it is down. */
  async context(): Promise<MemoryContext> {
    try {
      const context = await unlessAborted(this.store.context(this.sessionId, this.settings.context_budget_tokens, this.signal), this.signal)
      this.down = false
      const summary = context.summary
      if (summary && summary.covers_through > this.summaryCovers) {
        this.summaryCovers = summary.covers_through
        this.emit({ type: 'memory_compressed', covers_through: summary.covers_through, summary_tokens: summary.tokens, method: summary.method })
      }
      return context
    } catch (error) {
      if (isAbort(error, this.signal)) throw error
      this.failed(error)
      const recent = this.history.slice(-this.settings.recent_messages)
      return { session_id: this.sessionId, summary: null, recent, total_tokens: recent.reduce((n, m) => n + m.tokens, 0), message_count: this.history.length }
    }
  }

  /** Store a message (`isNew` false: the service may lack it after a restart; appends are idempotent). */
  async remember(message: Message, isNew = true): Promise<void> {
    if (isNew) this.history.push({ ...message, tokens: estimateTokens(message.content) })
    if (this.history.length > 200) this.history = this.history.slice(-100)
    try {
      await unlessAborted(this.store.append(this.sessionId, message, this.signal), this.signal)
    } catch (error) {
      this.failed(error)
    }
  }

  private failed(error: unknown): void {
    if (this.down) return
    this.down = true
    this.emit({ type: 'session_error', code: 'MEMORY_UNAVAILABLE', message: `memory service failed (${error instanceof Error ? error.message : String(error)}); using recent messages only` })
  }
}
