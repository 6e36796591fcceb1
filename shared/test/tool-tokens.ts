import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWTVerifyGetKey } from 'jose'
import { randomUUID } from 'node:crypto'

/** Test helper for tool services: a local ES256 key pair standing in for the oauth service. */
export interface TestSigner {
  keys: JWTVerifyGetKey
  /** A fleet access token for `clientId` with `scopes`; `overrides` tweak claims or headers. */
  token(clientId: string, scopes: string[], overrides?: { issuer?: string; audience?: string; expiresInS?: number }): Promise<string>
}

export const TEST_ISSUER = 'http://oauth.test'
/** The resource identifier of the tool service under test: tokens are minted for it. */
export const TEST_AUDIENCE = 'http://tool.test'

/** The config every tool service's `buildApp` reads, for tests: silent, and an oauth URL nothing answers at. */
export const TEST_TOOL_CONFIG = { LOG_LEVEL: 'silent', HEIST_OAUTH_URL: 'http://127.0.0.1:1', HEIST_ISSUER: TEST_ISSUER, HEIST_PUBLIC_URL: TEST_AUDIENCE } as const

export async function createTestSigner(): Promise<TestSigner> {
  const { privateKey, publicKey } = await generateKeyPair('ES256')
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test', alg: 'ES256' }
  return {
    keys: createLocalJWKSet({ keys: [jwk] }),
    async token(clientId, scopes, overrides = {}) {
      const now = Math.floor(Date.now() / 1000)
      return new SignJWT({ scope: scopes.join(' '), client_id: clientId })
        .setProtectedHeader({ alg: 'ES256', kid: 'test', typ: 'at+jwt' })
        .setIssuer(overrides.issuer ?? TEST_ISSUER)
        .setAudience(overrides.audience ?? TEST_AUDIENCE)
        .setSubject(clientId)
        .setJti(randomUUID())
        .setIssuedAt(now)
        .setExpirationTime(now + (overrides.expiresInS ?? 300))
        .sign(privateKey)
    },
  }
}
