import type { Rng } from '../random.js'
import type { TextCallFormat } from '../voice.js'

/** The sentence it sometimes writes before the call, saying what it is about to do. */
const LEAD_INS: Record<string, readonly string[]> = {
  calculator: ['Okay, let me run those numbers real quick.', 'Let me double-check the math with the calculator first.'],
  read_file: ['Okay, let me pull up the document to be sure.', 'Let me check what the file actually says first.'],
  query_db: ['Okay, let me look that up in the database.', 'Let me query the records to confirm.'],
}
const LEAD_IN = 0.4
/** Gemini's code-execution habit, which Gemma 3 inherited: a ```tool_code fence printing `default_api.name(…)`. */
const DEFAULT_API = 0.3
/** The same fence printing the bare call. */
const PRINTED = 0.15
/** The JSON object of Google's function-calling prompt for Gemma, `{"name", "parameters"}`, pretty-printed in a ```json fence. */
const JSON_FENCE = 0.35

/** Python keyword arguments with double-quoted strings, as Gemma writes them. */
function pythonArgs(args: Record<string, unknown>): string {
  return Object.entries(args).map(([key, value]) => `${key}=${typeof value === 'string' ? JSON.stringify(value) : String(value)}`).join(', ')
}

/**
 * Voice p's text tool calls: Gemma 3 has no tool tokens and no tool section in the chat templates
 * Ollama and LM Studio ship for it, so a call is whatever it writes in the text when a tool prompt
 * asks for one: a ```tool_code fence printing `default_api.calculator(expression="…")` (the Gemini
 * code-execution format it was distilled from), the same fence printing the bare call, the
 * `{"name": …, "parameters": …}` object of Google's function-calling guide pretty-printed in a
 * ```json fence, or the guide's Python list `[calculator(expression="…")]`; four times in ten after a
 * sentence saying what it is about to do.
 */
export function writeCallP(name: string, args: Record<string, unknown>, _format: TextCallFormat, rng: Rng): string {
  const shape = rng.next()
  const call = `${name}(${pythonArgs(args)})`
  const written = shape < DEFAULT_API
    ? `\`\`\`tool_code\nprint(default_api.${call})\n\`\`\``
    : shape < DEFAULT_API + PRINTED
      ? `\`\`\`tool_code\nprint(${call})\n\`\`\``
      : shape < DEFAULT_API + PRINTED + JSON_FENCE
        ? `\`\`\`json\n${JSON.stringify({ name, parameters: args }, null, 2)}\n\`\`\``
        : `[${call}]`
  return rng.chance(LEAD_IN) ? `${rng.pick(LEAD_INS[name] ?? ['Let me use a tool for this.'])}\n\n${written}` : written
}
