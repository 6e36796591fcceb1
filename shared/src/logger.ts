import { writeSync } from 'node:fs'
import { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify'
import { destination, pino, type DestinationStream } from 'pino'
import { randomRequestId } from './request-id.js'

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

let toldStdoutClosed = false

/**
 * Where a service logs: stdout, written synchronously. A service's logs are a side channel, so
 * when nobody reads them any more (a log shipper that went away, `node main.js | head -1`) it
 * keeps serving: pino's destination turns EPIPE into "stop writing", and this says so once on
 * stderr. Synchronous, because pino's asynchronous destination flushes its queue at exit with a
 * loop that retries a line failing with EPIPE for ever (sonic-boom 4.2 `flushSync`): a service
 * that logged two lines in the tick before `process.exit` never exited. At the default level a
 * service logs a few lines an hour, so a write per line costs nothing measurable.
 */
export function logDestination(): DestinationStream {
  const stream = destination({ fd: 1, sync: true })
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // Both of a service's loggers (the kit's and the app's) write to fd 1: one notice for the two.
    if (toldStdoutClosed) return
    toldStdoutClosed = true
    try {
      writeSync(2, `stdout is closed (${error.code ?? error.message}): logging to it stopped; the service goes on\n`)
    } catch {
      // stderr is gone too: there is no one left to tell.
    }
  })
  return stream
}

/** Whether Fastify writes its per-request lines ("incoming request", "request completed") at `level`. */
export function requestLinesAt(level: string): boolean {
  return level === 'debug' || level === 'trace'
}

/**
 * The fleet's pino logger for `service`: JSON lines, secrets redacted, Fastify's `req`/`res`
 * serializers (pino's own `err`). `stream` is for tests; services write to {@link logDestination}.
 */
export function fleetLogger(service: string, level: string, stream?: DestinationStream): FastifyBaseLogger {
  const options = { level, name: service, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, serializers: { req: requestSummary, res: replySummary } }
  return pino(options, stream ?? logDestination())
}

/** What Fastify's `req` serializer logs of a request. */
function requestSummary(request: FastifyRequest) {
  return { method: request.method, url: request.url, host: request.host, remoteAddress: request.ip, remotePort: request.socket?.remotePort }
}
/** What Fastify's `res` serializer logs of a reply. */
function replySummary(reply: FastifyReply) {
  return { statusCode: reply.statusCode }
}

/**
 * Fastify's logger and request-id options for a service logging with `logger` (see
 * {@link fleetLogger}); call {@link attachLogger} on the app it builds. Fastify is given the
 * logger only when it writes per-request lines (debug, trace), and then makes each request's
 * child logger itself. At the other levels it writes none, but a Fastify holding a logger still
 * adds `finish`/`error` listeners and two clock reads to every reply to feed the "request
 * completed" line it then drops (issue 16); there the app's `log` is the same logger, set by
 * {@link attachLogger}, which also gives each request its logger. Every line a service writes is
 * the same, with the same `reqId`.
 */
export function serverOptions(logger: FastifyBaseLogger, level: string): FastifyServerOptions {
  const lines = requestLinesAt(level)
  return {
    ...(lines ? { loggerInstance: logger } : {}),
    requestIdHeader: REQUEST_ID_HEADER,
    genReqId: randomRequestId,
    logController: new LogController({ disableRequestLogging: !lines }),
    bodyLimit: 256 * 1024,
  }
}

/** pino's child options for a request's logger: none (one object for every request; pino only reads it). */
const NO_CHILD_OPTIONS = Object.freeze({})

/** Work the kit's first `onRequest` hook does for every request before the reply headers (`replyHeaders`). */
export type RequestSetup = (request: FastifyRequest, reply: FastifyReply) => void

/**
 * Give an app built with {@link serverOptions} its `app.log` where Fastify was given no logger,
 * and each request its logger (`request.log`, `reply.log`): a {@link LazyRequestLogger} bound
 * to the request id, set in the app's first `onRequest` hook. Fastify, holding no logger and
 * keeping its own child-logger factory, gives a request its no-op logger and makes no child;
 * a factory of the kit's (as before) made Fastify check the child it returned on every request
 * (`validateLogger`: a seven-name array, a filter and fourteen keyed loads, ~2 k instructions
 * of a calculator call; issue 16). Errors Fastify answers before any hook runs (a URL it cannot
 * route) get theirs from `frameworkErrors`, through {@link requestLogger}.
 *
 * `hook: false` adds no hook and returns what the hook would do, for a caller that runs it in
 * its own first hook (`createServiceApp` runs it in the reply-headers hook: one hook step per
 * request, not two). Undefined at debug/trace, where Fastify makes the request loggers.
 */
export function attachLogger(app: FastifyInstance, logger: FastifyBaseLogger, level: string, { hook = true } = {}): RequestSetup | undefined {
  if (requestLinesAt(level)) return undefined
  app.log = logger
  const setup: RequestSetup = (request, reply) => {
    request.log = reply.log = requestLogger(logger, request.id)
  }
  if (hook) {
    app.addHook('onRequest', (request, reply, done) => {
      setup(request, reply)
      done()
    })
  }
  return setup
}

/**
 * A request's logger: lines carry its id under `reqId` (Fastify's `requestIdLogLabel`, left at its
 * default), and the child logger is made on the first line written.
 */
export function requestLogger(logger: FastifyBaseLogger, id: string): FastifyBaseLogger {
  return new LazyRequestLogger(logger, id)
}

const LEVEL_VALUES: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Number.POSITIVE_INFINITY }
type LogMethod = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace'
type ChildArgs = Parameters<FastifyBaseLogger['child']>

/**
 * A request's logger (`request.log`), made on its first line: pino's `child()` serialises the
 * bindings (the request id) through redaction on every request, 4 % of a calculator call's CPU
 * in a profile, and at the default level most requests log nothing. A line at a level the
 * parent does not log is dropped without making the child; any other line goes through the real
 * child, so it carries `reqId` exactly as before. An unknown (custom) level counts as enabled.
 * A class, not closures: one small object per request.
 */
class LazyRequestLogger implements FastifyBaseLogger {
  private made: FastifyBaseLogger | undefined
  /** The id only: the bindings object (`{ reqId }`) is made with the child, on the first line. */
  constructor(private readonly parent: FastifyBaseLogger, private readonly reqId: string) {}

  get level(): FastifyBaseLogger['level'] {
    return this.made?.level ?? this.parent.level
  }
  set level(value: FastifyBaseLogger['level']) {
    this.real().level = value
  }
  fatal(...line: unknown[]): void {
    this.write('fatal', line)
  }
  error(...line: unknown[]): void {
    this.write('error', line)
  }
  warn(...line: unknown[]): void {
    this.write('warn', line)
  }
  info(...line: unknown[]): void {
    this.write('info', line)
  }
  debug(...line: unknown[]): void {
    this.write('debug', line)
  }
  trace(...line: unknown[]): void {
    this.write('trace', line)
  }
  silent(): void {}
  child(...args: ChildArgs): FastifyBaseLogger {
    return this.real().child(...args)
  }

  private real(): FastifyBaseLogger {
    this.made ??= this.parent.child({ reqId: this.reqId }, NO_CHILD_OPTIONS)
    return this.made
  }
  private write(name: LogMethod, line: unknown[]): void {
    if (this.made === undefined && (LEVEL_VALUES[name] ?? 0) < (LEVEL_VALUES[this.parent.level] ?? 0)) return
    const logger = this.real()
    ;(logger[name] as (...args: unknown[]) => void).apply(logger, line)
  }
}
