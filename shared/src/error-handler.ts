import { randomUUID } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyBaseLogger, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { ZodError } from 'zod'
import type { ErrorBody } from './contracts/common.js'
import { isHeistError } from './errors.js'
import { REQUEST_ID_HEADER, requestLogger } from './logger.js'

function send(reply: FastifyReply, request: FastifyRequest, status: number, error: Omit<ErrorBody['error'], 'request_id'>): FastifyReply {
  return reply.status(status).send({ error: { ...error, request_id: String(request.id) } } satisfies ErrorBody)
}

/** Map Fastify's own client errors (bad JSON, body too large, wrong content type) to stable codes. */
function fastifyClientCode(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'REQUEST_INVALID_JSON'
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'REQUEST_TOO_LARGE'
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'REQUEST_UNSUPPORTED_MEDIA_TYPE'
    default:
      return 'REQUEST_INVALID'
  }
}

/** Codes for the errors Fastify answers before routing, where no hook or error handler runs. */
const FRAMEWORK_CODES: Record<string, string> = { FST_ERR_BAD_URL: 'REQUEST_BAD_URL', FST_ERR_MAX_PARAM_LENGTH: 'REQUEST_PARAM_TOO_LONG' }

/**
 * Fastify's `frameworkErrors` option: a URL it cannot route (`/detect/%zz`, a path parameter over
 * the length limit) gets the fleet's error body, request id and security `headers`, not Fastify's
 * own `{"error":"Bad Request","code":"FST_ERR_BAD_URL"}` written straight to the socket.
 */
export function frameworkErrors(headers: Readonly<Record<string, string>>, logger?: FastifyBaseLogger) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    void reply.headers(headers).header(REQUEST_ID_HEADER, request.id)
    const status = error.statusCode ?? 400
    if (status >= 500) {
      // No hook ran: with no logger of Fastify's (below debug, `attachLogger`) the request's is the kit's.
      ;(logger ? requestLogger(logger, request.id) : request.log).error({ err: error }, 'framework error')
      return send(reply, request, 500, { code: 'INTERNAL', message: 'internal error' })
    }
    return send(reply, request, status, { code: FRAMEWORK_CODES[error.code] ?? 'REQUEST_INVALID', message: error.message })
  }
}

/**
 * Fastify's `clientErrorHandler` option: a request Node's HTTP parser refuses before Fastify sees it
 * (a raw non-ASCII byte in the request line, headers over the limit) gets the fleet's error body,
 * a request id and the security `headers`, not Fastify's `{"error":"Bad Request","message":"Client Error"}`.
 */
export function clientErrors(headers: Readonly<Record<string, string>>) {
  return (error: Error & { code?: string }, socket: Socket): void => {
    // Same as Fastify's own: a peer that reset or a socket already gone gets no answer.
    if (error.code === 'ECONNRESET' || socket.destroyed) return
    const [status, code] = error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'REQUEST_HEADERS_TOO_LARGE']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'REQUEST_TIMEOUT'] : [400, 'REQUEST_MALFORMED']
    const id = randomUUID()
    const body = JSON.stringify({ error: { code, message: STATUS_CODES[status] ?? 'Bad Request', request_id: id } } satisfies ErrorBody)
    const head = { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), connection: 'close', [REQUEST_ID_HEADER]: id, ...headers }
    if (socket.writable) socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${Object.entries(head).map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n${body}`)
    socket.destroy(error)
  }
}

/**
 * The fleet's one error handler: validation → 400 with the issues, known errors → their
 * status and code, Fastify client errors → their 4xx, anything else → 500 with no internals.
 */
export const errorHandler = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError | Error, request, reply) => {
      if (isHeistError(error)) {
        if (error.headers) void reply.headers(error.headers)
        if (error.statusCode >= 500) request.log.error({ err: error }, error.message)
        return send(reply, request, error.statusCode, { code: error.code, message: error.message, details: error.details })
      }
      const fastifyError = error as FastifyError
      if (fastifyError.validation) {
        return send(reply, request, 400, {
          code: 'REQUEST_VALIDATION',
          message: `invalid ${fastifyError.validationContext ?? 'request'}: ${error.message}`,
          details: fastifyError.validation,
        })
      }
      if (error instanceof ZodError) {
        return send(reply, request, 400, { code: 'REQUEST_VALIDATION', message: 'invalid request', details: error.issues })
      }
      const status = fastifyError.statusCode
      if (status !== undefined && status >= 400 && status < 500) {
        return send(reply, request, status, { code: fastifyClientCode(fastifyError), message: error.message })
      }
      request.log.error({ err: error }, 'unhandled error')
      return send(reply, request, 500, { code: 'INTERNAL', message: 'internal error' })
    })
    app.setNotFoundHandler((request, reply) =>
      send(reply, request, 404, { code: 'ROUTE_NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}` }),
    )
  },
  { name: 'heist-error-handler', fastify: '5.x' },
)
