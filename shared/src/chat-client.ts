import OpenAI, { APIConnectionError, APIError, APIUserAbortError } from 'openai'
import type { ChatCompletionChunk, ChatCompletionTool } from 'openai/resources/chat/completions'
import type { ResponseFormatJSONObject, ResponseFormatJSONSchema, ResponseFormatText } from 'openai/resources/shared'
import { HeistError } from './errors.js'
import type { ReplyEnd } from './reasoning-watch.js'
import { parseRetryAfter, withRetry, type RetryPolicy, type RetryVerdict } from './retry.js'
import { openAiErrorShape, optionalFieldsOf, refusedField, withoutRefused, type OptionalField } from './chat-field-refusals.js'

/**
 * End-of-turn tokens a local model writes out as text when its server's chat template does not
 * match it (Llama 3's `<|eot_id|>`, ChatML's `<|im_end|>`, Phi's `<|end|>`, Gemma's
 * `<end_of_turn>`, Command R's `<|END_OF_TURN_TOKEN|>` and R7B's `<|END_RESPONSE|>`, GLM-4's
 * `<|user|>` and `<|observation|>`, NVIDIA Nemotron-Mini's `<extra_id_1>` …). What follows one is the model running on into a turn that
 * is not its own, so every call of the fleet (a turn, a summary, the judge) sends them as `stop` and
 * cuts there when the server ignored it (`cutAtEndOfTurn`, `@heist/shared/end-of-turn`). GLM-4 has
 * no end-of-turn token of its own: its generation config ends a reply at the next role token,
 * `<|user|>`, or at `<|observation|>` after a tool call (where the tool's result would follow).
 * Mistral's `[INST]` opens a user turn: a model that writes it has ended its own and goes on to
 * invent the user's next instruction. Mistral's end of sequence, `</s>`, is not sent as `stop`: it
 * is also HTML's strikethrough, which a server cannot tell apart; the cut alone ends a reply at a
 * `</s>` that no `<s>` opened (`cutAtEndOfTurn`).
 */
export const END_OF_TURN_MARKERS: readonly string[] = ['<|eot_id|>', '<|eom_id|>', '<|im_end|>', '<|end|>', '<end_of_turn>', '<|endoftext|>', '<|end_of_text|>', '<|END_OF_TURN_TOKEN|>', '<|END_RESPONSE|>', '<|user|>', '<|observation|>', '<extra_id_1>', '[INST]']

/** One tool call the model made, its arguments as the JSON text the model wrote. */
export interface ChatToolCall {
  id: string
  name: string
  arguments: string
}

/** A chat message as sent: plain-text content, tool calls in the wire shape. */
export type ChatWireMessage =
  | { role: 'system' | 'user'; content: string }
  | { role: 'assistant'; content: string | null; tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[] }
  | { role: 'tool'; tool_call_id: string; content: string }
export type ChatResponseFormat = ResponseFormatText | ResponseFormatJSONObject | ResponseFormatJSONSchema

export interface ChatCompletionRequest {
  messages: ChatWireMessage[]
  tools?: ChatCompletionTool[]
  temperature?: number
  maxTokens?: number
  seed?: number
  /**
   * OpenAI's `prompt_cache_key`: one value for requests that share a prompt prefix. The orchestrator
   * sends one per game; a server that does not know the field ignores it, and one that refuses it
   * (a strict proxy) is asked again without it.
   */
  promptCacheKey?: string
  /**
   * Sequences at which the server ends the reply (OpenAI's `stop`), left out of the text. Empty or
   * absent, none is sent.
   */
  stop?: readonly string[]
  responseFormat?: ChatResponseFormat
  /**
   * Text as it streams in; given, the call streams. Once any text has been shown, a failure is
   * not retried (the retry would show it twice).
   */
  onDelta?: (text: string) => void
  /** Cancels the call and any wait before a retry. */
  signal?: AbortSignal
}

/** A reply; how it ended (cut at `max_tokens`, at which stop string, reasoning sent apart) as far as the server says. */
export interface ChatCompletionResult extends ReplyEnd {
  content: string
  toolCalls: ChatToolCall[]
  /** What the server billed; null when it sent no usage. */
  usage: { promptTokens: number; completionTokens: number } | null
}

/** One chat completion: what services depend on, so tests can pass a scripted model. */
export type ChatFn = (request: ChatCompletionRequest) => Promise<ChatCompletionResult>

export interface ChatClientOptions {
  /** An OpenAI-compatible base URL, e.g. `http://127.0.0.1:8011/v1`. */
  baseUrl: string
  apiKey: string
  model: string
  /** Per attempt. */
  timeoutMs: number
  retry?: Partial<RetryPolicy>
  /**
   * Told once per field when the server refuses an optional field (`stop`, `prompt_cache_key`) and
   * this client stops sending it: for the caller's log.
   */
  onFieldRefused?: (field: OptionalField, reason: string) => void
}

/** The model could not be reached, or kept failing after the retries. */
export class ChatUnavailableError extends HeistError {
  constructor(model: string, baseUrl: string, readonly reason: unknown) {
    super('MODEL_UNAVAILABLE', `the model "${model}" at ${baseUrl} is unavailable (${describe(reason)})`, 503)
  }
}

function describe(error: unknown): string {
  if (error instanceof APIError && error.status) return `HTTP ${error.status}: ${error.message}`
  return error instanceof Error ? error.message : String(error)
}

interface Assembly {
  content: string
  calls: Map<number, ChatToolCall>
  usage: ChatCompletionChunk['usage'] | null
  end: ReplyEnd
}

/** Fields some servers add to a choice or its message (not in OpenAI's types). */
interface ServerExtras {
  /** vLLM: the stop string (or token id) that ended the reply; null for its end of sequence. */
  stop_reason?: unknown
  /** LM Studio, llama.cpp (`reasoning_content`), Ollama and recent vLLM (`reasoning`). */
  reasoning_content?: unknown
  reasoning?: unknown
}

/** What a choice and its message or delta say of how the reply ended (`ReplyEnd`). */
function endOf(choice: { finish_reason?: string | null }, message: object | undefined, end: ReplyEnd): ReplyEnd {
  const { stop_reason: stopReason } = choice as ServerExtras
  const extras = (message ?? {}) as ServerExtras
  const reasoning = (value: unknown) => typeof value === 'string' && value !== ''
  return {
    ...end,
    ...(choice.finish_reason === 'length' ? { truncated: true } : {}),
    ...(typeof stopReason === 'string' ? { stopReason } : {}),
    ...(reasoning(extras.reasoning_content) || reasoning(extras.reasoning) ? { reasoningApart: true } : {}),
  }
}

function collect(partial: Assembly, chunk: ChatCompletionChunk, onDelta?: (text: string) => void): void {
  if (chunk.usage) partial.usage = chunk.usage
  const choice = chunk.choices[0]
  if (choice) partial.end = endOf(choice, choice.delta, partial.end)
  const delta = choice?.delta
  if (!delta) return
  if (delta.content) {
    partial.content += delta.content
    onDelta?.(delta.content)
  }
  for (const call of delta.tool_calls ?? []) {
    const current = partial.calls.get(call.index) ?? { id: '', name: '', arguments: '' }
    if (call.id) current.id = call.id
    if (call.function?.name) current.name += call.function.name
    if (call.function?.arguments) current.arguments += call.function.arguments
    partial.calls.set(call.index, current)
  }
}

/** Transient: no answer, a timeout, 408/409/429 or a 5xx; the server's `Retry-After` is honoured. */
function classify(error: unknown): RetryVerdict {
  if (error instanceof APIUserAbortError) return false
  if (error instanceof APIConnectionError) return {}
  if (!(error instanceof APIError)) return false
  const status = error.status ?? 0
  if (status !== 408 && status !== 409 && status !== 429 && status < 500) return false
  return { retryAfterMs: parseRetryAfter(error.headers?.get('retry-after')) }
}

/**
 * The fleet's one OpenAI-compatible chat client (llm-sim, LM Studio, Ollama, vLLM, llama.cpp):
 * it streams when the caller shows text as it comes (assembling text and tool calls), else asks
 * for one reply; times out every attempt, and retries under
 * the shared policy until it gives up with {@link ChatUnavailableError}. An abort ends it with the
 * signal's reason, whether it lands during an attempt or during the wait for a retry.
 */
export function createChatClient(options: ChatClientOptions): ChatFn & { model: string; answers(signal?: AbortSignal): Promise<boolean> } {
  const client = new OpenAI({ baseURL: options.baseUrl, apiKey: options.apiKey, maxRetries: 0, timeout: options.timeoutMs, fetch: openAiErrorShape })
  const policy: RetryPolicy = { retries: 1, baseMs: 250, capMs: 8_000, maxRetryAfterMs: 60_000, ...options.retry }

  async function once(request: ChatCompletionRequest, shown: { any: boolean }): Promise<ChatCompletionResult> {
    // The SDK leaves a listener on the signal it is given; a per-attempt child signal keeps a
    // long-lived caller signal from collecting one per call.
    const child = new AbortController()
    const forward = () => child.abort(request.signal?.reason)
    request.signal?.addEventListener('abort', forward, { once: true })
    const body = {
      model: options.model,
      messages: request.messages,
      ...(request.tools ? { tools: request.tools } : {}),
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
      ...(request.seed === undefined ? {} : { seed: request.seed }),
      ...(request.promptCacheKey === undefined ? {} : { prompt_cache_key: request.promptCacheKey }),
      ...(request.stop?.length ? { stop: [...request.stop] } : {}),
      ...(request.responseFormat ? { response_format: request.responseFormat } : {}),
    }
    try {
      if (!request.onDelta) {
        const completion = await client.chat.completions.create(body, { signal: child.signal })
        const message = completion.choices[0]?.message
        const toolCalls = (message?.tool_calls ?? []).flatMap((c) => (c.type === 'function' ? [{ id: c.id, name: c.function.name, arguments: c.function.arguments }] : []))
        const usage = completion.usage ? { promptTokens: completion.usage.prompt_tokens, completionTokens: completion.usage.completion_tokens } : null
        const choice = completion.choices[0]
        return { content: message?.content ?? '', toolCalls, usage, ...(choice ? endOf(choice, message, {}) : {}) }
      }
      const chunks = await client.chat.completions.create({ ...body, stream: true, stream_options: { include_usage: true } }, { signal: child.signal })
      const partial: Assembly = { content: '', calls: new Map(), usage: null, end: {} }
      const onDelta = request.onDelta && ((text: string) => {
        shown.any = true
        request.onDelta?.(text)
      })
      for await (const chunk of chunks) collect(partial, chunk, onDelta)
      const toolCalls = [...partial.calls.entries()].sort(([a], [b]) => a - b).map(([, c]) => c).filter((c) => c.name)
      const usage = partial.usage ? { promptTokens: partial.usage.prompt_tokens, completionTokens: partial.usage.completion_tokens } : null
      return { content: partial.content, toolCalls, usage, ...partial.end }
    } finally {
      request.signal?.removeEventListener('abort', forward)
    }
  }

  // A field the server has refused once is not sent again by this client.
  const refused = new Set<OptionalField>()
  const complete = async (request: ChatCompletionRequest): Promise<ChatCompletionResult> => {
    const shown = { any: false }
    const sent = optionalFieldsOf(request, refused)
    const asked = withoutRefused(request, refused)
    try {
      return await withRetry(() => once(asked, shown), {
        policy,
        // Never retry once the user has seen part of an answer: the retry would show it again.
        classify: (error) => (shown.any ? false : classify(error)),
        ...(request.signal ? { signal: request.signal } : {}),
      })
    } catch (error) {
      // An abort ends the call with the caller's reason whenever it lands: inside an attempt the SDK
      // throws its own APIUserAbortError ('Request was aborted.'), in the wait for a retry the sleep
      // rejects with the reason. Callers (and a flaky test at load 14) saw one or the other by timing.
      if (request.signal?.aborted) throw request.signal.reason
      if (error instanceof APIUserAbortError) throw error
      // Asked again without the field (a 400 comes before any text, so nothing is shown twice).
      const field = refusedField(error, sent)
      if (field) {
        refused.add(field)
        options.onFieldRefused?.(field, describe(error))
        return complete(request)
      }
      throw new ChatUnavailableError(options.model, options.baseUrl, error)
    }
  }
  /**
   * Whether the server answers at all: one `GET /models` (every OpenAI-compatible server has it),
   * no retry, no tokens spent. A cheap check before work that failed is tried again.
   */
  const answers = async (signal?: AbortSignal): Promise<boolean> => {
    try {
      await client.models.list({ timeout: Math.min(options.timeoutMs, 5_000), ...(signal ? { signal } : {}) })
      return true
    } catch {
      // Any failure (refused, timed out, 5xx, aborted) means "not yet": the caller asks again later.
      return false
    }
  }
  return Object.assign(complete, { model: options.model, answers })
}
