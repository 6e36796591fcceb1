import type { Rng } from '../random.js'
import type { TextCallFormat } from '../voice.js'

const LEAD_INS: Record<string, readonly string[]> = {
  calculator: ['Before I commit to a number, I\'ll verify the arithmetic with the calculator tool.', 'Let me double-check this calculation first:'],
  read_file: ['I\'ll consult the relevant document before answering.', 'To ground this in the source material, let me read the file:'],
  query_db: ['I\'ll query the security database to confirm this.', 'Let me pull the exact records first:'],
}

const THOUGHTS: Record<string, string> = {
  calculator: 'I shouldn\'t estimate the timing in my head. The calculator will give the exact figure.',
  read_file: 'The teammates quoted figures without a source. I need the document itself.',
  query_db: 'The roster matters most here. The database is the authoritative source.',
}

/** `calculator(expression = "3 * 12 + 9")`: keyword arguments with spaces around `=`, as Llama 3's Python-tag calls read. */
function pythonCall(name: string, args: Record<string, unknown>): string {
  return `${name}(${Object.entries(args).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(', ')})`
}

/**
 * Voice f's text tool calls, as reasoning-tuned local models write them when the chat template has
 * no tool support: Hermes tags around pretty-printed JSON, a ```json fence with `"parameters"`, or a
 * keyword-argument Python call on its own line. Most come after a sentence saying why; one in six
 * after a short `<think>` block, which the orchestrator leaves out of what the team sees.
 */
export function writeCallF(name: string, args: Record<string, unknown>, format: TextCallFormat, rng: Rng): string {
  const thought = rng.chance(1 / 6) ? `<think>\n${THOUGHTS[name] ?? 'I need a tool for this.'}\n</think>\n\n` : ''
  const said = rng.chance(0.7) ? `${rng.pick(LEAD_INS[name] ?? ['Let me check that with a tool first.'])}\n\n` : ''
  if (format === 'hermes') return `${thought}${said}<tool_call>\n${JSON.stringify({ name, arguments: args }, null, 2)}\n</tool_call>`
  if (format === 'fenced') return `${thought}${said}\`\`\`json\n${JSON.stringify({ name, parameters: args }, null, 2)}\n\`\`\``
  return `${thought}${said}${pythonCall(name, args)}`
}
