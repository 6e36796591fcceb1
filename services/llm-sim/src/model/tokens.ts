import { chatPromptTokens, countTokens } from '@heist/shared/tokens'
import type { ChatMessage } from './types.js'
import { textOf } from './prompt.js'

/** Tokens in a text, with the fleet's tokenizer (the one the memory service budgets with). */
export const tokenCount = countTokens

/** Prompt tokens the way OpenAI bills chat (the fleet's one formula). */
export function promptTokens(messages: readonly ChatMessage[], toolsJson: string): number {
  const billed = messages.map((m) => ({ text: textOf(m), toolCalls: (m.tool_calls ?? []).map((c) => c.function) }))
  return chatPromptTokens(billed, toolsJson)
}

/** The longest prefix of `text` within `limit` tokens, cut at a word boundary. */
export function truncateToTokens(text: string, limit: number): string {
  if (tokenCount(text) <= limit) return text
  const words = text.split(' ')
  let low = 0
  let high = words.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (tokenCount(words.slice(0, mid).join(' ')) <= limit) low = mid
    else high = mid - 1
  }
  return words.slice(0, low).join(' ')
}
