import { chatPromptTokens, countTokens } from '@heist/shared/tokens'
import type { ChatMessage } from './types.js'
import { textOf } from './prompt.js'

/** Tokens in a text, with the fleet's tokenizer (the one the memory service budgets with). */
export const tokenCount = countTokens

/**
 * Prompt tokens the way OpenAI bills chat (the fleet's one formula). System messages are counted
 * without the memo: anyone on loopback may send llm-sim a prompt, and a remembered system prompt
 * would answer faster, telling a prober which sealed brief (the mole's) was seen lately.
 */
export function promptTokens(messages: readonly ChatMessage[], toolsJson: string): number {
  const billed = messages.map((m) => ({ text: textOf(m), toolCalls: (m.tool_calls ?? []).map((c) => c.function), sealed: m.role === 'system' }))
  return chatPromptTokens(billed, toolsJson)
}
