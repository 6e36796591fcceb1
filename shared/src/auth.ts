import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose'
import { AccessTokenClaims, parseScopes } from './contracts/oauth.js'
import { HeistError } from './errors.js'

/** Algorithms the fleet signs with; anything else (HS256, `none`) is refused. */
export const ACCEPTED_ALGORITHMS = ['ES256', 'EdDSA']

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
  }
}

export interface TokenVerifierOptions {
  issuer: string
  audience: string
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
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `token claim "${error.claim}" is not valid`
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'token signature is not valid'
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'token algorithm is not allowed'
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'token was not signed by a known key'
  return 'token is not valid'
}

/**
 * Verifies fleet access tokens locally (signature, issuer, audience, expiry) and caches
 * verified tokens until they expire, so the hot path does no crypto for a known token.
 */
export function createTokenVerifier(options: TokenVerifierOptions) {
  const keys = options.keys ?? (options.jwksUrl ? createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 5_000 }) : undefined)
  if (!keys) throw new Error('createTokenVerifier needs keys or jwksUrl')
  const now = options.now ?? Date.now
  const cacheSize = options.cacheSize ?? 10_000
  const cache = new Map<string, Principal>()

  return async function verify(token: string): Promise<Principal> {
    const cached = cache.get(token)
    if (cached) {
      if (cached.claims.exp * 1000 > now()) return cached
      cache.delete(token)
      throw unauthorized('token expired')
    }
    let payload: unknown
    try {
      ;({ payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ACCEPTED_ALGORITHMS,
        requiredClaims: ['exp', 'iat', 'sub', 'jti'],
        currentDate: new Date(now()),
      }))
    } catch (error) {
      throw unauthorized(describeJoseError(error))
    }
    const claims = AccessTokenClaims.safeParse(payload)
    if (!claims.success) throw unauthorized('token claims are malformed')
    const principal: Principal = { clientId: claims.data.client_id ?? claims.data.sub, scopes: parseScopes(claims.data.scope), claims: claims.data }
    if (cache.size >= cacheSize) cache.delete(cache.keys().next().value as string)
    cache.set(token, principal)
    return principal
  }
}
export type TokenVerifier = ReturnType<typeof createTokenVerifier>

/** Extract the bearer token from an `Authorization` header (RFC 6750 §2.1). */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null
  const match = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i.exec(header.trim())
  if (!match?.[1]) throw unauthorized('malformed Authorization header')
  return match[1]
}

/**
 * Fastify plugin: decorates `request.principal` and `app.authenticate`. Use
 * {@link requireScope} as a route `preHandler` to protect a route.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, options: { verify: TokenVerifier }) => {
    if (typeof options.verify !== 'function') throw new Error('authPlugin needs a verify function')
    app.decorateRequest('principal', null)
    app.decorate('authenticate', async (request: FastifyRequest) => {
      if (request.principal) return request.principal
      const token = bearerToken(request.headers.authorization)
      if (token === null) throw unauthorized(null)
      request.principal = await options.verify(token)
      return request.principal
    })
  },
  { name: 'heist-auth', fastify: '5.x' },
)

/** A `preHandler` that requires a verified token carrying `scope`. */
export function requireScope(scope: string): preHandlerAsyncHookHandler {
  return async function (this: FastifyInstance, request: FastifyRequest, _reply: FastifyReply) {
    const principal = await this.authenticate(request)
    if (!principal.scopes.includes(scope)) throw insufficientScope(scope)
  }
}
