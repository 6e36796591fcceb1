import type { Rng } from '../random.js'
import { pythonJson } from '../text-calls.js'
import type { TextCallFormat } from '../voice.js'
import { thinkModeOf, toolThinkPrefix } from './think-q.js'

/** The sentence it sometimes writes before the call when no reasoning block shows. */
const LEAD_INS: Record<string, readonly string[]> = {
  calculator: ['I\'ll verify the numbers with the calculator first.', 'Let me compute this precisely before I commit to a figure.'],
  read_file: ['I\'ll check the relevant document before stating anything.', 'Let me pull up the file to confirm the details.'],
  query_db: ['I\'ll query the security database to confirm.', 'Let me check the records before I report.'],
}
const LEAD_IN = 0.3

/**
 * Voice q's text tool calls: Qwen3's Hermes-style call, `<tool_call>` tags round one line of JSON
 * with `json.dumps` spacing (`{"name": …, "arguments": {…}}`), as its chat template asks. A server
 * reads it as a native call when the reply starts with the tag; it stays text when the reasoning
 * block comes first (an Ollama or llama.cpp that leaves `<think>` in the content, in the game's
 * mode: the whole block, the empty one, or the reasoning with only its closing tag), or, where
 * the reasoning is parsed away, when a sentence comes first or the server has no tool parser for
 * the template.
 */
export function writeCallQ(name: string, args: Record<string, unknown>, _format: TextCallFormat, rng: Rng, game: number): string {
  const call = `<tool_call>\n${pythonJson({ name, arguments: args })}\n</tool_call>`
  const mode = thinkModeOf(game)
  if (mode !== 'parsed') return `${toolThinkPrefix(mode, name, rng)}${call}`
  return rng.chance(LEAD_IN) ? `${rng.pick(LEAD_INS[name] ?? ['Let me use the tool for this.'])}\n\n${call}` : call
}
