import { TURN_PROMPT, type AgentConfig, type HeistFile, type MemoryContext } from '@heist/shared'
import { sealedBrief } from './sealed-brief.js'
import type { AgentTool, ChatMessage, FunctionTool, Game } from './types.js'

export interface PromptInput {
  agent: AgentConfig
  /** Every agent of the session, in turn order. */
  team: readonly AgentConfig[]
  heist: HeistFile
  game: Game
  memory: MemoryContext
  orders: readonly string[]
  round: number
  rounds: number
}

/**
 * The system prompt of one agent (docs/prompt-format.md). The mole's secret instructions
 * are added here, for the mole only, and nowhere else, inside a sealed brief that has the
 * same token length for every agent of every game under one configuration.
 */
export function systemPrompt(input: PromptInput): string {
  const { agent, team, heist, game, memory } = input
  const lines = [
    `${TURN_PROMPT.identity(agent.name, agent.role)} ${agent.persona}`,
    `${TURN_PROMPT.team} ${team.map((a) => `${a.name} (${a.role})`).join(', ')}`,
    'Keep each message short (2-4 sentences) and concrete. Speak as yourself; do not write other agents\' lines.',
  ]
  // Every agent reads a sealed brief of the same token length: the mole its instructions, the others the crew brief.
  lines.push(sealedBrief(heist.mole, game, agent.name))
  if (memory.summary) lines.push(TURN_PROMPT.summary, memory.summary.text)
  return lines.join('\n')
}

/** The final user message: pending orders, then the round line. */
export function turnPrompt(input: Pick<PromptInput, 'agent' | 'heist' | 'orders' | 'round' | 'rounds'>): string {
  const lines = input.orders.map((text) => `${TURN_PROMPT.order} ${text}`)
  const opening = input.round === 1 ? ` ${input.heist.session.opening_prompt}` : ''
  lines.push(`${TURN_PROMPT.round(input.round, input.rounds)}${opening} It is your turn, ${input.agent.name}.`)
  return lines.join('\n')
}

/** The whole message list for the first model call of a turn. */
export function buildMessages(input: PromptInput): ChatMessage[] {
  const messages: ChatMessage[] = [{ role: 'system', content: systemPrompt(input) }]
  for (const message of input.memory.recent) {
    if (message.agent === input.agent.name) messages.push({ role: 'assistant', content: message.content })
    else messages.push({ role: 'user', content: `[${message.agent}] ${message.content}` })
  }
  messages.push({ role: 'user', content: turnPrompt(input) })
  return messages
}

/** OpenAI function tools from discovered tools, sorted by name so prompts are stable. */
export function functionTools(tools: readonly AgentTool[]): FunctionTool[] {
  return [...tools]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((t) => ({ type: 'function', function: { name: t.name, description: t.description, parameters: t.inputSchema } }))
}

/** A rough token count (≈4 characters per token) for in-process stand-ins and estimates. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4)
}
