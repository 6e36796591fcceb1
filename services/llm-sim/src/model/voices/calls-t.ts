import type { Rng } from '../random.js'
import { pythonJson } from '../text-calls.js'
import type { TextCallFormat } from '../voice.js'

/** The sentence it writes before the action, as InternLM's function-call data always shows one. */
const LEAD_INS: Record<string, readonly string[]> = {
  calculator: ['I need to use the calculator to confirm this time.', 'Let me verify the figure with the calculator first.'],
  read_file: ['I need to check the relevant document before I answer.', 'I will read the document to confirm the details.'],
  query_db: ['I need to query the database for the guard information.', 'Let me check the records in the database first.'],
}
const LEAD_IN = 0.65
/** Both tokens and the closing one, as a server that renders special tokens and has no InternLM parser shows them. */
const WHOLE = 0.5
/** The reply cut at `<|action_end|>`, which LMDeploy-style stop lists hold. */
const CUT_AT_END = 0.2
/** `<|action_start|>` dropped, `<|plugin|>` left. */
const NO_START = 0.1

/**
 * Voice t's text tool calls: InternLM's plugin call, the sentence first and on the same line
 * `<|action_start|><|plugin|>`, then `{"name": …, "parameters": …}` on a line of its own (`json.dumps`
 * spacing) and `<|action_end|>`. A server whose template or parser does not know it leaves it in the
 * text: whole, cut at the closing token, with the first token dropped, or with every special token
 * stripped (a runtime that does not render them), which leaves the sentence and the bare object.
 */
export function writeCallT(name: string, args: Record<string, unknown>, _format: TextCallFormat, rng: Rng): string {
  const json = pythonJson({ name, parameters: args })
  const shape = rng.next()
  const lead = rng.chance(LEAD_IN) ? rng.pick(LEAD_INS[name] ?? ['I need to use a tool for this.']) : ''
  if (shape >= WHOLE + CUT_AT_END + NO_START) return lead ? `${lead}\n${json}` : json
  const opener = shape < WHOLE + CUT_AT_END ? '<|action_start|><|plugin|>' : '<|plugin|>'
  const close = shape < WHOLE || shape >= WHOLE + CUT_AT_END ? '<|action_end|>' : ''
  return `${lead}${opener}\n${json}${close}`
}
