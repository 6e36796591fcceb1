import type { Client, ClientRegistry } from './clients.js'
import { invalidClient, OAuthError, tooManyFailures } from './oauth-errors.js'
import type { FailureLimiter } from './rate-limiter.js'

export interface Credentials {
  clientId: string
  secret: string
}

function decodeComponent(value: string): string {
  // The fleet's ids and secrets (base64url) hold neither: nothing to decode, the same string back.
  if (!value.includes('%') && !value.includes('+')) return value
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '))
  } catch {
    throw invalidClient('malformed Basic credentials')
  }
}

/** `client_secret_basic` (RFC 6749 §2.3.1): base64 of form-encoded id and secret. */
function fromBasic(header: string): Credentials {
  const match = /^Basic ([A-Za-z0-9+/]+={0,2})$/i.exec(header.trim())
  if (!match?.[1]) throw invalidClient('the Authorization header must be Basic client credentials')
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon <= 0) throw invalidClient('malformed Basic credentials')
  return { clientId: decodeComponent(decoded.slice(0, colon)), secret: decodeComponent(decoded.slice(colon + 1)) }
}

/**
 * The credentials a request presents, by `client_secret_basic` or `client_secret_post`.
 * Both at once is refused (RFC 6749 §2.3); a body `client_id` next to Basic must agree.
 */
export function presentedCredentials(authorization: string | undefined, body: { client_id?: string | undefined; client_secret?: string | undefined }): Credentials {
  if (authorization !== undefined) {
    if (body.client_secret !== undefined) throw new OAuthError('invalid_request', 'use one client authentication method, not Basic and client_secret together')
    const credentials = fromBasic(authorization)
    if (body.client_id !== undefined && body.client_id !== credentials.clientId) throw new OAuthError('invalid_request', 'client_id does not match the Basic credentials')
    return credentials
  }
  if (body.client_id === undefined || body.client_secret === undefined) throw invalidClient('client authentication is required (Basic, or client_id and client_secret)')
  return { clientId: body.client_id, secret: body.client_secret }
}

/**
 * Check a client's secret. A right secret always passes: the limiter counts failures only,
 * per caller address, so a flood of bad logins (from 127.0.0.1, where every local service calls
 * from too) cannot lock anyone out. Past the limit, failures from that address are answered 429
 * instead of 401; the answer never depends on whether the client id exists, so it tells a
 * scanner nothing. The secrets are random (192 bits from init-env): there is no guessing to stop by locking ids.
 */
export function authenticateClient(clients: ClientRegistry, failures: FailureLimiter, credentials: Credentials, address: string): Client {
  const client = clients.authenticate(credentials.clientId, credentials.secret)
  if (client) return client
  const wait = failures.retryAfterS([address])
  failures.fail([address])
  if (wait > 0) throw tooManyFailures(wait)
  throw invalidClient('client authentication failed')
}
