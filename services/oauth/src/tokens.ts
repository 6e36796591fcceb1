import { randomUUID } from 'node:crypto'
import { parseScopes, Scope, scopesUsedBy, type IntrospectionResponse, type Principal, type TokenResponse, type TokenVerifier } from '@heist/shared'
import type { Client } from './clients.js'
import { OAuthError } from './oauth-errors.js'
import type { SigningKey } from './signing-key.js'

// The endpoint table is fixed, so what a service's endpoints accept is worked out once per service,
// not scanned on every token request (it was 2 % of a token request's profile).
const usableAt = new Map<string, readonly string[]>()
function scopesUsableAt(service: string): readonly string[] {
  let scopes = usableAt.get(service)
  if (!scopes) usableAt.set(service, (scopes = scopesUsedBy(service)))
  return scopes
}

/**
 * The scopes a client gets: all of its own when it asks for none, else exactly what it asks
 * for, and nothing outside its set (RFC 6749 §3.3). A token for another service than oauth
 * carries only scopes that service uses: a calculator token never says `database_query:use`.
 * Tokens for oauth itself keep the whole set, because discovery lists tools by it.
 */
export function grantScopes(client: Client, requested: string | undefined, service = 'oauth'): string[] {
  const asked = parseScopes(requested)
  const usable = service === 'oauth' ? null : scopesUsableAt(service)
  if (asked.length === 0) return client.scopes.filter((s) => usable === null || usable.includes(s))
  const malformed = asked.filter((s) => !Scope.safeParse(s).success)
  if (malformed.length > 0) throw new OAuthError('invalid_scope', 'scope contains characters RFC 6749 does not allow')
  const refused = asked.filter((s) => !client.scopes.includes(s))
  if (refused.length > 0) throw new OAuthError('invalid_scope', `scope not allowed for this client: ${refused.join(' ')}`)
  const elsewhere = asked.filter((s) => usable !== null && !usable.includes(s))
  if (elsewhere.length > 0) throw new OAuthError('invalid_scope', `scope not used by the requested resource: ${elsewhere.join(' ')}`)
  return asked
}

export interface TokenIssuerOptions {
  key: SigningKey
  issuer: string
  ttlS: number
  now: () => number
}

const base64url = (text: string) => Buffer.from(text).toString('base64url')

/**
 * The JSON of strings from small fixed sets (client ids, audiences), worked out once each: the
 * claims are written around them rather than by `JSON.stringify` of an object per token.
 */
function jsonMemo(limit: number): (value: string) => string {
  const memo = new Map<string, string>()
  return (value) => {
    let json = memo.get(value)
    if (json === undefined) {
      json = JSON.stringify(value)
      // Bounded all the same: past the limit a value is encoded each time, never stored.
      if (memo.size < limit) memo.set(value, json)
    }
    return json
  }
}

/**
 * Signs short-lived access tokens (RFC 9068: `typ: at+jwt`), each for one audience, with the key's
 * algorithm (EdDSA or ES256): a JWS compact serialisation (RFC 7515 §7.1) signed synchronously by
 * the key's signer (jws-signer.ts: libsodium for Ed25519, else `node:crypto`). jose signs through
 * WebCrypto, an asynchronous job per token (a third of a token request's CPU in a profile); jose
 * still verifies every token, here and at every resource server. Every token is new: its own
 * `iat`, `exp`, `jti` and signature.
 */
export function createTokenIssuer(options: TokenIssuerOptions) {
  const header = base64url(JSON.stringify({ alg: options.key.alg, kid: options.key.kid, typ: 'at+jwt' }))
  const issuerJson = JSON.stringify(options.issuer)
  const json = jsonMemo(1024)
  return function issue(client: Client, scopes: readonly string[], audience: string): TokenResponse {
    const iat = Math.floor(options.now() / 1000)
    const scope = scopes.join(' ')
    const id = json(client.id)
    // The claims in the order, and with the bytes, JSON.stringify gave them ({scope, client_id, iss, sub, aud, iat, exp, jti}).
    const claims = `{"scope":${JSON.stringify(scope)},"client_id":${id},"iss":${issuerJson},"sub":${id},"aud":${json(audience)},"iat":${iat},"exp":${iat + options.ttlS},"jti":"${randomUUID()}"}`
    const input = `${header}.${base64url(claims)}`
    // The signing input is base64url text and a dot, ASCII: its latin1 bytes are its UTF-8 bytes, copied without the UTF-8 encoder (issue 16).
    const accessToken = `${input}.${options.key.signer.sign(Buffer.from(input, 'latin1')).toString('base64url')}`
    return { access_token: accessToken, token_type: 'Bearer', expires_in: options.ttlS, scope }
  }
}
export type TokenIssuer = ReturnType<typeof createTokenIssuer>

/**
 * RFC 7662: what a token is, or `{active:false}` for anything that does not verify or
 * belongs to a client that no longer exists. Never says why: that would help a forger.
 */
export async function introspect(verify: TokenVerifier, isKnownClient: (id: string) => boolean, token: string): Promise<IntrospectionResponse> {
  let principal: Principal
  try {
    principal = await verify(token)
  } catch {
    return { active: false }
  }
  if (!isKnownClient(principal.clientId)) return { active: false }
  const { claims } = principal
  return {
    active: true,
    scope: claims.scope,
    client_id: principal.clientId,
    sub: claims.sub,
    aud: claims.aud,
    iss: claims.iss,
    exp: claims.exp,
    iat: claims.iat,
    jti: claims.jti,
    token_type: 'Bearer',
  }
}
