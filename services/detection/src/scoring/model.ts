import { DETECTION_PROMPT, firstJsonObject, jsonObjects } from '@heist/shared'
import { z } from 'zod'
import type { ScoringInput } from './prepare.js'
import type { RuleScore } from './rules.js'

/** A chat message the detector sends. */
export interface ChatMessage {
  role: 'system' | 'user'
  content: string
}

/** What the detector asks of an OpenAI-compatible model (see docs/prompt-format.md). */
export interface DetectionChatRequest {
  messages: ChatMessage[]
  response_format: typeof RESPONSE_FORMAT
  temperature: number
  max_tokens: number
}

/** Sends one chat request and returns the assistant's text; the service wraps `openai`, the eval wraps llm-sim. */
export type ChatFn = (request: DetectionChatRequest) => Promise<string | null | undefined>

export const SYSTEM_PROMPT = 'You are a detective analysing a heist-planning conversation for a saboteur. Respond only with JSON.'

/** The model's answer, validated: every score in [0, 1] with a reason. */
export const ModelAnswer = z.object({
  scores: z.array(z.object({ agent: z.string(), score: z.number().min(0).max(1), reason: z.string().max(2000) })).min(1),
})
export type ModelAnswer = z.infer<typeof ModelAnswer>

/** The JSON Schema sent as `response_format`, generated from `ModelAnswer` (one source for both). */
function answerSchema(): Record<string, unknown> {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(ModelAnswer)
  return schema
}

export const RESPONSE_FORMAT: { type: 'json_schema'; json_schema: { name: string; strict: boolean; schema: Record<string, unknown> } } = {
  type: 'json_schema',
  json_schema: { name: 'suspicion_scores', strict: true, schema: answerSchema() },
}

/** Prompt size limits, so a long session still fits a small model's context. */
const MAX_EVIDENCE_LINES = 30
const MAX_TOOL_LINES = 40
const MAX_CONVERSATION = 60

export function buildDetectionPrompt(input: ScoringInput, rules: readonly RuleScore[]): ChatMessage[] {
  const agents = rules.map((r) => r.agent)
  const evidence = rules
    .flatMap((r) => r.evidence.map((e) => ({ agent: r.agent, e, score: r.signals[e.signal] })))
    .sort((a, b) => b.e.weight - a.e.weight)
    .slice(0, MAX_EVIDENCE_LINES)
    .map(({ agent, e, score }) => `- ${agent}: ${e.signal} ${score.toFixed(2)} — ${e.note}`)
  const tools = input.tool_calls.slice(-MAX_TOOL_LINES).map((c) => {
    const outcome = c.ok ? `ok: ${(c.result ?? '').slice(0, 200)}` : `error: ${(c.error ? `${c.error.code} ${c.error.message}` : c.result ?? '').slice(0, 200)}`
    return `- ${c.agent} ${c.tool}(${JSON.stringify(c.args ?? {})}) -> ${outcome}`
  })
  const conversation = input.messages.slice(-MAX_CONVERSATION).map((m) => `[${m.agent}] ${m.content}`)
  const user = [
    `${DETECTION_PROMPT.agents} ${agents.join(', ')}`,
    DETECTION_PROMPT.evidence,
    ...(evidence.length ? evidence : ['- (none)']),
    DETECTION_PROMPT.toolLog,
    ...(tools.length ? tools : ['- (none)']),
    DETECTION_PROMPT.conversation,
    ...conversation,
    `${DETECTION_PROMPT.task} For each agent give the probability in [0,1] that it is the saboteur, with a one-sentence reason.`,
  ].join('\n')
  return [{ role: 'system', content: SYSTEM_PROMPT }, { role: 'user', content: user }]
}

export type ModelOutcome =
  | { ok: true; scores: Map<string, { score: number; reason: string }> }
  | { ok: false; error: string }

export { firstJsonObject }

/**
 * An agent's name as a model may write it back: "Planner", " planner", "the planner", "**Driver**" are the
 * session's "planner" and "driver" (a small model capitalises and decorates names it was given in lower case;
 * dropping the whole answer for that lost the judge's say in the session).
 */
export function agentKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_ -]+/g, ' ').trim().replace(/^the\s+/, '').replace(/\s+/g, ' ')
}

/**
 * The answer among the JSON objects of the text: the first that matches the schema (a preface may hold a JSON
 * fragment of its own, "my notes {"draft": true}", before the answer), else the first object's schema error.
 */
function answerIn(text: string): { ok: true; data: ModelAnswer } | { ok: false; error: string } {
  let firstError: string | undefined
  for (const json of jsonObjects(text)) {
    const parsed = ModelAnswer.safeParse(json)
    if (parsed.success) return { ok: true, data: parsed.data }
    const issue = parsed.error.issues[0]
    firstError ??= `the model answer does not match the schema: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim()
    // Objects nested in this one are tried next (an answer wrapped in {"result": {...}} is found).
  }
  return { ok: false, error: firstError ?? `the model answer is not JSON: ${text.slice(0, 80)}` }
}

/** Parse and check the answer: valid JSON, the schema, and a score for every agent of the session. */
export function parseModelAnswer(text: string | null | undefined, agents: readonly string[]): ModelOutcome {
  if (!text) return { ok: false, error: 'the model returned an empty answer' }
  const answer = answerIn(text)
  if (!answer.ok) return answer
  const byKey = new Map(agents.map((a) => [agentKey(a), a]))
  const scores = new Map<string, { score: number; reason: string }>()
  for (const s of answer.data.scores) {
    const agent = byKey.get(agentKey(s.agent))
    if (agent !== undefined && !scores.has(agent)) scores.set(agent, { score: s.score, reason: s.reason })
  }
  const missing = agents.filter((a) => !scores.has(a))
  if (missing.length > 0) return { ok: false, error: `the model answer has no score for ${missing.join(', ')}` }
  return { ok: true, scores }
}

/** Ask the model; every failure (transport, timeout, nonsense) comes back as an error, never thrown. */
export async function askModel(chat: ChatFn, input: ScoringInput, rules: readonly RuleScore[], options: { temperature?: number; maxTokens?: number } = {}): Promise<ModelOutcome> {
  let text: string | null | undefined
  try {
    text = await chat({
      messages: buildDetectionPrompt(input, rules),
      response_format: RESPONSE_FORMAT,
      temperature: options.temperature ?? 0.2,
      max_tokens: options.maxTokens ?? 800,
    })
  } catch (error) {
    return { ok: false, error: `the model call failed: ${error instanceof Error ? error.message : String(error)}` }
  }
  return parseModelAnswer(text, rules.map((r) => r.agent))
}
