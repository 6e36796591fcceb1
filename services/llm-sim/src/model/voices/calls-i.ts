import type { Rng } from '../random.js'
import { pythonJson } from '../text-calls.js'
import type { TextCallFormat } from '../voice.js'

/** The one-line tool plan Command R writes before an action (its "Plan:" line, R7B's thinking block). */
const PLANS: Record<string, readonly string[]> = {
  calculator: ['I will use the calculator to work out the timing, then report the result to the team.', 'I will calculate this first and then answer.'],
  read_file: ['I will read the relevant document and then summarize the key details for the team.', 'I will check the file first, then write an answer.'],
  query_db: ['I will query the security database and then report what the records show.', 'I will look up the records first, then answer.'],
}

/**
 * Voice i's text tool calls, in the formats of the Command R family it imitates when the server's
 * template does not turn them into native calls: Command R's multi-step `Action:` block, a ```json
 * fence around a list of `{"tool_name", "parameters"}` objects indented by four spaces (after a
 * "Plan:" line half the time), and Command R7B's `<|START_ACTION|>[…]<|END_ACTION|>` with its
 * `tool_call_id`, always after its `<|START_THINKING|>` tool plan.
 */
export function writeCallI(name: string, args: Record<string, unknown>, format: TextCallFormat, rng: Rng): string {
  const plan = rng.pick(PLANS[name] ?? ['I will use a tool first, then answer.'])
  if (format === 'cohere_r7b') {
    return `<|START_THINKING|>${plan}<|END_THINKING|><|START_ACTION|>[\n    ${pythonJson({ tool_call_id: '0', tool_name: name, parameters: args })}\n]<|END_ACTION|>`
  }
  const action = `Action: \`\`\`json\n${JSON.stringify([{ tool_name: name, parameters: args }], null, 4)}\n\`\`\``
  return rng.chance(0.5) ? `Plan: ${plan}\n${action}` : action
}
