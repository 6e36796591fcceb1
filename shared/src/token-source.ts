import { TokenResponse } from './contracts/oauth.js'
import { HeistError } from './errors.js'

export interface TokenSourceOptions {
  /** e.g. `http://127.0.0.1:8001/oauth/token` */
  tokenUrl: string
  clientId: string
  clientSecret: string
  /** Space-separated scopes; omitted means all of the client's scopes (usable at `resource`). */
  scope?: string
  /**
   * The service the token is for (RFC 8707 `resource`, its fleet URL, see `resourceUri`); the
   * token is accepted there and nowhere else. Omitted: a token for the oauth service itself
   * (discovery, tool registration).
   */
  resource?: string
  /** Renew this many seconds before expiry. */
  renewBeforeS?: number
  timeoutMs?: number
  fetch?: typeof fetch
  now?: () => number
}

/** A readable reason from an RFC 6749 §5.2 error body (or the fleet's error shape). */
function describeRefusal(body: unknown, status: number): string {
  if (typeof body !== 'object' || body === null) return `HTTP ${status}`
  const { error, error_description: description } = body as { error?: unknown; error_description?: unknown }
  if (typeof error === 'string') return typeof description === 'string' ? `${error} (${description})` : error
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message)
  return `HTTP ${status}`
}

/**
 * A client-credentials token (RFC 6749 §4.4) that is fetched once, shared by concurrent
 * callers, and renewed shortly before it expires.
 */
export function createTokenSource(options: TokenSourceOptions) {
  const doFetch = options.fetch ?? fetch
  const now = options.now ?? Date.now
  const renewBeforeMs = (options.renewBeforeS ?? 30) * 1000
  let current: { token: TokenResponse; expiresAt: number } | null = null
  let inflight: Promise<string> | null = null

  async function fetchToken(): Promise<string> {
    const body = new URLSearchParams({ grant_type: 'client_credentials' })
    if (options.scope) body.set('scope', options.scope)
    if (options.resource) body.set('resource', options.resource)
    const basic = Buffer.from(`${encodeURIComponent(options.clientId)}:${encodeURIComponent(options.clientSecret)}`).toString('base64')
    let response: Response
    try {
      response = await doFetch(options.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}`, accept: 'application/json' },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
      })
    } catch {
      throw new HeistError('OAUTH_UNAVAILABLE', `the oauth service is unreachable at ${options.tokenUrl}`, 503)
    }
    const json: unknown = await response.json().catch(() => null)
    if (!response.ok) {
      throw new HeistError('OAUTH_TOKEN_REFUSED', `token for "${options.clientId}" refused: ${describeRefusal(json, response.status)}`, 502)
    }
    const parsed = TokenResponse.safeParse(json)
    if (!parsed.success) throw new HeistError('UPSTREAM_BAD_REPLY', 'the oauth service sent a malformed token reply', 502)
    const token = parsed.data
    current = { token, expiresAt: now() + token.expires_in * 1000 }
    return token.access_token
  }

  return {
    /** A valid access token, from cache when it has more than `renewBeforeS` left. */
    async get(): Promise<string> {
      if (current && current.expiresAt - renewBeforeMs > now()) return current.token.access_token
      inflight ??= fetchToken().finally(() => {
        inflight = null
      })
      return inflight
    },
    /** The scopes granted with the current token (empty before the first `get`). */
    scopes(): string[] {
      return current ? current.token.scope.split(' ').filter(Boolean) : []
    },
    /** Drop the cached token, e.g. after a 401. */
    invalidate(): void {
      current = null
    },
  }
}
export type TokenSource = ReturnType<typeof createTokenSource>
