import type { Rng } from '../random.js'
import { pythonJson } from '../text-calls.js'
import type { TextCallFormat } from '../voice.js'

/** What it says before an LM Studio tool request now and then, in its own register. */
const LEAD_INS: readonly string[] = ['I need to check the relevant information first.', 'Let me use the tool to confirm this.', 'OK, I will query it now.']

/** A string as Python's `repr` writes it: single quotes unless the text holds one. */
function pyRepr(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value)
  if (value.includes("'") && !value.includes('"')) return `"${value}"`
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

/**
 * Voice j's text tool calls, in the GLM family's shapes as they reach the orchestrator when the
 * server's template does not turn them into native calls: GLM-4's function name on a line of its
 * own with the JSON arguments under it (its assistant "metadata" line, then the content), ChatGLM3's
 * name line over a ```python fence holding `tool_call(key='…')` (the shape the family was tuned on
 * before GLM-4), and LM Studio's default tool-use request `[TOOL_REQUEST]{…}[END_TOOL_REQUEST]`,
 * which passes through as text when the model leaves out the closing marker or talks first.
 */
export function writeCallJ(name: string, args: Record<string, unknown>, format: TextCallFormat, rng: Rng): string {
  if (format === 'glm_python') {
    return `${name}\n\`\`\`python\ntool_call(${Object.entries(args).map(([key, value]) => `${key}=${pyRepr(value)}`).join(', ')})\n\`\`\``
  }
  if (format === 'lmstudio') {
    const request = `[TOOL_REQUEST]\n${pythonJson({ name, arguments: args })}`
    return rng.chance(0.5) ? `${rng.pick(LEAD_INS)}\n${request}\n[END_TOOL_REQUEST]` : request
  }
  return `${name}\n${pythonJson(args)}`
}
