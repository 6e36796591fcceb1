import type { Rng } from '../random.js'
import { pythonJson } from '../text-calls.js'
import type { TextCallFormat } from '../voice.js'

/** The sentence it writes first, explaining the step it is about to take, as in a worked solution. */
const LEAD_INS: Record<string, readonly string[]> = {
  calculator: ['To determine the exact time, I will use the calculator.', 'Let\'s compute this with the calculator first.'],
  read_file: ['To answer this accurately, I need to read the relevant document.', 'Let\'s check the document before drawing any conclusions.'],
  query_db: ['To verify the guard schedule, I will query the security database.', 'Let\'s look this up in the database first.'],
}
const LEAD_IN = 0.35
/** `<|tool_call|>[…]<|/tool_call|>`, as its chat template's tool format has it. */
const CLOSED = 0.4
/** The same with the closing token left off (the reply ends at the list). */
const UNCLOSED = 0.15
/** `functools[…]`: the plain-word marker it also writes, which vLLM's `phi4_mini_json` parser looks for. */
const FUNCTOOLS = 0.3

/**
 * Voice o's text tool calls: Microsoft Phi-4-mini-instruct's function-calling output as it reaches
 * the text when the server's template does not parse it (Ollama's first `phi4-mini` template, an
 * LM Studio preset without its tool format, a call after a sentence): a JSON list of
 * `{"name", "arguments"}` objects with `json.dumps` spacing, between its `<|tool_call|>` and
 * `<|/tool_call|>` tokens, with the closing token missing, after the word `functools`, or, the rest
 * of the time, one bare object as a template that only shows tools in the system prompt leaves it.
 * A sentence explaining the step comes first about a third of the time.
 */
export function writeCallO(name: string, args: Record<string, unknown>, _format: TextCallFormat, rng: Rng): string {
  const list = pythonJson([{ name, arguments: args }])
  const shape = rng.next()
  const written = shape < CLOSED
    ? `<|tool_call|>${list}<|/tool_call|>`
    : shape < CLOSED + UNCLOSED
      ? `<|tool_call|>${list}`
      : shape < CLOSED + UNCLOSED + FUNCTOOLS
        ? `functools${list}`
        : pythonJson({ name, arguments: args })
  return rng.chance(LEAD_IN) ? `${rng.pick(LEAD_INS[name] ?? ['Let\'s use a tool for this step.'])}\n${written}` : written
}
