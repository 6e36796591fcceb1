import { HeistError, type OAuthErrorBody } from '@heist/shared'

type OAuthErrorCode = OAuthErrorBody['error']

const STATUS: Record<OAuthErrorCode, number> = {
  invalid_request: 400,
  invalid_client: 401,
  invalid_grant: 400,
  unauthorized_client: 400,
  unsupported_grant_type: 400,
  invalid_scope: 400,
  invalid_target: 400,
  slow_down: 429,
}

export const BASIC_REALM = 'heist-oauth'

/**
 * An error of the token and introspection endpoints, answered as RFC 6749 §5.2
 * (`{error, error_description}`) rather than the fleet's `{error:{code,message}}`.
 */
export class OAuthError extends HeistError {
  constructor(readonly oauthCode: OAuthErrorCode, description: string, headers: Record<string, string> = {}, status = STATUS[oauthCode]) {
    super(`OAUTH_${oauthCode.toUpperCase()}`, description, status, undefined, headers)
  }

  body(): OAuthErrorBody {
    return { error: this.oauthCode, error_description: this.message }
  }
}

export function isOAuthError(error: unknown): error is OAuthError {
  return error instanceof OAuthError
}

/** `invalid_client` always asks for Basic auth, as RFC 6749 §5.2 wants for a 401. */
export function invalidClient(description: string): OAuthError {
  return new OAuthError('invalid_client', description, { 'www-authenticate': `Basic realm="${BASIC_REALM}", charset="UTF-8"` })
}

export function tooManyFailures(retryAfterS: number): OAuthError {
  return new OAuthError('slow_down', `too many failed authentication attempts; retry in ${retryAfterS} s`, { 'retry-after': String(retryAfterS) })
}
