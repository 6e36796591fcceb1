import type { Rng } from '../random.js'
import { pythonJson, pythonRepr } from '../text-calls.js'
import type { TextCallFormat } from '../voice.js'

const LEAD_INS: Record<string, readonly string[]> = {
  calculator: ['Let me check the numbers.', 'Running the maths first:'],
  read_file: ['Let me pull up the document.', 'Checking the doc before I answer:'],
  query_db: ['Let me query the database.', 'One query first:'],
}

function leadIn(name: string, rng: Rng): string {
  return rng.pick(LEAD_INS[name] ?? ['Let me check that first.'])
}

/**
 * Voice d's text tool calls, as three families of local models write them: Qwen's Hermes tags
 * with `json.dumps` spacing; Llama 3's JSON with `parameters`, fenced, sometimes after a
 * sentence; and a Python call in a ```python fence or inline backticks with `repr` quoting.
 */
export function writeCallD(name: string, args: Record<string, unknown>, format: TextCallFormat, rng: Rng): string {
  if (format === 'hermes') return `<tool_call>\n${pythonJson({ name, arguments: args })}\n</tool_call>`
  const said = rng.chance(0.5) ? `${leadIn(name, rng)}\n` : ''
  if (format === 'fenced') return `${said}\`\`\`json\n${pythonJson({ name, parameters: args })}\n\`\`\``
  const call = `${name}(${Object.entries(args).map(([k, v]) => `${k}=${pythonRepr(v)}`).join(', ')})`
  return rng.chance(0.5) ? `${said}\`\`\`python\n${call}\n\`\`\`` : `${said}\`${call}\``
}
