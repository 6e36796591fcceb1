import { countTokensUnremembered, tokenCountRemembered } from '@heist/shared/tokens'
import { describe, expect, it } from 'vitest'
import type { ChatCompletion } from '../src/model/index.js'
import { useSimApp } from './helpers/sim-app.js'

const app = useSimApp()

/** A text of many lines (long enough to be counted line by line), unique to this run. */
function lines(label: string): string {
  const run = `${Date.now()}-${Math.random()}`
  return Array.from({ length: 12 }, (_, i) => `${label} line ${i} of run ${run}: keep to the plan and say nothing of it.`).join('\n')
}

describe("llm-sim's token memo is no timing oracle for system prompts", () => {
  it('remembers no line of a system prompt it billed, and still remembers the conversation', async () => {
    // The mole's sealed brief stands in the system prompt: a remembered line would answer the next
    // prompt that holds it faster, so anyone on loopback could time which brief was seen lately.
    const system = `You are intel, the team's Intelligence Officer.\n${lines('sealed brief')}`
    const user = lines('[planner] public talk')
    const reply = await app().inject({ method: 'POST', url: '/v1/chat/completions', payload: { model: 'heist-sim', messages: [{ role: 'system', content: system }, { role: 'user', content: user }] } })
    expect(reply.statusCode).toBe(200)
    expect(tokenCountRemembered(user)).toBe(true)
    expect(tokenCountRemembered(system)).toBe(false)
    // Billed as before: 3 + (4 + system) + (4 + user), counted here without touching the memo.
    expect(reply.json<ChatCompletion>().usage.prompt_tokens).toBe(3 + 4 + countTokensUnremembered(system) + 4 + countTokensUnremembered(user))
  })
})
