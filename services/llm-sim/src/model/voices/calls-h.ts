import type { Rng } from '../random.js'
import { pythonJson, textToolCall } from '../text-calls.js'
import type { TextCallFormat } from '../voice.js'

/** A plain sentence before the call, as Llama 3.2 writes one now and then. */
const LEAD_INS: Record<string, readonly string[]> = {
  calculator: ['I will check the numbers with the calculator.', 'Working that out first.'],
  read_file: ['I need to read the document first.', 'Checking the file before I answer.'],
  query_db: ['I will look that up in the database.', 'Checking the records first.'],
}

/**
 * Voice h's text tool calls, in the formats of the Llama 3.1/3.2 family it imitates when the
 * server's template does not turn them into native calls: 3.2's bracketed Python list
 * `[calculator(expression="…")]` (always the whole reply), 3.1's `<function=name>{…}</function>`
 * tag, and the JSON call behind a leaked `<|python_tag|>` token; the last two after a plain
 * sentence three times in ten.
 */
export function writeCallH(name: string, args: Record<string, unknown>, format: TextCallFormat, rng: Rng): string {
  if (format === 'pythonic') return textToolCall(name, args, 'pythonic')
  const call = format === 'function_tag' ? `<function=${name}>${pythonJson(args)}</function>` : `<|python_tag|>${pythonJson({ name, parameters: args })}`
  if (!rng.chance(0.3)) return call
  return `${rng.pick(LEAD_INS[name] ?? ['Checking that first.'])}\n\n${call}`
}
