import type { FastifyInstance, FastifyRequest, onRequestHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose'
import { AccessTokenClaims, parseScopes } from './contracts/oauth.js'
import { HeistError } from './errors.js'

/** Algorithms the fleet signs with; anything else (HS256, `none`) is refused. */
export const ACCEPTED_ALGORITHMS = ['ES256', 'EdDSA']

/** The JOSE `typ` of an access token (RFC 9068 §2.1); an ID token or any other JWT is refused. */
export const ACCESS_TOKEN_TYP = 'at+jwt'

/** The longest token lifetime the oauth service may be configured to issue, in seconds. */
export const TOKEN_TTL_MAX_S = 3600

/** Who made a request, as established from a verified bearer token. */
export interface Principal {
  clientId: string
  scopes: string[]
  claims: AccessTokenClaims
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `requireScope` / `authenticate` once the bearer token is verified. */
    principal: Principal | null
  }
  interface FastifyInstance {
    /** Verify the bearer token of a request; throws 401 on any problem. */
    authenticate(request: FastifyRequest): Promise<Principal>
    /**
     * The request's principal when its token was verified before (cached, not expired), without a
     * promise; undefined when the token must be verified. Throws 401 like `authenticate`.
     */
    authenticateKnown(request: FastifyRequest): Principal | undefined
  }
}

export interface TokenVerifierOptions {
  issuer: string
  /** This resource server's identifier (RFC 8707): a token minted for another service is refused. */
  audience: string | readonly string[]
  /** Tokens claiming a longer lifetime (`exp - iat`) than oauth issues are refused; default the maximum. */
  maxLifetimeS?: number
  /** A jose key getter; `jwksUrl` builds one from the oauth service's JWKS. */
  keys?: JWTVerifyGetKey
  jwksUrl?: string
  /** Max verified tokens kept in memory. */
  cacheSize?: number
  now?: () => number
}

const REALM = 'heist'

function unauthorized(description: string | null): HeistError {
  const header = description === null
    ? `Bearer realm="${REALM}"`
    : `Bearer realm="${REALM}", error="invalid_token", error_description="${description.replace(/"/g, "'")}"`
  return new HeistError('AUTH_INVALID_TOKEN', description ?? 'a bearer token is required', 401, undefined, { 'www-authenticate': header })
}

/** The 403 answer for a valid token that lacks a scope (RFC 6750 §3.1). */
export function insufficientScope(scope: string): HeistError {
  return new HeistError('AUTH_INSUFFICIENT_SCOPE', `this needs the scope "${scope}"`, 403, { required_scope: scope }, {
    'www-authenticate': `Bearer realm="${REALM}", error="insufficient_scope", error_description="requires ${scope}", scope="${scope}"`,
  })
}

function describeJoseError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'token expired'
  if (error instanceof joseErrors.JWTClaimValidationFailed) return error.claim === 'typ' ? 'token is not an access token (typ must be at+jwt)' : `token claim "${error.claim}" is not valid`
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'token signature is not valid'
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'token algorithm is not allowed'
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'token was not signed by a known key'
  return 'token is not valid'
}

/** RFC 9068 §4 checks jose does not make: the lifetime a token claims is no longer than oauth issues. */
function lifetimeProblem(claims: AccessTokenClaims, maxLifetimeS: number): string | null {
  if (claims.exp - claims.iat > maxLifetimeS) return `token lifetime is longer than ${maxLifetimeS} s`
  return null
}

/**
 * The token cache's key: a number made from the token's last characters (the end of its
 * signature, random to anyone without the signing key). Keyed by the whole token, every lookup
 * hashed all ~600 characters, since each request's header is a new string (V8 caches a string's
 * hash on the string): about 5 300 of the ~232 000 instructions of a calculator call, counted
 * under callgrind; keyed by its last 32 characters, each lookup still made a slice of the token
 * and hashed it (issue 16). A number is hashed as a number. An entry keeps the whole token and
 * answers only a token equal to it, so a token that merely ends the same is verified like any
 * other (and, once verified, takes the entry's place); only a verified token is stored.
 */
const KEY_CHARACTERS = 6
function cacheKey(token: string): number {
  let key = 0
  // The last character of a base64url signature carries 2 bits (64 bytes = 85⅓ characters): skip it.
  for (let i = token.length - 2; i >= token.length - 1 - KEY_CHARACTERS && i >= 0; i--) key = (Math.imul(key, 131) + token.charCodeAt(i)) | 0
  return key & 0x3fffffff
}

/**
 * Verifies fleet access tokens locally (signature, `typ: at+jwt`, issuer, this server's
 * audience, expiry, an `iat` neither in the future nor older than the longest lifetime) and
 * caches verified tokens until they expire, so the hot path does no crypto for a known token.
 */
export function createTokenVerifier(options: TokenVerifierOptions) {
  const keys = options.keys ?? (options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 5_000 }) : undefined)
  if (!keys) throw new Error('createTokenVerifier needs keys or jwksUrl')
  const now = options.now ?? Date.now
  const cacheSize = options.cacheSize ?? 10_000
  const cache = new Map<number, { token: string; expiresMs: number; principal: Principal }>()
  const maxLifetimeS = options.maxLifetimeS ?? TOKEN_TTL_MAX_S
  const audience = typeof options.audience === 'string' ? options.audience : [...options.audience]

  /** The principal of a token verified before (the whole token equal to it); throws once it has expired. */
  function known(token: string): Principal | undefined {
    const key = cacheKey(token)
    const cached = cache.get(key)
    if (cached === undefined || cached.token !== token) return undefined
    if (cached.expiresMs > now()) return cached.principal
    cache.delete(key)
    throw unauthorized('token expired')
  }

  const verify = async (token: string): Promise<Principal> => {
    const cached = known(token)
    if (cached) return cached
    let payload: unknown
    try {
      ;({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience,
        typ: ACCESS_TOKEN_TYP,
        algorithms: ACCEPTED_ALGORITHMS,
        requiredClaims: ['exp', 'iat', 'sub', 'jti'],
        // Also refuses an `iat` in the future (jose checks both ends once maxTokenAge is set).
        maxTokenAge: maxLifetimeS,
        currentDate: new Date(now()),
      }))
    } catch (error) {
      throw unauthorized(describeJoseError(error))
    }
    const claims = AccessTokenClaims.safeParse(payload)
    if (!claims.success) throw unauthorized('token claims are malformed')
    const problem = lifetimeProblem(claims.data, maxLifetimeS)
    if (problem) throw unauthorized(problem)
    const principal: Principal = { clientId: claims.data.client_id ?? claims.data.sub, scopes: parseScopes(claims.data.scope), claims: claims.data }
    if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as number)
    cache.set(cacheKey(token), { token, expiresMs: claims.data.exp * 1000, principal })
    return principal
  }
  return Object.assign(verify, { known }) satisfies TokenVerifier
}

/** Verifies a bearer token; throws a 401 `HeistError` on any problem. */
export interface TokenVerifier {
  (token: string): Promise<Principal>
  /**
   * The principal of a token this verifier has verified and cached, if it has not expired, with
   * no promise (the hot path of every authenticated request); undefined for a token it must verify.
   */
  known?(token: string): Principal | undefined
}

const BEARER_PREFIX_LENGTH = 'Bearer '.length

/** Extract the bearer token from an `Authorization` header (RFC 6750 §2.1). */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null
  const match = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i.exec(header.trim())
  if (!match?.[1]) throw unauthorized('malformed Authorization header')
  return match[1]
}

/**
 * The principal `known` holds for the token of an `Authorization` header exactly `Bearer <token>`,
 * without `bearerToken`'s regex over ~600 characters: a cached token passed that check when it was
 * verified, and the same header passes it again (issue 16). Undefined for any other header or an
 * uncached token, which is then checked as usual.
 */
export function cachedBearer(header: string | undefined, known: (token: string) => Principal | undefined): Principal | undefined {
  return header?.startsWith('Bearer ') ? known(header.slice(BEARER_PREFIX_LENGTH)) : undefined
}

/** The request's bearer token; 401 when there is none. */
function requestToken(request: FastifyRequest): string {
  const token = bearerToken(request.headers.authorization)
  if (token === null) throw unauthorized(null)
  return token
}

/**
 * Fastify plugin: decorates `request.principal` and `app.authenticate`. Use
 * {@link requireScope} as a route's `onRequest` hook to protect a route.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, options: { verify: TokenVerifier }) => {
    if (typeof options.verify !== 'function') throw new Error('authPlugin needs a verify function')
    app.decorateRequest('principal', null)
    app.decorate('authenticate', async (request: FastifyRequest) => {
      if (request.principal) return request.principal
      request.principal = await options.verify(requestToken(request))
      return request.principal
    })
    const known = options.verify.known
    app.decorate('authenticateKnown', (request: FastifyRequest) => {
      if (request.principal) return request.principal
      if (known === undefined) return undefined
      // The cache first, for a header exactly `Bearer <token>`: a cached token passed
      // `bearerToken`'s format check when it was verified, and the same header passes it again,
      // so a hit skips a regex over ~600 characters (issue 16). Anything else is checked first.
      const header = request.headers.authorization
      const principal = cachedBearer(header, known) ?? known(requestToken(request))
      if (principal) request.principal = principal
      return principal
    })
  },
  { name: 'heist-auth', fastify: '5.x' },
)

/**
 * A hook that requires a verified token carrying `scope`. Register it as `onRequest`: it then
 * runs before the body is parsed and validated, so an anonymous caller with a bad body gets
 * 401, never a 400 describing the API. A callback hook, not an async one: a token verified
 * before (the cache) passes with no promise and no turn of the microtask queue (issue 16); only
 * a token seen for the first time waits for `authenticate`.
 */
export function requireScope(scope: string): onRequestHookHandler {
  const check = (principal: Principal) => (principal.scopes.includes(scope) ? undefined : insufficientScope(scope))
  return function (this: FastifyInstance, request, _reply, done) {
    let known: Principal | undefined
    try {
      known = this.authenticateKnown(request)
    } catch (error) {
      done(error as Error)
      return
    }
    if (known) {
      done(check(known))
      return
    }
    this.authenticate(request).then((principal) => done(check(principal)), (error: Error) => done(error))
  }
}
