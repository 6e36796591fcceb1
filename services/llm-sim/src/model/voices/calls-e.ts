import type { Rng } from '../random.js'
import type { TextCallFormat } from '../voice.js'

const LEAD_INS: Record<string, readonly string[]> = {
  calculator: ['ok lemme run the numbers', 'checking the maths first'],
  read_file: ['pulling the doc', 'one sec reading it'],
  query_db: ['asking the db', 'quick query'],
}

/** `calculator("3 * 12 + 9")`: the first argument positional, the rest by keyword, double quotes. */
function pythonCall(name: string, args: Record<string, unknown>): string {
  const [first, ...rest] = Object.entries(args)
  const parts = first ? [JSON.stringify(first[1]), ...rest.map(([k, v]) => `${k}=${JSON.stringify(v)}`)] : []
  return `${name}(${parts.join(', ')})`
}

/**
 * Voice e's text tool calls, as Mistral- and Phi-class models write them when the chat template
 * has no tool support: Hermes tags with `arguments` before `name` (or a Python call inside the
 * tags), a bare ``` fence around 4-space-indented JSON, and a Python call with a positional
 * argument; two in five after a short lowercase lead-in.
 */
export function writeCallE(name: string, args: Record<string, unknown>, format: TextCallFormat, rng: Rng): string {
  const said = rng.chance(0.4) ? `${rng.pick(LEAD_INS[name] ?? ['checking'])}:\n` : ''
  if (format === 'hermes') {
    const inner = rng.chance(0.3) ? pythonCall(name, args) : JSON.stringify({ arguments: args, name })
    return `${said}<tool_call>\n${inner}\n</tool_call>`
  }
  if (format === 'fenced') return `${said}\`\`\`\n${JSON.stringify({ name, arguments: args }, null, 4)}\n\`\`\``
  return `${said}${pythonCall(name, args)}`
}
