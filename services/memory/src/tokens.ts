import { countTokens, encodeTokens } from '@heist/shared'
import { decode } from 'gpt-tokenizer'

/** Tokens of `text` with the fleet's o200k tokenizer (GPT-4o family): close to what a model is billed. */
export { countTokens }

/** How a message appears in an agent's prompt, and so what it costs there. */
export function renderMessage(agent: string, content: string): string {
  return `[${agent}] ${content}`
}

/**
 * Cut `text` to at most `max` tokens, at the last sentence end that fits when there is one
 * in the second half, so a trimmed summary does not stop mid-sentence.
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
