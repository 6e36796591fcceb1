import type { IncomingMessage, ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { REQUEST_ID_HEADER } from './logger.js'

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

/** The policy of a JSON API: nothing may load from a response, and nothing may frame it. */
export const API_CSP = {
  'default-src': ["'none'"],
  'frame-ancestors': ["'none'"],
}

export interface SecurityHeadersOptions {
  /** The service serves an HTML page: use {@link PAGE_CSP} instead of {@link API_CSP}. */
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

/** helmet's options for the fleet: the API or page CSP, no framing, no referrer, no HSTS. */
export function helmetOptions(options: SecurityHeadersOptions = {}): Record<string, unknown> {
  return {
    contentSecurityPolicy: { useDefaults: false, directives: options.page ? PAGE_CSP : API_CSP },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  }
}

/** The headers helmet sets for `options`, recorded from one run of its middleware. */
export function helmetHeaders(options: SecurityHeadersOptions = {}): Readonly<Record<string, string>> {
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
  loadHelmet()(helmetOptions(options))({} as IncomingMessage, recorder as unknown as ServerResponse, (error) => {
    failure = error
  })
  if (failure) throw failure
  return Object.freeze(headers)
}

/**
 * The headers on every reply of every service, set in one synchronous `onRequest` hook (404s and
 * errors carry them too): helmet's security headers, computed once (CSP,
 * `X-Frame-Options: DENY`, `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer`; no
 * HSTS: nothing in the fleet terminates TLS, and HSTS on plain HTTP only misleads), and the
 * request id echoed in `x-request-id`. One hook, not one per header group: each hook is a step of
 * Fastify's hook runner on every request (issue 16).
 */
export const replyHeaders = fp(
  async (app: FastifyInstance, options: SecurityHeadersOptions) => {
    const headers = helmetHeaders(options)
    const names = Object.keys(headers)
    app.addHook('onRequest', (request, reply, done) => {
      for (const name of names) void reply.header(name, headers[name])
      void reply.header(REQUEST_ID_HEADER, request.id)
      done()
    })
  },
  { name: 'heist-reply-headers', fastify: '5.x' },
)
