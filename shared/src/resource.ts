import type { JWTVerifyGetKey } from 'jose'
import { createTokenVerifier, type TokenVerifier } from './auth.js'
import { defaultUrl, urlEnvName } from './fleet.js'

/**
 * Issuer and resource identifiers. The issuer is the oauth service's public URL; each resource
 * server (RFC 8707) is identified by its own fleet URL, `HEIST_<SERVICE>_URL`, which the launcher
 * and the compose file give every process alike, so the minting side and the checking side agree
 * by construction. A token is minted for one resource (`aud`) and every resource server accepts
 * only its own.
 */

/** A URL as an identifier: no query, fragment or trailing slash (`http://h:1/` → `http://h:1`). */
export function canonicalUrl(url: string): string {
  const parsed = new URL(url)
  parsed.hash = ''
  parsed.search = ''
  return parsed.href.replace(/\/+$/, '')
}

/** Env fields the issuer is derived from (every service that talks to oauth has them). */
export interface IssuerEnv {
  HEIST_ISSUER?: string | undefined
  HEIST_OAUTH_URL?: string | undefined
}

/**
 * The fleet's issuer: `HEIST_ISSUER` when set (the URL clients outside the fleet use, e.g. in
 * Docker), else `HEIST_OAUTH_URL`. It is also the oauth service's own resource identifier.
 */
export function fleetIssuer(env: IssuerEnv): string {
  return canonicalUrl(env.HEIST_ISSUER ?? env.HEIST_OAUTH_URL ?? defaultUrl('oauth'))
}

/** The resource identifier of a fleet service, read from the same env every process gets. */
export function resourceUri(service: string, env: Readonly<Record<string, unknown>>): string {
  if (service === 'oauth') return fleetIssuer(env as IssuerEnv)
  const url = env[urlEnvName(service)]
  return canonicalUrl(typeof url === 'string' ? url : defaultUrl(service))
}

export interface ResourceVerifierOptions {
  /** Issuer settings (and `HEIST_TOKEN_TTL_S`, the longest lifetime accepted). */
  env: IssuerEnv & { HEIST_TOKEN_TTL_S?: number | undefined }
  /** This server's resource identifier: the only audience accepted. */
  resource: string
  /** Local keys (tests); without them the oauth service's JWKS is fetched and cached. */
  keys?: JWTVerifyGetKey | undefined
  now?: () => number
}

/** The token verifier of one resource server: fleet issuer, its own audience, oauth's JWKS. */
export function resourceVerifier(options: ResourceVerifierOptions): TokenVerifier {
  const oauthUrl = canonicalUrl(options.env.HEIST_OAUTH_URL ?? defaultUrl('oauth'))
  return createTokenVerifier({
    issuer: fleetIssuer(options.env),
    audience: options.resource,
    ...(options.env.HEIST_TOKEN_TTL_S !== undefined ? { maxLifetimeS: options.env.HEIST_TOKEN_TTL_S } : {}),
    ...(options.keys ? { keys: options.keys } : { jwksUrl: `${oauthUrl}/.well-known/jwks.json` }),
    ...(options.now ? { now: options.now } : {}),
  })
}
