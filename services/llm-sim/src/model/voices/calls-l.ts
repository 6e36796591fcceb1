import type { Rng } from '../random.js'
import { pythonJson } from '../text-calls.js'
import type { TextCallFormat } from '../voice.js'

/** A short line in character before the call now and then; Ollama only turns a reply into a native call when the call comes first. */
const LEAD_INS: Record<string, readonly string[]> = {
  calculator: ['Let me run the numbers real quick.', 'Hang on, doing the math.'],
  read_file: ['Pulling up the file.', 'One sec, let me check the docs.'],
  query_db: ['Let me check the database.', 'Digging through the records.'],
}
const LEAD_IN = 0.3

/**
 * Voice l's text tool calls, in the format NVIDIA's Nemotron-Mini-4B-Instruct was trained on and its
 * chat template writes: `<toolcall> {"name": …, "arguments": {…}} </toolcall>`, spaces inside the
 * tags, `json.dumps` spacing. Three times in ten a line in character comes first, which is when a
 * server's tool parser (that looks for the tag at the start) leaves it as text.
 */
export function writeCallL(name: string, args: Record<string, unknown>, _format: TextCallFormat, rng: Rng): string {
  const written = `<toolcall> ${pythonJson({ name, arguments: args })} </toolcall>`
  return rng.chance(LEAD_IN) ? `${rng.pick(LEAD_INS[name] ?? ['One sec.'])}\n${written}` : written
}
