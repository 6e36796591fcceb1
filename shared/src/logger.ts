import { randomUUID } from 'node:crypto'
import { LogController, type FastifyServerOptions } from 'fastify'

/** Paths pino redacts in every log line: credentials never reach a log. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-operator-token"]',
  'headers.authorization',
  '*.client_secret',
  '*.access_token',
  '*.token',
  '*.secret',
  'client_secret',
  'access_token',
]

/** Header that carries a request id across the fleet. */
export const REQUEST_ID_HEADER = 'x-request-id'

/** Fastify logger and request-id options shared by every service. */
export function serverOptions(service: string, level: string): FastifyServerOptions {
  return {
    logger: level === 'silent' ? false : { level, name: service, redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
    requestIdHeader: REQUEST_ID_HEADER,
    genReqId: () => randomUUID(),
    // Per-request lines only when debugging: at info a busy fleet would log every tool call twice.
    logController: new LogController({ disableRequestLogging: level !== 'debug' && level !== 'trace' }),
    bodyLimit: 256 * 1024,
  }
}
