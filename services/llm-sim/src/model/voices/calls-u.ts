import type { Rng } from '../random.js'
import { pythonJson } from '../text-calls.js'
import type { TextCallFormat } from '../voice.js'

/** The sentence it writes before the call, the way its function-calling data opens ("To …, I'll use …"). */
const LEAD_INS: Record<string, readonly string[]> = {
  calculator: ['To verify the timing, I\'ll use the calculator tool.', 'To get an exact figure, let me run the calculation.'],
  read_file: ['To answer accurately, I\'ll check the relevant document first.', 'To confirm the details, let me read the file.'],
  query_db: ['To get the current guard data, I\'ll query the database.', 'To check the records, let me run a query.'],
}
const LEAD_IN = 0.35
/** The list laid out as its system prompt's example shows it: brackets on lines of their own, the object indented four spaces. */
const TEMPLATE = 0.55
/** The list on one line. */
const ONE_LINE = 0.2
/** One object without the list (the prompt also asks for "a JSON object inside <tool_call></tool_call> tags"). */
const OBJECT = 0.15

/**
 * Voice u's text tool calls: Falcon3's function-calling format, a JSON list of
 * `{"name", "arguments"}` objects inside `<tool_call>` tags on lines of their own (`json.dumps`
 * spacing), as its chat template's system prompt asks; a server without a Falcon parser leaves it in
 * the text. Laid out as the prompt's example (brackets on their own lines, four spaces in), on one
 * line, as one object without the list, or with the closing tag missing (the reply ended on
 * `<|endoftext|>` right after the list).
 */
export function writeCallU(name: string, args: Record<string, unknown>, _format: TextCallFormat, rng: Rng): string {
  const call = pythonJson({ name, arguments: args })
  const shape = rng.next()
  const lead = rng.chance(LEAD_IN) ? `${rng.pick(LEAD_INS[name] ?? ['To answer this, I\'ll use a tool.'])}\n\n` : ''
  if (shape < TEMPLATE) return `${lead}<tool_call>\n[\n    ${call}\n]\n</tool_call>`
  if (shape < TEMPLATE + ONE_LINE) return `${lead}<tool_call>\n[${call}]\n</tool_call>`
  if (shape < TEMPLATE + ONE_LINE + OBJECT) return `${lead}<tool_call>\n${call}\n</tool_call>`
  return `${lead}<tool_call>\n[\n    ${call}\n]`
}
