import { countTokens } from '@heist/shared/tokens'

/** Tokens of `text` with the fleet's o200k tokenizer (GPT-4o family): close to what a model is billed. */
export { countTokens }

/** How a message appears in an agent's prompt, and so what it costs there. */
export function renderMessage(agent: string, content: string): string {
  return `[${agent}] ${content}`
}
