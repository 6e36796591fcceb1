import { createChatClient, END_OF_TURN_MARKERS, type ChatClientOptions } from '@heist/shared/chat-client'
import { cutAtEndOfTurn } from '@heist/shared/end-of-turn'
import type { ChatFn } from './scoring/index.js'

export interface OpenAiChatOptions {
  baseURL: string
  apiKey: string
  model: string
  timeoutMs: number
  /** Told once per field the server refuses (`stop`): the service logs it (`logFieldRefusals`). */
  onFieldRefused?: ChatClientOptions['onFieldRefused']
}

/** The detector's {@link ChatFn} over the fleet's one chat client (its timeout and retry policy). */
export function createOpenAiChat(options: OpenAiChatOptions): ChatFn {
  const chat = createChatClient({
    baseUrl: options.baseURL, apiKey: options.apiKey, model: options.model, timeoutMs: options.timeoutMs,
    ...(options.onFieldRefused ? { onFieldRefused: options.onFieldRefused } : {}),
  })
  return async (request) => {
    const reply = await chat({
      messages: request.messages,
      temperature: request.temperature,
      maxTokens: request.max_tokens,
      responseFormat: request.response_format,
      // As a turn does: what a model writes after an end-of-turn token is not its verdict.
      stop: END_OF_TURN_MARKERS,
    })
    // A server that ignores `stop` leaves the token and what ran on after it in the text.
    return cutAtEndOfTurn(reply.content) || null
  }
}
