import { z } from 'zod'

/** One function tool call as OpenAI writes it in an assistant message. */
export const ToolCallSchema = z.object({
  id: z.string(),
  type: z.literal('function').default('function'),
  function: z.object({ name: z.string(), arguments: z.string() }),
}).passthrough()
export type ToolCallSchema = z.infer<typeof ToolCallSchema>

/** Content is a string or OpenAI's array of parts; only text parts matter here. */
const Content = z.union([
  z.string(),
  z.array(z.object({ type: z.string(), text: z.string().optional() }).passthrough()),
]).nullable().optional()

export const ChatMessage = z.object({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']),
  content: Content,
  name: z.string().optional(),
  tool_calls: z.array(ToolCallSchema).optional(),
  tool_call_id: z.string().optional(),
}).passthrough()
export type ChatMessage = z.infer<typeof ChatMessage>

export const FunctionTool = z.object({
  type: z.literal('function'),
  function: z.object({
    name: z.string().min(1),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
  }).passthrough(),
}).passthrough()
export type FunctionTool = z.infer<typeof FunctionTool>

export const ResponseFormat = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text') }).passthrough(),
  z.object({ type: z.literal('json_object') }).passthrough(),
  z.object({
    type: z.literal('json_schema'),
    json_schema: z.object({
      name: z.string(),
      schema: z.record(z.string(), z.unknown()).optional(),
      strict: z.boolean().nullable().optional(),
    }).passthrough(),
  }).passthrough(),
])
export type ResponseFormat = z.infer<typeof ResponseFormat>

const ToolChoice = z.union([
  z.enum(['none', 'auto', 'required']),
  z.object({ type: z.literal('function'), function: z.object({ name: z.string() }) }).passthrough(),
])

const STOP_MAX = 64
const STOP_RULE = `must be a non-empty string or a list of at most ${STOP_MAX} non-empty strings`
const kind = (value: unknown): string => {
  if (Array.isArray(value)) return `a list of ${value.length}`
  if (value === '') return 'an empty string'
  const type = value === null ? 'null' : typeof value
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`
}
/** What is wrong with a `stop` neither branch of the union took (zod's own word would be "Invalid input"). */
function stopProblem(input: unknown): string {
  const at = Array.isArray(input) ? input.findIndex((s) => typeof s !== 'string' || s === '') : -1
  return at >= 0 ? `${STOP_RULE}; item ${at} is ${kind((input as unknown[])[at])}` : `${STOP_RULE}; got ${kind(input)}`
}
const StopString = z.string().min(1, `${STOP_RULE}; got an empty string`)
// Local servers take any number of stop strings (OpenAI's own API takes four); an empty one would end every reply at once.
const Stop = z.union([StopString, z.array(StopString).max(STOP_MAX)], { error: (issue) => stopProblem(issue.input) })

/** `POST /v1/chat/completions` body: the fields the simulator reads; unknown fields pass through. */
export const ChatCompletionRequest = z.object({
  model: z.string().min(1),
  messages: z.array(ChatMessage).min(1, 'messages must contain at least one message'),
  // Other tool kinds (OpenAI's `custom` tools) are accepted and ignored: the simulator only calls functions.
  tools: z.array(z.object({ type: z.string() }).passthrough()).optional(),
  tool_choice: ToolChoice.optional(),
  response_format: ResponseFormat.optional(),
  stream: z.boolean().nullable().optional(),
  stream_options: z.object({ include_usage: z.boolean().optional() }).passthrough().nullable().optional(),
  n: z.number().int().min(1).nullable().optional(),
  max_tokens: z.number().int().min(1).nullable().optional(),
  max_completion_tokens: z.number().int().min(1).nullable().optional(),
  temperature: z.number().min(0).max(2).nullable().optional(),
  seed: z.number().int().nullable().optional(),
  /**
   * OpenAI's key for requests that share a prompt prefix; the fleet's orchestrator sends one per game
   * (a keyed hash, never the game seed). Absent, the seed names the game (the eval, the tests).
   */
  prompt_cache_key: z.string().max(1024).nullable().optional(),
  stop: Stop.nullable().optional(),
}).passthrough()
export type ChatCompletionRequest = z.infer<typeof ChatCompletionRequest>

export interface Usage {
  prompt_tokens: number
  completion_tokens: number
  total_tokens: number
}

// A type alias, not an interface, so it is assignable to the passthrough message schema's type.
export type AssistantToolCall = {
  id: string
  type: 'function'
  function: { name: string; arguments: string }
}

export type FinishReason = 'stop' | 'length' | 'tool_calls'

/** A non-streamed completion, shaped like OpenAI's `chat.completion`. */
export interface ChatCompletion {
  id: string
  object: 'chat.completion'
  created: number
  model: string
  system_fingerprint: string
  choices: [{
    index: 0
    message: { role: 'assistant'; content: string | null; refusal: null; tool_calls?: AssistantToolCall[] }
    finish_reason: FinishReason
    logprobs: null
  }]
  usage: Usage
}

export interface ChunkDelta {
  role?: 'assistant'
  content?: string | null
  tool_calls?: { index: number; id?: string; type?: 'function'; function: { name?: string; arguments: string } }[]
}

/** One streamed `chat.completion.chunk`. */
export interface ChatCompletionChunk {
  id: string
  object: 'chat.completion.chunk'
  created: number
  model: string
  system_fingerprint: string
  choices: { index: 0; delta: ChunkDelta; finish_reason: FinishReason | null; logprobs: null }[]
  usage?: Usage | null
}

/** The function tools of a request, in order. */
export function functionTools(request: ChatCompletionRequest): FunctionTool[] {
  return (request.tools ?? []).flatMap((tool) => {
    const parsed = FunctionTool.safeParse(tool)
    return parsed.success ? [parsed.data] : []
  })
}

/** What the generator decided to say: text, or tool calls (never both). */
export type Reply = { kind: 'text'; text: string } | { kind: 'tools'; calls: { name: string; args: Record<string, unknown> }[] }
