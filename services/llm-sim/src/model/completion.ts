import { z } from 'zod'
import { fillSchema } from './json-fill.js'
import { judge } from './judge.js'
import { parsePrompt, type DetectionPrompt, type Prompt } from './prompt.js'
import { canonicalHash, fnv1a, Rng } from './random.js'
import { summarise } from './summariser.js'
import { chatCompletionTokens } from '@heist/shared/tokens'
import { truncateToTokens } from '@heist/shared/tokens'
import { promptTokens, tokenCount } from './tokens.js'
import { stopAt } from './stop.js'
import { respondToTurn } from './turn.js'
import type { Voice } from './voice.js'
import { voiceFor } from './voices/index.js'
import { ChatCompletionRequest, functionTools, type AssistantToolCall, type ChatCompletion, type FinishReason, type FunctionTool, type Reply } from './types.js'

export const MODEL_ID = 'heist-sim'
const FINGERPRINT = 'fp_heist_sim_1'
/** `created` when the caller gives no clock: a fixed instant keeps the whole object deterministic. */
const DEFAULT_CREATED = 1_767_225_600

export interface SimulateOptions {
  /** Unix seconds for `created`; the server passes its clock. */
  created?: number
}

const GENERIC_REPLIES = [
  'Understood. I will keep to the heist plan and keep my answers short.',
  'Noted. Give me the next step and I will handle my part.',
  'Understood; I am ready to continue with the plan.',
]

function genericText(prompt: Prompt, rng: Rng): string {
  if (prompt.kind === 'generic' && prompt.user.trim().endsWith('?')) return `Short answer: I would check with the team and the tools before committing. ${rng.pick(GENERIC_REPLIES)}`
  return rng.pick(GENERIC_REPLIES)
}

/** The judge's JSON as the voice writes it: bare, fenced, or followed by a sentence (as small local models do). */
function judgeReply(prompt: DetectionPrompt, voice: Voice, rng: Rng): string {
  const json = JSON.stringify(judge(prompt))
  const fenced = rng.fork('fence').chance(voice.judge.fenced)
  const body = fenced ? `${voice.judge.preface}\n\`\`\`json\n${json}\n\`\`\`` : json
  return rng.fork('trailing').chance(voice.judge.trailing) ? `${body}\n${rng.pick(voice.judge.afterwords)}` : body
}

function jsonReply(request: ChatCompletionRequest, prompt: Prompt, rng: Rng, voice: Voice): string {
  if (prompt.kind === 'detection') return judgeReply(prompt, voice, rng)
  const text = prompt.kind === 'summary' ? summarise(prompt) : genericText(prompt, rng)
  const format = request.response_format
  if (format?.type === 'json_schema' && format.json_schema.schema) return JSON.stringify(fillSchema(format.json_schema.schema, text, rng))
  return JSON.stringify({ response: text })
}

/** The tool a request obliges the model to call (`tool_choice` required or named), if any. */
function forcedTool(request: ChatCompletionRequest): FunctionTool | undefined {
  const choice = request.tool_choice
  const tools = functionTools(request)
  if (choice === 'required') return tools[0]
  if (choice && typeof choice === 'object') return tools.find((t) => t.function.name === choice.function.name)
  return undefined
}

/** Decide the reply: what a model would write for this request. */
function decide(request: ChatCompletionRequest, rng: Rng): Reply {
  const prompt = parsePrompt(request)
  const voice = voiceFor(request.model)
  const wantsJson = request.response_format?.type === 'json_object' || request.response_format?.type === 'json_schema'
  if (wantsJson || prompt.kind === 'detection') return { kind: 'text', text: jsonReply(request, prompt, rng, voice) }
  if (prompt.kind === 'turn') return respondToTurn(prompt, request, voice)
  const forced = forcedTool(request)
  if (forced) return { kind: 'tools', calls: [{ name: forced.function.name, args: fillSchema(forced.function.parameters ?? { type: 'object' }, 'heist plan', rng) as Record<string, unknown> }] }
  if (prompt.kind === 'summary') return { kind: 'text', text: summarise(prompt) }
  return { kind: 'text', text: genericText(prompt, rng) }
}

/** The part of a request that decides the answer: transport options (stream, usage) never do, and `stop` only ends it early. */
export function requestHash(request: ChatCompletionRequest): number {
  const { messages, tools, tool_choice, response_format, seed, prompt_cache_key, max_tokens, max_completion_tokens } = request
  // An absent key is left out of the hash: a request without one is answered as it always was.
  return canonicalHash({ messages, tools, tool_choice, response_format, seed, prompt_cache_key, max_tokens, max_completion_tokens })
}

/**
 * Answer a chat completion request deterministically, from the request alone: the same request
 * always yields the same completion. Throws a ZodError for a request that is not a chat request.
 */
export function simulateCompletion(input: z.input<typeof ChatCompletionRequest>, options: SimulateOptions = {}): ChatCompletion {
  const request = ChatCompletionRequest.parse(input)
  const hash = requestHash(request)
  const reply = decide(request, new Rng(hash))
  const limit = request.max_completion_tokens ?? request.max_tokens ?? Infinity
  let content: string | null = null
  let toolCalls: AssistantToolCall[] | undefined
  let finish: FinishReason = 'stop'
  if (reply.kind === 'tools') {
    toolCalls = reply.calls.map((call, i) => ({ id: `call_${(fnv1a(`${hash}:${i}`) >>> 0).toString(36)}${i}`, type: 'function', function: { name: call.name, arguments: JSON.stringify(call.args) } }))
    finish = 'tool_calls'
  } else {
    content = reply.text
    // Generation ends at a stop string before it can reach the length limit beyond it.
    const stop = stopAt(content, request.stop)
    if (stop >= 0) content = content.slice(0, stop)
    if (tokenCount(content) > limit) {
      content = truncateToTokens(content, limit)
      finish = 'length'
    }
  }
  const billed = { text: content ?? '', toolCalls: (toolCalls ?? []).map((c) => c.function) }
  return {
    id: `chatcmpl-sim${hash.toString(36)}`,
    object: 'chat.completion',
    created: options.created ?? DEFAULT_CREATED,
    model: request.model,
    system_fingerprint: FINGERPRINT,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null, ...(toolCalls ? { tool_calls: toolCalls } : {}) }, finish_reason: finish, logprobs: null }],
    usage: countedWhenRead(() => {
      const prompt = promptTokens(request.messages, request.tools ? JSON.stringify(request.tools) : '')
      const completion = chatCompletionTokens(billed)
      return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion }
    }),
  }
}

/**
 * `usage`, counted the first time it is read (serialising the completion reads it). Counting is a
 * third of a completion's CPU (the tokenizer over the whole prompt, the system prompt without the
 * memo); sessions played in-process that read only the message (the voice tests, 94 ms a game) skip it.
 */
function countedWhenRead(count: () => ChatCompletion['usage']): ChatCompletion['usage'] {
  let counted: ChatCompletion['usage'] | undefined
  const usage = () => (counted ??= count())
  return {
    get prompt_tokens() { return usage().prompt_tokens },
    get completion_tokens() { return usage().completion_tokens },
    get total_tokens() { return usage().total_tokens },
  }
}
