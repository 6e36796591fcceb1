import { countTokens } from 'gpt-tokenizer'
import type { ChatMessage } from './types.js'
import { textOf } from './prompt.js'

// A session re-sends the same messages turn after turn; counting each once keeps usage cheap.
const CACHE_LIMIT = 4096
const cache = new Map<string, number>()

/** Tokens in a text, with the same tokenizer the memory service budgets with. */
export function tokenCount(text: string): number {
  if (!text) return 0
  const known = cache.get(text)
  if (known !== undefined) return known
  const count = countTokens(text)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(text, count)
  return count
}

/** Prompt tokens the way OpenAI bills chat: content plus a few tokens of framing per message. */
export function promptTokens(messages: readonly ChatMessage[], toolsJson: string): number {
  let total = 3
  for (const message of messages) {
    total += 4 + tokenCount(textOf(message))
    for (const call of message.tool_calls ?? []) total += tokenCount(call.function.name) + tokenCount(call.function.arguments) + 3
  }
  return total + (toolsJson ? tokenCount(toolsJson) : 0)
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
