import { Readable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import { ChatCompletionRequest, simulateCompletion, sseFrame, toChunks, type TimedChunk } from '../model/index.js'
import { fromZod, OpenAiError } from '../openai-errors.js'

export interface ChatDeps {
  tokensPerSecond: number
  /** Unix seconds, for `created`. */
  now: () => number
  sleep: (ms: number) => Promise<void>
}

function pace(tokens: number, deps: ChatDeps): number {
  return deps.tokensPerSecond > 0 ? (tokens / deps.tokensPerSecond) * 1000 : 0
}

async function* events(chunks: TimedChunk[], deps: ChatDeps): AsyncGenerator<string> {
  for (const { chunk, tokens } of chunks) {
    const wait = pace(tokens, deps)
    if (wait > 0) await deps.sleep(wait)
    yield sseFrame(chunk)
  }
  yield sseFrame('[DONE]')
}

/** `POST /v1/chat/completions`, streamed (SSE) or not. */
export function chatRoutes(app: FastifyInstance, deps: ChatDeps): void {
  app.post('/chat/completions', async (request, reply) => {
    if (request.body === undefined || request.body === null || typeof request.body !== 'object') {
      throw new OpenAiError(400, 'Invalid request: the body must be a JSON object.', null, 'invalid_value')
    }
    const parsed = ChatCompletionRequest.safeParse(request.body)
    if (!parsed.success) throw fromZod(parsed.error)
    const body = parsed.data
    if ((body.n ?? 1) > 1) throw new OpenAiError(400, 'Invalid request: n > 1 is not supported by the simulated model.', 'n', 'unsupported_value')
    const completion = simulateCompletion(body, { created: deps.now() })
    if (!body.stream) {
      const wait = pace(completion.usage.completion_tokens, deps)
      if (wait > 0) await deps.sleep(wait)
      return completion
    }
    const chunks = toChunks(completion, body.stream_options?.include_usage === true)
    void reply.header('content-type', 'text/event-stream; charset=utf-8').header('cache-control', 'no-cache').header('connection', 'keep-alive')
    return reply.send(Readable.from(events(chunks, deps)))
  })
}
