import type { ChatCompletion, ChatCompletionChunk, ChunkDelta, FinishReason } from './types.js'

/** A streamed chunk and how many tokens it stands for (to pace it like a real model). */
export interface TimedChunk {
  chunk: ChatCompletionChunk
  tokens: number
}

/** Pieces of about one token each: a word with its trailing space. */
function pieces(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? []
}

/**
 * The chunks OpenAI would stream for a completion: role first, content or tool-call argument
 * deltas, the finish reason, then (when asked) a final usage chunk with no choices.
 */
export function toChunks(completion: ChatCompletion, includeUsage: boolean): TimedChunk[] {
  const { id, created, model, system_fingerprint } = completion
  const make = (delta: ChunkDelta, finish: FinishReason | null = null): ChatCompletionChunk => ({
    id, object: 'chat.completion.chunk', created, model, system_fingerprint,
    choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
    ...(includeUsage ? { usage: null } : {}),
  })
  const choice = completion.choices[0]
  const out: TimedChunk[] = []
  const calls = choice.message.tool_calls ?? []
  if (calls.length > 0) {
    out.push({ chunk: make({ role: 'assistant', content: null }), tokens: 0 })
    calls.forEach((call, index) => {
      out.push({ chunk: make({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.function.name, arguments: '' } }] }), tokens: 1 })
      for (const part of call.function.arguments.match(/.{1,8}/gs) ?? []) {
        out.push({ chunk: make({ tool_calls: [{ index, function: { arguments: part } }] }), tokens: 2 })
      }
    })
  } else {
    out.push({ chunk: make({ role: 'assistant', content: '' }), tokens: 0 })
    const parts = pieces(choice.message.content ?? '')
    const perPiece = parts.length > 0 ? completion.usage.completion_tokens / parts.length : 0
    for (const part of parts) out.push({ chunk: make({ content: part }), tokens: perPiece })
  }
  out.push({ chunk: make({}, choice.finish_reason), tokens: 0 })
  if (includeUsage) {
    out.push({ chunk: { id, object: 'chat.completion.chunk', created, model, system_fingerprint, choices: [], usage: completion.usage }, tokens: 0 })
  }
  return out
}

/** One server-sent event line as OpenAI frames it. */
export function sseFrame(data: unknown): string {
  return `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`
}
