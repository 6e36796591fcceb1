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
