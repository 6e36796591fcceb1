import { countTokens } from 'gpt-tokenizer'
import type { ChatMessage } from './types.js'
import { textOf } from './prompt.js'

/** Tokens in a text, with the same tokenizer the memory service budgets with. */
export function tokenCount(text: string): number {
  return text ? countTokens(text) : 0
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
