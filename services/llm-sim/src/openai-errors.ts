import type { FastifyError, FastifyInstance } from 'fastify'
import { ZodError } from 'zod'

/** OpenAI's error body, which OpenAI clients parse into their `APIError`. */
export interface OpenAiErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null }
}

export class OpenAiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly param: string | null = null,
    readonly code: string | null = null,
    readonly type = 'invalid_request_error',
  ) {
    super(message)
  }
}

/** Zod issues as one OpenAI error: the first issue names the parameter, all are in the message. */
export function fromZod(error: ZodError): OpenAiError {
  const first = error.issues[0]
  const param = first && first.path.length > 0 ? first.path.join('.') : null
  const message = error.issues.slice(0, 5).map((i) => `${i.path.length > 0 ? i.path.join('.') : 'body'}: ${i.message}`).join('; ')
  return new OpenAiError(400, `Invalid request: ${message}`, param, 'invalid_value')
}

/**
 * Errors under `/v1` in OpenAI's shape instead of the fleet's, so the `openai` client and other
 * OpenAI-compatible callers read them. Registered inside the `/v1` plugin only.
 */
export function useOpenAiErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    let failure: OpenAiError
    if (error instanceof OpenAiError) failure = error
    else if (error instanceof ZodError) failure = fromZod(error)
    else {
      const status = (error as FastifyError).statusCode
      if (status !== undefined && status >= 400 && status < 500) failure = new OpenAiError(status, error.message, null, (error as FastifyError).code ?? null)
      else {
        request.log.error({ err: error }, 'unhandled error')
        failure = new OpenAiError(500, 'The simulated model failed to answer.', null, null, 'server_error')
      }
    }
    const body: OpenAiErrorBody = { error: { message: failure.message, type: failure.type, param: failure.param, code: failure.code } }
    return reply.status(failure.statusCode).send(body)
  })
}
