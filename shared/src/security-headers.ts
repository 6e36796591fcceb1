import type { IncomingMessage, ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import type { FastifyInstance, FastifyReply } from 'fastify'
import fp from 'fastify-plugin'
import { REQUEST_ID_HEADER, type RequestSetup } from './logger.js'

/**
 * The Content-Security-Policy of a service that serves a page (the dashboard): its own scripts,
 * styles and images, `connect-src 'self'` for its API and WebSocket, and never inside a frame.
 * `upgrade-insecure-requests` is left out: the fleet speaks plain HTTP on loopback and in compose.
 */
export const PAGE_CSP = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
}

export interface SecurityHeadersOptions {
  /** The service serves an HTML page: helmet's full set with {@link PAGE_CSP}, not {@link API_HEADERS}. */
  page?: boolean
}

type HelmetMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void
type Helmet = (options: Record<string, unknown>) => HelmetMiddleware

/**
 * helmet itself, the package @fastify/helmet wraps (resolved through it, so the version is the one
 * the lockfile pins for it). @fastify/helmet calls `helmet(options)` on every request, which
 * parses the CSP and rebuilds a dozen middlewares each time (5 % of a calculator call's CPU in a
 * profile); the headers depend only on the options, so they are computed once here.
 */
function loadHelmet(): Helmet {
  const requireHere = createRequire(import.meta.url)
  const fastifyHelmetEntry = requireHere.resolve('@fastify/helmet')
  return createRequire(fastifyHelmetEntry)('helmet') as Helmet
}

/** helmet's options for a page service (the dashboard): its CSP, no framing, no referrer, no HSTS. */
export function helmetOptions(): Record<string, unknown> {
  return {
    contentSecurityPolicy: { useDefaults: false, directives: PAGE_CSP },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  }
}

/** The headers helmet sets for `options`, recorded from one run of its middleware (a page's headers). */
export function helmetHeaders(): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {}
  const recorder = {
    setHeader: (name: string, value: string | number | string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value)
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()]
    },
  }
  let failure: unknown
  loadHelmet()(helmetOptions())({} as IncomingMessage, recorder as unknown as ServerResponse, (error) => {
    failure = error
  })
  if (failure) throw failure
  return Object.freeze(headers)
}

/**
 * The headers of every reply of a JSON API, after OWASP's REST Security Cheat Sheet: `nosniff`
 * (a browser never reads the JSON as HTML or script), a CSP under which a response can load
 * nothing and be framed by nobody, `X-Frame-Options: DENY` for browsers without
 * `frame-ancestors`, and `Cache-Control: no-store` (replies carry tool results and session data;
 * a route that may be cached, the JWKS, sets its own). Left out, with reasons: helmet's
 * HTML-document headers (`Cross-Origin-Opener-Policy`, `Origin-Agent-Cluster`,
 * `X-DNS-Prefetch-Control`, `X-Download-Options`, `X-Permitted-Cross-Domain-Policies`,
 * `X-XSS-Protection: 0`) govern a page's window, scripts and downloads, and a JSON reply has none;
 * `Referrer-Policy` and `Cross-Origin-Resource-Policy` govern what a document loads or what loads
 * it, which `default-src 'none'` and `nosniff` (a browser's ORB refuses a nosniff JSON reply
 * to a cross-origin `<script>` or `<img>`) already refuse; no HSTS: nothing in the fleet
 * terminates TLS, and HSTS on plain HTTP only misleads. Every header is a name and value Node
 * checks on every reply, so the set is what an API needs and no more (issue 16).
 */
export const API_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': "default-src 'none';frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
})

/** The security headers of a service: {@link API_HEADERS}, or helmet's full set for a page. */
export function securityHeaders(options: SecurityHeadersOptions = {}): Readonly<Record<string, string>> {
  return options.page ? helmetHeaders() : API_HEADERS
}

/** Options of {@link replyHeaders}. */
export interface ReplyHeadersOptions extends SecurityHeadersOptions {
  /** Run first in the same hook (the request's logger, `attachLogger`): one hook step, not two. */
  setup?: RequestSetup
}

/** A reply's header object as Fastify keeps it: what `reply.header` writes and `writeHead` is given. */
type HeaderObject = Record<string, string>

/**
 * The key under which Fastify keeps a reply's headers: a symbol of its own (`fastify.reply.headers`
 * in fastify/lib/symbols.js), found on the first reply and used only once a write through it is
 * seen by `reply.getHeader`; null (then `reply.header`, the public way) if not. Writing the object
 * directly is what `reply.header` does for a lower-case name other than `set-cookie`, without its
 * `toLowerCase`, its `set-cookie` check and a megamorphic keyed load and store per header, on
 * every request (issue 16). It relies on a field Fastify does not document: a Fastify that moves
 * it falls back to `reply.header` (and shared/test/service-app.test.ts, which expects the fast
 * way with the pinned Fastify, says so).
 */
function replyHeaderObjectKey(reply: FastifyReply, name: string, value: string): symbol | null {
  const key = Object.getOwnPropertySymbols(reply).find((s) => s.description === 'fastify.reply.headers')
  const holder = reply as unknown as Record<symbol, unknown>
  if (key === undefined || typeof holder[key] !== 'object' || holder[key] === null) return null
  const headers = holder[key] as HeaderObject
  const before = headers[name]
  headers[name] = value
  if (reply.getHeader(name) === value && reply.getHeaders()[name] === value) return key
  if (before === undefined) delete headers[name]
  else headers[name] = before
  return null
}

/**
 * {@link API_HEADERS} written name by name: stores of constant names, which V8 compiles to a few
 * instructions each, where `Object.assign` walks the source's properties in a builtin (~900
 * instructions a reply under callgrind; issue 16). The names and values are API_HEADERS' own
 * (service-app.test.ts holds every API reply to exactly that set).
 */
function writeApiHeaders(object: HeaderObject): void {
  object['content-security-policy'] = API_HEADERS['content-security-policy']!
  object['x-content-type-options'] = API_HEADERS['x-content-type-options']!
  object['x-frame-options'] = API_HEADERS['x-frame-options']!
  object['cache-control'] = API_HEADERS['cache-control']!
}

/**
 * The headers on every reply of every service, set in one synchronous `onRequest` hook (404s and
 * errors carry them too): {@link securityHeaders}, and the request id echoed in `x-request-id`.
 * One hook, not one per header group: each hook is a step of Fastify's hook runner on every
 * request (issue 16); `setup` (the request's logger) runs in it too. The headers go straight into
 * the reply's header object (see {@link replyHeaderObjectKey}); Node still checks each name and
 * value when it writes the head.
 */
export const replyHeaders = fp(
  async (app: FastifyInstance, options: ReplyHeadersOptions) => {
    const headers = securityHeaders(options)
    const names = Object.keys(headers)
    const values = names.map((name) => headers[name] ?? '')
    const setup = options.setup
    // Found on the first request (undefined until then).
    let key: symbol | null | undefined
    app.addHook('onRequest', (request, reply, done) => {
      if (setup !== undefined) setup(request, reply)
      if (key === undefined) key = replyHeaderObjectKey(reply, REQUEST_ID_HEADER, request.id)
      if (key === null) {
        for (let i = 0; i < names.length; i++) void reply.header(names[i]!, values[i])
        void reply.header(REQUEST_ID_HEADER, request.id)
      } else {
        const object = (reply as unknown as Record<symbol, HeaderObject>)[key]!
        if (headers === API_HEADERS) writeApiHeaders(object)
        else Object.assign(object, headers)
        object[REQUEST_ID_HEADER] = request.id
      }
      done()
    })
  },
  { name: 'heist-reply-headers', fastify: '5.x' },
)
