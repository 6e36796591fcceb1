import OpenAI, { APIUserAbortError } from 'openai'
import type { ChatCompletionChunk, ChatCompletionMessageParam } from 'openai/resources/chat/completions'
import { estimateTokens } from '../engine/prompt.js'
import { ModelUnavailableError } from '../engine/errors.js'
import { systemClock } from '../engine/session.js'
import type { ChatModel, ChatRequest, ChatResponse, Clock, ModelToolCall } from '../engine/types.js'

export interface OpenAiModelOptions {
  baseUrl: string
  model: string
  apiKey: string
  timeoutMs: number
  retries: number
  backoffMs?: number
  clock?: Clock
}

type Partial = { content: string; calls: Map<number, ModelToolCall>; usage: ChatCompletionChunk['usage'] | null }

function collect(partial: Partial, chunk: ChatCompletionChunk, onDelta?: (text: string) => void): void {
  if (chunk.usage) partial.usage = chunk.usage
  const delta = chunk.choices[0]?.delta
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

/** The engine's messages in the wire shape (tool calls as `{ id, type, function }`). */
function wireMessages(messages: ChatRequest['messages']): ChatCompletionMessageParam[] {
  return messages.map((m): ChatCompletionMessageParam => {
    if (m.role !== 'assistant') return m
    if (!m.tool_calls?.length) return { role: 'assistant', content: m.content }
    return { role: 'assistant', content: m.content, tool_calls: m.tool_calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } })) }
  })
}

function describe(error: unknown): string {
  if (error instanceof OpenAI.APIError && error.status) return `HTTP ${error.status}: ${error.message}`
  return error instanceof Error ? error.message : String(error)
}

/**
 * A {@link ChatModel} over any OpenAI-compatible endpoint (llm-sim, LM Studio, Ollama,
 * vLLM, llama.cpp). Streams, times out every call, retries with exponential backoff, and
 * gives up with {@link ModelUnavailableError} so the session pauses instead of dying.
 */
export function createOpenAiModel(options: OpenAiModelOptions): ChatModel {
  const client = new OpenAI({ baseURL: options.baseUrl, apiKey: options.apiKey, maxRetries: 0, timeout: options.timeoutMs })
  const clock = options.clock ?? systemClock
  const backoff = options.backoffMs ?? 250

  async function once(request: ChatRequest): Promise<ChatResponse> {
    // The SDK leaves a listener on the signal it is given; a per-call child signal keeps the
    // session's own signal from collecting one per model call.
    const child = new AbortController()
    const forward = () => child.abort()
    request.signal?.addEventListener('abort', forward, { once: true })
    try {
      return await stream(request, child.signal)
    } finally {
      request.signal?.removeEventListener('abort', forward)
    }
  }

  async function stream(request: ChatRequest, signal: AbortSignal): Promise<ChatResponse> {
    const chunks = await client.chat.completions.create({
      model: options.model,
      messages: wireMessages(request.messages),
      ...(request.tools ? { tools: request.tools } : {}),
      temperature: request.temperature,
      max_tokens: request.maxTokens,
      ...(request.seed === undefined ? {} : { seed: request.seed }),
      stream: true,
      stream_options: { include_usage: true },
    }, { signal, timeout: options.timeoutMs })
    const partial: Partial = { content: '', calls: new Map(), usage: null }
    for await (const chunk of chunks) collect(partial, chunk, request.onDelta)
    const toolCalls = [...partial.calls.entries()].sort(([a], [b]) => a - b).map(([, c]) => c).filter((c) => c.name)
    const promptTokens = partial.usage?.prompt_tokens ?? request.messages.reduce((n, m) => n + estimateTokens(m.content ?? ''), 0)
    return { content: partial.content, toolCalls, usage: { promptTokens, completionTokens: partial.usage?.completion_tokens ?? estimateTokens(partial.content) } }
  }

  return {
    name: options.model,
    async complete(request) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await once(request)
        } catch (error) {
          if (error instanceof APIUserAbortError || request.signal?.aborted) throw error
          if (attempt >= options.retries) {
            throw new ModelUnavailableError(`the model "${options.model}" at ${options.baseUrl} is unavailable (${describe(error)})`, error)
          }
          await clock.sleep(backoff * 2 ** attempt, request.signal)
        }
      }
    },
  }
}
