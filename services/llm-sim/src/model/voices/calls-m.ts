import type { Rng } from '../random.js'
import { pythonJson } from '../text-calls.js'
import type { TextCallFormat } from '../voice.js'

/** The sentence a small assistant model writes before its call, saying what it is about to do. */
const LEAD_INS: Record<string, readonly string[]> = {
  calculator: ['To calculate the time, I will use the calculator tool.', 'I will use the calculator to check this number.'],
  read_file: ['To find this information, I will read the document.', 'I will use the read_file tool to check the document.'],
  query_db: ['I will search the database for this information.', 'To answer this, I will query the database.'],
}
const LEAD_IN = 0.35
/** The list laid out as in the tool prompt it was trained with: brackets on lines of their own. */
const SPREAD = 0.3
/** The brackets dropped, one object in the tags (what Hermes-style data taught it as well). */
const BARE = 0.2

/**
 * Voice m's text tool calls, in the format Hugging Face's SmolLM2-Instruct was trained on for
 * function calling and its tool prompt asks for: a JSON list of `{"name", "arguments"}` objects inside
 * `<tool_call>…</tool_call>`, `json.dumps` spacing, the list inline or laid out as in the prompt's
 * example, now and then one object without the list. A sentence saying what it is about to do comes
 * first about a third of the time, which is when a server's tool parser (that looks for the tag at the
 * start) leaves the whole reply as text.
 */
export function writeCallM(name: string, args: Record<string, unknown>, _format: TextCallFormat, rng: Rng): string {
  const call = pythonJson({ name, arguments: args })
  const shape = rng.next()
  const inner = shape < BARE ? call : shape < BARE + SPREAD ? `[\n${call}\n]` : `[${call}]`
  const written = `<tool_call>${inner}</tool_call>`
  return rng.chance(LEAD_IN) ? `${rng.pick(LEAD_INS[name] ?? ['I will use a tool for this.'])}\n${written}` : written
}
