import type { Rng } from '../random.js'
import { pythonJson } from '../text-calls.js'
import type { TextCallFormat } from '../voice.js'

/** What it says before the call when it writes one (the server's parser looks for the marker at the start, and leaves the whole reply as text). */
const LEAD_INS: Record<string, readonly string[]> = {
  calculator: ['Let me check the numbers first.', 'I\'ll run the figures quickly.'],
  read_file: ['I\'ll check the document first.', 'Let me look at the file before I answer.'],
  query_db: ['I\'ll check the database first.', 'Let me pull the records.'],
}
const LEAD_IN = 0.3
/** Mistral Small 3.1's list of `{"name", "arguments"}` objects, the format of the v7 template many GGUFs still carry. */
const V7_LIST = 0.2
/** The name written straight before its arguments, `[ARGS]` left out, as some servers' templates render the v11 call. */
const NO_ARGS_TOKEN = 0.12

/**
 * Voice r's text tool calls: Mistral Small 3.2's v11 call, `[TOOL_CALLS]name[ARGS]{…}` with the
 * arguments as its template's `tojson` writes them (`json.dumps` spacing), which Ollama and LM Studio
 * turn into a native call when their Mistral parser catches it and leave as text when it does not
 * (an older runtime, a GGUF with Mistral Small 3.1's template, text before the marker). Sometimes the
 * older v7 list `[TOOL_CALLS][{"name": …, "arguments": …}]` its 3.1 template shows, or the name right
 * before the arguments with no `[ARGS]`; three times in ten after a sentence saying what it is doing.
 */
export function writeCallR(name: string, args: Record<string, unknown>, _format: TextCallFormat, rng: Rng): string {
  const json = pythonJson(args)
  const shape = rng.next()
  const written = shape < V7_LIST
    ? `[TOOL_CALLS][${pythonJson({ name, arguments: args })}]`
    : shape < V7_LIST + NO_ARGS_TOKEN
      ? `[TOOL_CALLS]${name}${json}`
      : `[TOOL_CALLS]${name}[ARGS]${json}`
  return rng.chance(LEAD_IN) ? `${rng.pick(LEAD_INS[name] ?? ['One check first.'])}\n\n${written}` : written
}
