import { isIP } from 'node:net'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { HeistError } from './errors.js'
import { FLEET } from './fleet.js'

/**
 * What the Host check reads from a service's parsed config: `HEIST_ALLOWED_HOSTS` and the host
 * names of its URLs (every key ending in `_URL`, and `HEIST_ISSUER`). Any other key is ignored.
 */
export type HostCheckConfig = object

/** Methods that change nothing: a cross-origin page may send them without an `Origin` check. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * The host names a service answers to besides loopback and IP literals: every compose service name
 * (how the containers call each other), the host names of the URLs in `config`, and the names the
 * user lists in `HEIST_ALLOWED_HOSTS` (a fleet put behind a name of its own). Lower case.
 */
export function allowedHostNames(config: HostCheckConfig = {}): ReadonlySet<string> {
  const names = new Set(FLEET.map((s) => s.name))
  for (const [key, value] of Object.entries(config)) {
    if (key === 'HEIST_ALLOWED_HOSTS' && Array.isArray(value)) {
      for (const name of value) if (typeof name === 'string') names.add(bareName(name))
    } else if ((key.endsWith('_URL') || key === 'HEIST_ISSUER') && typeof value === 'string' && URL.canParse(value)) {
      names.add(bareName(new URL(value).hostname))
    }
  }
  return names
}

/** `Example.COM.` → `example.com`; `[::1]` → `::1`. */
function bareName(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/^\[(.*)\]$/, '$1')
}

/** The host name of a `Host` header (`name:port`, `[v6]:port`), without its port; undefined if malformed. */
export function hostOfHeader(header: string): string | undefined {
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::\d{1,5})?$/.exec(header.trim())
  return match?.[1] === undefined ? undefined : bareName(match[1])
}

/**
 * Whether a `Host` header names this service. Loopback names (`localhost`, `*.localhost`, which
 * browsers resolve themselves, never through DNS) and IP literals always pass: DNS rebinding needs a
 * name the attacker controls, and a page whose origin is an IP address is that address's own origin.
 * Any other name must be in `names`.
 */
export function isAllowedHost(header: string, names: ReadonlySet<string>): boolean {
  const host = hostOfHeader(header)
  if (host === undefined) return false
  return host === 'localhost' || host.endsWith('.localhost') || isIP(host) !== 0 || names.has(host)
}

export interface HostCheckOptions {
  /** From {@link allowedHostNames}. */
  names: ReadonlySet<string>
  /**
   * Also refuse a WebSocket upgrade or a state-changing request whose `Origin` is not this
   * service's own origin (the service serves a page: the dashboard).
   */
  sameOrigin?: boolean
}

function hostNotAllowed(host: string): HeistError {
  return new HeistError('REQUEST_HOST_NOT_ALLOWED',
    `Host "${host.slice(0, 100)}" is not a name this service is reached by; a fleet behind a name of its own lists it in HEIST_ALLOWED_HOSTS`, 421)
}

function originNotAllowed(origin: string): HeistError {
  return new HeistError('REQUEST_ORIGIN_NOT_ALLOWED', `Origin "${origin.slice(0, 100)}" is not this service's own origin`, 403)
}

/** The `Origin` of a browser request is this service's own origin (scheme aside: plain HTTP only). */
function isSameOrigin(origin: string, host: string): boolean {
  if (!URL.canParse(origin)) return false
  const url = new URL(origin)
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === new URL(`http://${host}`).host
}

function isStateChanging(request: FastifyRequest): boolean {
  return !SAFE_METHODS.has(request.method) || request.headers.upgrade?.toLowerCase() === 'websocket'
}

/**
 * DNS rebinding: a web page rebinds its own name to 127.0.0.1 and then calls a loopback service from
 * the victim's browser as its own origin; the browser still sends the page's name in `Host`, so every
 * request (WebSocket upgrades too: they pass through `onRequest`) whose `Host` is not a name of this
 * fleet gets `421 REQUEST_HOST_NOT_ALLOWED`, in the error shape of the route's scope. A request with
 * no `Host` (HTTP/1.0) comes from no browser and passes. Registered by `createServiceApp` before any route.
 */
export const hostCheck = fp(async (app: FastifyInstance, options: HostCheckOptions) => {
  if (!(options.names instanceof Set)) throw new TypeError('hostCheck: names must be a Set')
  const { names, sameOrigin = false } = options
  // The few Host values a fleet sees, each parsed once (bounded: a client may send any).
  const passed = new Set<string>()
  const allowed = (host: string) => {
    if (passed.has(host)) return true
    if (!isAllowedHost(host, names)) return false
    if (passed.size < 64) passed.add(host)
    return true
  }
  // Synchronous: no promise per request on the hot path (issue 16).
  app.addHook('onRequest', (request, _reply, done) => {
    const host = request.headers.host
    if (host === undefined) return done()
    if (!allowed(host)) return done(hostNotAllowed(host))
    const origin = request.headers.origin
    if (sameOrigin && origin !== undefined && isStateChanging(request) && !isSameOrigin(origin, host)) return done(originNotAllowed(origin))
    done()
  })
}, { name: 'heist-host-check', fastify: '5.x' })
