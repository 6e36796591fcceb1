import type { Rng } from '../random.js'
import { pythonJson, pythonRepr } from '../text-calls.js'
import type { TextCallFormat } from '../voice.js'

/** What it says before the call when it writes one, in character (a server's parser that looks for the tag at the start then leaves the whole reply as text). */
const LEAD_INS: Record<string, readonly string[]> = {
  calculator: ['Give me a second to run the numbers.', 'Numbers first, then we talk.'],
  read_file: ['Let me pull the file before I say another word.', 'One look at the document first.'],
  query_db: ['Let me check the records before I commit to anything.', 'Time to ask the database.'],
}
const LEAD_IN = 0.3
/** The object as a Python dict (single quotes), as Hermes 2 Pro and Hermes 3 write it now and then (NousResearch's prompt asks for "double quotes" because of it). */
const PYTHON_DICT = 0.3
/** `"name"` before `"arguments"`, the order of the tool-use example in Hermes 3's chat template. */
const NAME_FIRST = 0.15

/**
 * Voice s's text tool calls: Hermes 3's `<tool_call>` tags on lines of their own round one object,
 * `{"arguments": {…}, "name": …}` — arguments first, the order of the pydantic `FunctionCall` schema in
 * NousResearch's function-calling system prompt — with `json.dumps` spacing, as a server whose
 * template or parser misses it leaves it in the text. Three times in ten as a Python dict with
 * single quotes, sometimes name first; three times in ten after a line in character.
 */
export function writeCallS(name: string, args: Record<string, unknown>, _format: TextCallFormat, rng: Rng): string {
  const shape = rng.next()
  const object = shape < PYTHON_DICT
    ? pythonRepr({ arguments: args, name })
    : shape < PYTHON_DICT + NAME_FIRST
      ? pythonJson({ name, arguments: args })
      : pythonJson({ arguments: args, name })
  const written = `<tool_call>\n${object}\n</tool_call>`
  return rng.chance(LEAD_IN) ? `${rng.pick(LEAD_INS[name] ?? ['One check first.'])}\n${written}` : written
}
