import { z } from 'zod'
import { AgentName } from './common.js'
import { TOOL_OWNERS } from '../access.js'
import { SCOPES } from './oauth.js'

/** Edit distance (insert, delete, substitute), for "did you mean" hints. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/** The closest of `known` to `word` when it is a plausible typo (at most a third of it differs). */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined
  for (const name of known) {
    const distance = editDistance(word, name)
    if (!best || distance < best.distance) best = { name, distance }
  }
  return best && best.distance <= Math.max(2, Math.floor(word.length / 3)) ? best.name : undefined
}

const KNOWN_SCOPES: readonly string[] = Object.values(SCOPES)

/** A scope of an agent's client: one the fleet knows, so a typo is refused, not silently useless. */
const AgentScope = z.string().superRefine((scope, ctx) => {
  if (KNOWN_SCOPES.includes(scope)) return
  const hint = didYouMean(scope, KNOWN_SCOPES)
  ctx.addIssue({ code: 'custom', message: `unknown scope "${scope}"${hint ? `; did you mean ${hint}?` : ` (known: ${KNOWN_SCOPES.join(', ')})`}` })
})

/** One agent of `config/agents.yaml`. */
export const AgentConfig = z.object({
  name: AgentName,
  role: z.string().min(1),
  persona: z.string().min(1),
  /** Tools the agent is offered in its turns: those of its discovery (its scopes) named here. */
  tools: z.array(z.string()).default([]),
  /** OAuth scopes of the agent's client. */
  scopes: z.array(AgentScope).default([]),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  emoji: z.string().optional(),
}).strict().superRefine((agent, ctx) => {
  // `tools` grants nothing by itself: a tool the agent's scopes do not allow was silently never offered.
  agent.tools.forEach((tool, i) => {
    const owned = TOOL_OWNERS[tool]
    if (owned === undefined) {
      const hint = didYouMean(tool, Object.keys(TOOL_OWNERS))
      ctx.addIssue({ code: 'custom', path: ['tools', i], message: `unknown tool "${tool}"${hint ? `; did you mean ${hint}?` : ` (tools: ${Object.keys(TOOL_OWNERS).join(', ')})`}` })
    } else if (!agent.scopes.includes(owned.scope)) {
      ctx.addIssue({ code: 'custom', path: ['tools', i], message: `tool "${tool}" needs the scope ${owned.scope} in this agent's scopes: an agent is offered only the tools its scopes allow` })
    }
  })
})
export type AgentConfig = z.infer<typeof AgentConfig>

export const AgentsFile = z.object({
  agents: z.array(AgentConfig).min(2).max(12),
}).strict().superRefine((file, ctx) => {
  const seen = new Set<string>()
  file.agents.forEach((agent, i) => {
    if (seen.has(agent.name)) ctx.addIssue({ code: 'custom', path: ['agents', i, 'name'], message: `duplicate agent name "${agent.name}"` })
    seen.add(agent.name)
  })
})
export type AgentsFile = z.infer<typeof AgentsFile>

export const StrategyName = z.enum(['timing_errors', 'false_info', 'coordination_chaos', 'subtle_delays', 'wrong_tools'])
export type StrategyName = z.infer<typeof StrategyName>

// Only what something reads: a `label` and a `severity` (the seed's) were read by nothing, so setting them did nothing.
export const StrategyConfig = z.object({
  instructions: z.string().min(1),
}).strict()

/**
 * heist.yaml `memory:` settings that the memory service applies. They travel with each write
 * (`POST /memory/:session/messages?…`), so a session's profile reaches the live service and
 * heist.yaml is their one source (the service reads none from its environment).
 */
export const MemoryCompression = z.object({
  /** Compress once more than this many messages are not yet covered by the summary. */
  compression_threshold_messages: z.number().int().min(2).max(1000).default(10),
  /** Newest messages always kept verbatim (never summarised by a compression). */
  recent_messages: z.number().int().min(1).max(100).default(6),
  /** Upper bound of the rolling summary, in tokens. */
  summary_max_tokens: z.number().int().min(16).max(4000).default(200),
})
export type MemoryCompression = z.infer<typeof MemoryCompression>

/** `config/heist.yaml`: how a session runs. */
export const HeistFile = z.object({
  session: z.object({
    rounds: z.number().int().min(1).max(1000).default(5),
    turn_order: z.array(AgentName).min(1),
    max_tool_steps: z.number().int().min(0).max(10).default(3),
    opening_prompt: z.string().min(1),
  }).strict(),
  model: z.object({
    temperature: z.number().min(0).max(2).default(0.7),
    max_tokens: z.number().int().min(16).max(8192).default(500),
    timeout_ms: z.number().int().min(100).max(600_000).default(60_000),
    retries: z.number().int().min(0).max(10).default(2),
    /**
     * Sent as the request's `stop`: where a server ends the reply. Absent, the orchestrator sends
     * the end-of-turn tokens local models write out when a chat template does not match; `[]`
     * sends none (for a server that refuses `stop`, or OpenAI's limit of four). Left out of the
     * parsed file when absent, so a session recorded before the setting existed still resumes.
     */
    stop: z.array(z.string().min(1).max(64)).max(16).optional(),
    /**
     * How the model's reasoning block shows in its text, so none is ever streamed: `opened_by_template`
     * (the chat template writes `<think>`, the model only `</think>`: Qwen3-…-Thinking-2507, DeepSeek-R1
     * distills, QwQ), `written_by_model` (both tags or none), absent or `auto`: known names, then each
     * session's first reply with text, held until it ends (docs/security.md).
     */
    reasoning_block: z.enum(['auto', 'opened_by_template', 'written_by_model']).optional(),
  }).strict(),
  memory: z.object({
    context_budget_tokens: z.number().int().min(128).max(100_000).default(1500),
    ...MemoryCompression.shape,
  }).strict(),
  mole: z.object({
    preamble: z.string().min(1),
    /**
     * The sealed brief every agent that is not the mole reads (control games included), in the
     * same place and padded to the same token length as the mole's instructions, so nothing
     * derived from the prompt tells the mole apart (docs/security.md).
     */
    crew_brief: z.string().min(1),
    strategies: z.record(StrategyName, StrategyConfig),
  }).strict(),
  /**
   * How agents reach their tools: the REST routes, or each tool service's MCP server. Discovery,
   * the agent's own resource-bound tokens, results and events are the same either way.
   */
  tools: z.object({
    transport: z.enum(['rest', 'mcp']).default('rest'),
  }).strict().default({ transport: 'rest' }),
  /** How the orchestrator service runs sessions (the service's limits, not a session's rules). */
  orchestrator: z.object({
    /** Sessions running or paused at once; one more is answered 429 with `Retry-After`. */
    max_running_sessions: z.number().int().min(1).max(1000).default(20),
    /** The `Retry-After` (seconds) of that 429. */
    retry_after_s: z.number().int().min(1).max(3600).default(30),
  }).strict().default({ max_running_sessions: 20, retry_after_s: 30 }),
  detection: z.object({
    rule_weight: z.number().min(0).max(1).default(0.6),
    llm_weight: z.number().min(0).max(1).default(0.4),
    signals: z.object({
      tool_usage: z.number().min(0).max(1).default(0.25),
      timing: z.number().min(0).max(1).default(0.3),
      message_anomaly: z.number().min(0).max(1).default(0.2),
      information_quality: z.number().min(0).max(1).default(0.25),
    }).strict(),
  }).strict().superRefine((detection, ctx) => {
    // Here, not with the team checks: the detection service reads this file alone, and weights
    // summing to 1.1 were taken and divided by their sum, silently another split than the one written.
    if (Math.abs(detection.rule_weight + detection.llm_weight - 1) > 1e-6) {
      ctx.addIssue({ code: 'custom', path: ['llm_weight'], message: 'rule_weight + llm_weight must be 1' })
    }
  }),
}).strict()
export type HeistFile = z.infer<typeof HeistFile>
