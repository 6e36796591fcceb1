import { decode, encode } from 'gpt-tokenizer'

// Text from agents may contain strings like "<|endoftext|>"; they are counted as plain text.
const PLAIN = { disallowedSpecial: new Set<string>() }

// A session re-sends the same messages turn after turn; counting each once keeps counting cheap.
const CACHE_LIMIT = 4096
const cache = new Map<string, number>()

/**
 * Tokens of `text` with the fleet's tokenizer (o200k, the GPT-4o family): what llm-sim bills,
 * what the memory service budgets with, and what the orchestrator sizes sealed briefs with.
 */
export function countTokens(text: string): number {
  if (!text) return 0
  const known = cache.get(text)
  if (known !== undefined) return known
  const count = encode(text, PLAIN).length
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(text, count)
  return count
}

/** The token ids of `text` with the fleet's tokenizer (see {@link countTokens}). */
export function encodeTokens(text: string): number[] {
  return encode(text, PLAIN)
}

/**
 * Cut `text` to at most `max` tokens (the fleet's tokenizer): at the last sentence end that fits
 * when there is one in the second half, so a trimmed summary or reply does not stop mid-sentence;
 * otherwise at the token. The memory service trims summaries with it and llm-sim honours
 * `max_tokens` with it, so both agree on what fits.
 */
export function truncateToTokens(text: string, max: number): string {
  const ids = encodeTokens(text)
  if (ids.length <= max) return text
  // A decoded prefix can re-encode to a token or two more (split characters), so shrink until it fits.
  for (let keep = max; keep > 0; keep--) {
    const cut = decode(ids.slice(0, keep)).replace(/\uFFFD+$/, '')
    const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('.\n'), cut.lastIndexOf('! '), cut.lastIndexOf('? '))
    const trimmed = (end >= cut.length / 2 ? cut.slice(0, end + 1) : cut).trimEnd()
    if (countTokens(trimmed) <= max) return trimmed
  }
  return ''
}

/** One chat message reduced to what is billed: its text and the tool calls it carries. */
export interface BilledMessage {
  text: string
  toolCalls?: readonly { name: string; arguments: string }[]
}

/**
 * Prompt tokens of a chat request the way OpenAI bills chat: 3 for the reply's priming, 4 of
 * framing per message plus its text and tool calls, plus the tools' JSON. llm-sim bills with it
 * and the orchestrator publishes it, so the public figure is a function of the request alone.
 */
export function chatPromptTokens(messages: readonly BilledMessage[], toolsJson: string): number {
  const count = countTokens
  let total = 3
  for (const message of messages) {
    total += 4 + count(message.text)
    for (const call of message.toolCalls ?? []) total += count(call.name) + count(call.arguments) + 3
  }
  return total + (toolsJson ? count(toolsJson) : 0)
}

/** Completion tokens of a reply: its text, or the names and arguments of the tool calls it makes. */
export function chatCompletionTokens(reply: BilledMessage): number {
  const count = countTokens
  if (reply.text || !reply.toolCalls?.length) return count(reply.text)
  return reply.toolCalls.reduce((n, c) => n + count(c.name) + count(c.arguments), 0)
}
