import { decode, encode } from 'gpt-tokenizer'
import { memoizeText } from './text-memo.js'

// Text from agents may contain strings like "<|endoftext|>"; they are counted as plain text.
const PLAIN = { disallowedSpecial: new Set<string>() }

// A session re-sends the same messages turn after turn; counting each once keeps counting cheap.
const countOnce = memoizeText((text) => encode(text, PLAIN).length)

/**
 * Tokens of `text` with the fleet's tokenizer (o200k, the GPT-4o family): what llm-sim bills,
 * what the memory service budgets with, and what the orchestrator sizes sealed briefs with.
 */
export function countTokens(text: string): number {
  if (!text) return 0
  if (text.length < SPLIT_ABOVE) return countOnce(text)
  let total = 0
  for (const piece of pieces(text)) total += countOnce(piece)
  return total
}

/** The parts {@link countTokens} counts `text` in: the whole of a short text, else its lines at {@link lineCuts}. */
function* pieces(text: string): Generator<string> {
  if (text.length < SPLIT_ABOVE) {
    yield text
    return
  }
  let start = 0
  for (const cut of lineCuts(text)) {
    yield text.slice(start, cut)
    start = cut
  }
  yield text.slice(start)
}

/**
 * {@link countTokens} without the memo, for a text that holds a secret (a system prompt with the
 * sealed brief): the memo is shared by every caller of the process, so a remembered text answers
 * faster, and anyone who can send llm-sim a prompt could time whether a brief was seen lately.
 */
export function countTokensUnremembered(text: string): number {
  return text ? encode(text, PLAIN).length : 0
}

/** Whether the memo holds the count of `text` (or of every line {@link countTokens} cuts it into). */
export function tokenCountRemembered(text: string): boolean {
  for (const piece of pieces(text)) if (!countOnce.remembers(piece)) return false
  return true
}

/** Texts shorter than this are counted whole. */
const SPLIT_ABOVE = 256

/**
 * Where a text may be cut into lines without changing its token count: after a newline that is
 * followed by neither whitespace nor "/". o200k's pre-tokenizer never joins a newline with a
 * following letter, digit or punctuation (only a run of whitespace, or "/" after punctuation, as
 * in ".\n/"), and BPE merges stay within a pre-token, so the parts' counts add up exactly.
 * A system prompt or a detection prompt changes a few lines from call to call; the unchanged
 * lines are then counted once (tests check the sum against counting the whole).
 */
function* lineCuts(text: string): Generator<number> {
  for (let i = text.indexOf('\n') + 1; i > 0 && i < text.length; i = text.indexOf('\n', i) + 1) {
    const next = text.charCodeAt(i)
    // ASCII whitespace and "/" are ruled out cheaply; the regex catches any other whitespace
    if (next !== 32 && next !== 9 && next !== 13 && next !== 10 && next !== 11 && next !== 12 && next !== 47 && !/\s/.test(text[i]!)) yield i
  }
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
  /** The text may hold a secret (a system prompt): counted without the memo ({@link countTokensUnremembered}). */
  sealed?: boolean
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
    total += 4 + (message.sealed === true ? countTokensUnremembered(message.text) : count(message.text))
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
