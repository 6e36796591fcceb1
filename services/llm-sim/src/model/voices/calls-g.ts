import type { Rng } from '../random.js'
import { pythonJson, textToolCall } from '../text-calls.js'
import type { TextCallFormat } from '../voice.js'

/** A line in character before the call, as role-playing chat models write one. */
const LEAD_INS: Record<string, readonly string[]> = {
  calculator: ['*grabs the calculator*', 'Let me run the numbers real quick.'],
  read_file: ['*pulls up the file*', 'Hang on, checking the docs.'],
  query_db: ['*logs into the database*', 'One sec, pulling the records.'],
}

/**
 * Voice g's text tool calls, in the formats the model families it imitates emit when the server
 * does not turn them into native calls: Mistral's `[TOOL_CALLS] [{…}]` (always the whole reply, as
 * Mistral starts it with that token), Llama 3.1's bare `{"name": …, "parameters": …}`, Gemma's
 * ```tool_code fence around a Python call, and Qwen's Hermes tags; the last three after a line in
 * character two times in five.
 */
export function writeCallG(name: string, args: Record<string, unknown>, format: TextCallFormat, rng: Rng): string {
  // Qwen writes its tags around `json.dumps` output; the others' spacing is the shared writer's.
  const call = format === 'hermes' ? `<tool_call>\n${pythonJson({ name, arguments: args })}\n</tool_call>` : textToolCall(name, args, format)
  if (format === 'mistral' || !rng.chance(0.4)) return call
  return `${rng.pick(LEAD_INS[name] ?? ['Checking something first.'])}\n\n${call}`
}
