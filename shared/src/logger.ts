import { randomUUID } from 'node:crypto'
import { LogController, type FastifyBaseLogger, type FastifyServerOptions } from 'fastify'

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
    childLoggerFactory: lazyChildLogger,
    bodyLimit: 256 * 1024,
  }
}

const LEVEL_VALUES: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Number.POSITIVE_INFINITY }
type LogMethod = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace'

/**
 * A request's logger (`request.log`), made on its first line: pino's `child()` serialises the
 * bindings (the request id) through redaction on every request, 4 % of a calculator call's CPU
 * in a profile, and at the default level most requests log nothing. A line at a level the
 * parent does not log is dropped without making the child; any other line goes through the real
 * child, so it carries `reqId` exactly as before. An unknown (custom) level counts as enabled.
 */
export function lazyChildLogger(logger: FastifyBaseLogger, bindings: Parameters<FastifyBaseLogger['child']>[0], options?: Parameters<FastifyBaseLogger['child']>[1]): FastifyBaseLogger {
  let child: FastifyBaseLogger | undefined
  const real = () => (child ??= logger.child(bindings, options))
  const enabled = (name: LogMethod) => child !== undefined || (LEVEL_VALUES[name] ?? 0) >= (LEVEL_VALUES[logger.level] ?? 0)
  const method = (name: LogMethod): FastifyBaseLogger[LogMethod] => (...args: unknown[]) => {
    if (enabled(name)) (real()[name] as (...line: unknown[]) => void)(...args)
  }
  return {
    get level() {
      return child?.level ?? logger.level
    },
    set level(value) {
      real().level = value
    },
    fatal: method('fatal'),
    error: method('error'),
    warn: method('warn'),
    info: method('info'),
    debug: method('debug'),
    trace: method('trace'),
    silent: () => undefined,
    child: (more, moreOptions) => real().child(more, moreOptions),
  }
}
