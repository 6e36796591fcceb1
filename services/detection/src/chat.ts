import OpenAI from 'openai'
import type { ChatFn } from './scoring/index.js'

export interface OpenAiChatOptions {
  baseURL: string
  apiKey: string
  model: string
  timeoutMs: number
}

/** The detector's {@link ChatFn} on any OpenAI-compatible endpoint: a timeout and one retry. */
export function createOpenAiChat(options: OpenAiChatOptions): ChatFn {
  const client = new OpenAI({ baseURL: options.baseURL, apiKey: options.apiKey, timeout: options.timeoutMs, maxRetries: 1 })
  return async (request) => {
    const completion = await client.chat.completions.create({
      model: options.model,
      messages: request.messages,
      temperature: request.temperature,
      max_tokens: request.max_tokens,
      // The schema object is built as a literal type; the SDK wants its own mutable shape.
      response_format: request.response_format as unknown as OpenAI.ResponseFormatJSONSchema,
    })
    return completion.choices[0]?.message?.content ?? null
  }
}
