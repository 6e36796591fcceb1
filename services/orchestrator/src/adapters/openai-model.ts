import { ChatUnavailableError, createChatClient, type ChatClientOptions, type ChatWireMessage } from '@heist/shared/chat-client'
import { templateOpensBlock } from '@heist/shared/template-probe'
import { estimateTokens } from '../engine/prompt.js'
import { ModelUnavailableError } from '../engine/errors.js'
import type { ChatModel, ChatRequest } from '../engine/types.js'

export interface OpenAiModelOptions {
  baseUrl: string
  model: string
  apiKey: string
  timeoutMs: number
  retries: number
  backoffMs?: number
  /** Told once per field the server refuses (`stop`, `prompt_cache_key`): the model is asked again without it. */
  onFieldRefused?: ChatClientOptions['onFieldRefused']
}

/** The engine's messages in the wire shape (tool calls as `{ id, type, function }`). */
function wireMessages(messages: ChatRequest['messages']): ChatWireMessage[] {
  return messages.map((m): ChatWireMessage => {
    if (m.role !== 'assistant') return m
    if (!m.tool_calls?.length) return { role: 'assistant', content: m.content }
    return { role: 'assistant', content: m.content, tool_calls: m.tool_calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } })) }
  })
}

/**
 * A {@link ChatModel} over the shared chat client (streams, a timeout per attempt, the shared
 * retry policy, never a retry once text was shown). Giving up is {@link ModelUnavailableError},
 * so the session pauses instead of dying.
 */
export function createOpenAiModel(options: OpenAiModelOptions): ChatModel {
  const chat = createChatClient({
    baseUrl: options.baseUrl, apiKey: options.apiKey, model: options.model, timeoutMs: options.timeoutMs,
    retry: { retries: options.retries, baseMs: options.backoffMs ?? 250 },
    ...(options.onFieldRefused ? { onFieldRefused: options.onFieldRefused } : {}),
  })
  const model: ChatModel = {
    name: options.model,
    answers: (signal) => chat.answers(signal),
    // As cheap as `answers`: no tokens generated, and the same short wait.
    templateOpensBlock: (signal) => templateOpensBlock({
      baseUrl: options.baseUrl, model: options.model, apiKey: options.apiKey, timeoutMs: Math.min(options.timeoutMs, 5_000), ...(signal ? { signal } : {}),
    }),
    async complete(request) {
      try {
        const reply = await chat({
          messages: wireMessages(request.messages),
          ...(request.tools ? { tools: request.tools } : {}),
          temperature: request.temperature,
          maxTokens: request.maxTokens,
          ...(request.seed === undefined ? {} : { seed: request.seed }),
          // A server that refuses `stop` or `prompt_cache_key` is asked again without it by the chat client.
          ...(request.game === undefined ? {} : { promptCacheKey: request.game }),
          ...(request.stop?.length ? { stop: request.stop } : {}),
          ...(request.onDelta ? { onDelta: request.onDelta } : {}),
          ...(request.signal ? { signal: request.signal } : {}),
        })
        // A server that sends no usage is billed by the fleet's own count.
        const usage = reply.usage ?? {
          promptTokens: request.messages.reduce((n, m) => n + estimateTokens(m.content ?? ''), 0),
          completionTokens: estimateTokens(reply.content),
        }
        const { truncated, stopReason, reasoningApart } = reply
        return { content: reply.content, toolCalls: reply.toolCalls, usage, ...(truncated ? { truncated } : {}), ...(stopReason === undefined ? {} : { stopReason }), ...(reasoningApart ? { reasoningApart } : {}) }
      } catch (error) {
        if (error instanceof ChatUnavailableError) throw new ModelUnavailableError(error.message, error.reason)
        throw error
      }
    },
  }
  return model
}
