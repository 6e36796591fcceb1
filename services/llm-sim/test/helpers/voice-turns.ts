/**
 * One player's turn offering one tool, as the voice tests ask it of each voice, and the text of the
 * turns in which a voice wrote its tool call as text. Shared by the voice tests (voice-d, -e, -f),
 * which each had their own copy of both.
 */
import { simulateCompletion, type ChatCompletionRequest } from '../../src/model/index.js'
import { TOOLS } from './scenario.js'

/** A turn of `name` (the team's `role`) with only `tool` on offer, for `model` and `seed`. */
export function turnRequest(model: string, seed: number, tool: keyof typeof TOOLS = 'calculator', name = 'safecracker', role = 'Safe Specialist'): ChatCompletionRequest {
  return {
    model,
    seed,
    messages: [{ role: 'system', content: `You are ${name}, the team's ${role}. You are good at your job.` }, { role: 'user', content: `Round 1 of 5. It is your turn, ${name}.` }],
    tools: [TOOLS[tool]!],
  }
}

/** For `model`: over seeds 0–79, the replies to that turn that carry no native tool call, as their text. */
export function textCallsOf(model: string): (tool: keyof typeof TOOLS, name: string, role: string) => string[] {
  return (tool, name, role) =>
    Array.from({ length: 80 }, (_, seed) => simulateCompletion(turnRequest(model, seed, tool, name, role)).choices[0].message).filter((m) => !m.tool_calls).map((m) => m.content ?? '')
}
