import { SUMMARY_PROMPT } from '@heist/shared'
import { truncateToTokens } from '@heist/shared/tokens'
import { END_OF_TURN_MARKERS, type ChatCompletionRequest, type ChatFn } from '@heist/shared/chat-client'
import { cutAtEndOfTurn } from '@heist/shared/end-of-turn'
import { createReasoningWatch, type ReasoningWatch } from '@heist/shared/reasoning-watch'
import { stripThinking } from '@heist/shared/thinking'
import { extractiveSummary } from './extractive.js'
import type { StoredMessage } from './store.js'
import { countTokens, renderMessage } from './tokens.js'

/** The memory prompt of `docs/prompt-format.md`; llm-sim recognises it by the word `SUMMARY_PROMPT.role`. */
export const SUMMARY_SYSTEM =
  `You are a concise ${SUMMARY_PROMPT.role} of a heist-planning conversation. Keep decisions, facts (numbers, times, names) and disagreements.`

export function summaryRequest(previous: string | null, messages: Pick<StoredMessage, 'agent' | 'content'>[], maxTokens: number): ChatCompletionRequest {
  const lines = messages.map((m) => renderMessage(m.agent, m.content)).join('\n')
  const user = `${SUMMARY_PROMPT.previous}\n${previous ?? SUMMARY_PROMPT.none}\n\n${SUMMARY_PROMPT.messages}\n${lines}\n\n${SUMMARY_PROMPT.task} ${SUMMARY_PROMPT.budget(maxTokens)}`
  // Headroom over the asked length: a model that overshoots a little is trimmed, not cut off mid-word.
  // Summaries should be stable, not creative (the seed used 0.3).
  // The end-of-turn tokens as `stop`, as a turn sends them: what a model writes after one is not the summary.
  return { messages: [{ role: 'system', content: SUMMARY_SYSTEM }, { role: 'user', content: user }], maxTokens: Math.ceil(maxTokens * 1.5), temperature: 0.3, stop: END_OF_TURN_MARKERS }
}

export interface SummaryResult {
  text: string
  method: 'model' | 'extractive'
  tokens: number
  /** Why the model was not used, when it was not. */
  error: string | null
}

export interface SummariseOptions {
  /** Cancels the model call. */
  signal?: AbortSignal
  /**
   * What the service has learnt of its model's reasoning block; absent, one for this call alone,
   * which holds the reply until its `</think>` but does not know the model opens its block (a reply
   * cut at `max_tokens` with no `<think>` in it is kept).
   */
  reasoning?: ReasoningWatch
}

/**
 * Update `previous` with `messages`: by the model when it answers with text, else by the
 * extractive fallback. Never throws for a model failure; an abort of `signal` (the caller left,
 * the service is stopping) cancels the model call and is thrown: nobody waits for a fallback.
 * The model's reasoning is never part of the summary: a thinking model's chain of thought would be
 * read by every agent that reads the memory.
 */
export async function summarise(chat: ChatFn, previous: string | null, messages: StoredMessage[], maxTokens: number, options: SummariseOptions = {}): Promise<SummaryResult> {
  const { signal } = options
  const reasoning = options.reasoning ?? createReasoningWatch('auto', '')
  let error: string
  try {
    const held = reasoning.held()
    const reply = await chat({ ...summaryRequest(previous, messages, maxTokens), ...(signal ? { signal } : {}) })
    // Judged before learning from it: a model learnt from this very reply is not one known before it.
    // A summary cut at `max_tokens` from a model not known to open its block is kept when the cut
    // text holds no `<think>` (stripThinking drops an unclosed one): nothing says it is reasoning.
    const unclosed = reasoning.unclosed(reply, { keepTruncatedOfUnknown: true })
    reasoning.learn(reply.content, reply)
    // A server that ignores `stop` leaves the token and what ran on after it in the text; the
    // reasoning goes by the rules of a turn's message.
    const text = stripThinking(cutAtEndOfTurn(reply.content), { held, unclosed })
    if (text.length > 0) {
      // Counted with our tokenizer, not the model's usage, so budgets add up in one unit.
      const kept = truncateToTokens(text, maxTokens)
      return { text: kept, method: 'model', tokens: countTokens(kept), error: null }
    }
    error = 'model returned an empty summary (or reasoning only)'
  } catch (cause) {
    if (signal?.aborted) throw signal.reason
    error = cause instanceof Error ? cause.message : String(cause)
  }
  const text = extractiveSummary(previous, messages, maxTokens)
  return { text, method: 'extractive', tokens: countTokens(text), error }
}
