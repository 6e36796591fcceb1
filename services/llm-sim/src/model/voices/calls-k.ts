import type { Rng } from '../random.js'
import { pythonJson } from '../text-calls.js'
import type { TextCallFormat } from '../voice.js'

/** The sentence a Granite-class model writes before a call now and then, saying what it is about to do. */
const LEAD_INS: Record<string, readonly string[]> = {
  calculator: ['I will use the calculator tool to determine the required time.', 'To provide an accurate figure, I will perform the calculation first.'],
  read_file: ['I will retrieve the relevant document to verify the details.', 'To answer accurately, I will review the document first.'],
  query_db: ['I will query the security database to retrieve the relevant records.', 'To verify this information, I will check the database first.'],
}
const LEAD_IN = 0.35
/** Keys sorted, as the `tojson` of the chat templates it was trained through writes them. */
const ARGUMENTS_FIRST = 0.7

/**
 * Voice k's text tool calls, in the IBM Granite 3.x family's format when the server's template does
 * not turn them into native calls: a JSON list of calls after 3.0's `<|tool_call|>` token or after
 * the `<tool_call>` string of 3.1 on (never closed), with `json.dumps` spacing and, most of the time,
 * `"arguments"` before `"name"`. A sentence saying what it is about to do comes first a third of the time.
 */
export function writeCallK(name: string, args: Record<string, unknown>, format: TextCallFormat, rng: Rng): string {
  const call = rng.chance(ARGUMENTS_FIRST) ? { arguments: args, name } : { name, arguments: args }
  const opener = format === 'granite_token' ? '<|tool_call|>' : '<tool_call>'
  const written = `${opener}${pythonJson([call])}`
  return rng.chance(LEAD_IN) ? `${rng.pick(LEAD_INS[name] ?? ['I will use the available tool first.'])}\n\n${written}` : written
}
