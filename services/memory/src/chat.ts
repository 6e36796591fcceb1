import OpenAI from 'openai'

export interface ChatMessage {
  role: 'system' | 'user'
  content: string
}
export interface ChatRequest {
  messages: ChatMessage[]
  maxTokens: number
}
export interface ChatReply {
  content: string | null
}
/** One chat completion; injected so tests run a scripted model. */
export type ChatFn = (request: ChatRequest) => Promise<ChatReply>

export interface OpenAiChatOptions {
  baseURL: string
  apiKey: string
  model: string
  timeoutMs: number
  /** Summaries should be stable, not creative (the seed used 0.3). */
  temperature?: number
}

/** A {@link ChatFn} on any OpenAI-compatible endpoint (llm-sim, LM Studio, Ollama, vLLM …), one retry. */
export function createOpenAiChat(options: OpenAiChatOptions): ChatFn {
  const client = new OpenAI({ baseURL: options.baseURL, apiKey: options.apiKey, timeout: options.timeoutMs, maxRetries: 1 })
  return async ({ messages, maxTokens }) => {
    const completion = await client.chat.completions.create({
      model: options.model,
      messages,
      max_tokens: maxTokens,
      temperature: options.temperature ?? 0.3,
    })
    return { content: completion.choices[0]?.message?.content ?? null }
  }
}
