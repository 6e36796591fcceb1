import { SignJWT, createLocalJWKSet, exportJWK, generateKeyPair, type CryptoKey } from 'jose'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { authPlugin, createServiceApp, createTokenVerifier, requireScope } from '../src/index.js'

const ISSUER = 'http://oauth.test'
const AUDIENCE = 'http://calculator.test'
let privateKey: CryptoKey
let otherKey: CryptoKey
let now = Date.now()

interface SignOptions { key?: CryptoKey; exp?: number; iat?: number; iss?: string; aud?: string; typ?: string | null }

async function sign(claims: Record<string, unknown>, options: SignOptions = {}) {
  const typ = options.typ === undefined ? 'at+jwt' : options.typ
  return new SignJWT({ scope: 'calculator:use', client_id: 'safecracker', ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: 'k1', ...(typ === null ? {} : { typ }) })
    .setIssuer(options.iss ?? ISSUER)
    .setAudience(options.aud ?? AUDIENCE)
    .setSubject('safecracker')
    .setJti(crypto.randomUUID())
    .setIssuedAt(options.iat ?? Math.floor(now / 1000))
    .setExpirationTime(options.exp ?? Math.floor(now / 1000) + 600)
    .sign(options.key ?? privateKey)
}

let app: Awaited<ReturnType<typeof createServiceApp>>
beforeAll(async () => {
  const pair = await generateKeyPair('ES256')
  privateKey = pair.privateKey
  otherKey = (await generateKeyPair('ES256')).privateKey
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' }
  const verify = createTokenVerifier({ issuer: ISSUER, audience: AUDIENCE, keys: createLocalJWKSet({ keys: [jwk] }), maxLifetimeS: 600, now: () => now })
  app = await createServiceApp({ name: 'test', logLevel: 'silent' })
  await app.register(authPlugin, { verify })
  app.get('/calc', { preHandler: requireScope('calculator:use') }, async (request) => ({ client: request.principal?.clientId }))
  app.get('/db', { preHandler: requireScope('database_query:use') }, async () => ({ ok: true }))
  await app.ready()
})
afterAll(() => app.close())

const get = (url: string, authorization?: string) => app.inject({ method: 'GET', url, headers: authorization ? { authorization } : {} })

describe('bearer token verification', () => {
  test('a valid token with the scope is accepted and identifies the client', async () => {
    const res = await get('/calc', `Bearer ${await sign({})}`)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ client: 'safecracker' })
  })

  test('no token: 401 with a bare Bearer challenge (RFC 6750 §3.1)', async () => {
    const res = await get('/calc')
    expect(res.statusCode).toBe(401)
    expect(res.headers['www-authenticate']).toBe('Bearer realm="heist"')
    expect(res.json().error.code).toBe('AUTH_INVALID_TOKEN')
  })

  test('a valid token without the scope: 403 insufficient_scope', async () => {
    const res = await get('/db', `Bearer ${await sign({})}`)
    expect(res.statusCode).toBe(403)
    expect(res.headers['www-authenticate']).toContain('error="insufficient_scope"')
    expect(res.headers['www-authenticate']).toContain('scope="database_query:use"')
  })

  test.each([
    ['expired', async () => sign({}, { exp: Math.floor(now / 1000) - 10 }), 'expired'],
    ['wrong issuer', async () => sign({}, { iss: 'evil' }), 'iss'],
    ['wrong audience (a token minted for another service)', async () => sign({}, { aud: 'http://db-query.test' }), 'aud'],
    ['no typ (RFC 9068 wants at+jwt)', async () => sign({}, { typ: null }), 'at+jwt'],
    ['typ JWT (an ID token, say)', async () => sign({}, { typ: 'JWT' }), 'at+jwt'],
    ['iat in the future', async () => sign({}, { iat: Math.floor(now / 1000) + 3600, exp: Math.floor(now / 1000) + 3900 }), 'iat'],
    ['a lifetime longer than oauth issues', async () => sign({}, { exp: Math.floor(now / 1000) + 86_400 }), 'lifetime'],
    ['an iat older than the longest lifetime', async () => sign({}, { iat: Math.floor(now / 1000) - 700, exp: Math.floor(now / 1000) + 60 }), 'expired'],
    ['another key', async () => sign({}, { key: otherKey }), 'signature'],
    ['alg none', async () => {
      const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
      return `${enc({ alg: 'none', kid: 'k1' })}.${enc({ sub: 'x', scope: 'calculator:use', iss: ISSUER, aud: AUDIENCE, exp: 9e9, iat: 1, jti: 'j' })}.`
    }, 'not'],
    ['tampered payload', async () => {
      const [h, , s] = (await sign({})).split('.')
      const payload = Buffer.from(JSON.stringify({ sub: 'x', scope: 'database_query:use', iss: ISSUER, aud: AUDIENCE, exp: 9e9, iat: 1, jti: 'j' })).toString('base64url')
      return `${h}.${payload}.${s}`
    }, 'signature'],
    ['garbage', async () => 'not.a.jwt', 'not valid'],
  ])('%s token: 401 invalid_token', async (_name, make, hint) => {
    const res = await get('/calc', `Bearer ${await make()}`)
    expect(res.statusCode).toBe(401)
    expect(res.headers['www-authenticate']).toContain('error="invalid_token"')
    expect(res.json().error.message).toContain(hint)
  })

  test('a malformed Authorization header is a 401, not a crash', async () => {
    for (const header of ['Basic abc', 'Bearer', 'Bearer a b', 'Bearer \u00e9\u00e9']) {
      const res = await get('/calc', header)
      expect(res.statusCode).toBe(401)
    }
  })

  test('a token verified before (answered from the cache, with no promise) is checked for its scope the same way', async () => {
    const authorization = `Bearer ${await sign({})}`
    const statuses = []
    for (const url of ['/calc', '/calc', '/db', '/db']) statuses.push((await get(url, authorization)).statusCode)
    expect(statuses).toEqual([200, 200, 403, 403])
    const refused = await get('/db', authorization)
    expect(refused.headers['www-authenticate']).toContain('error="insufficient_scope"')
  })

  test('a cached token is looked up first only in a well-formed header: any other form is format-checked as before', async () => {
    const token = await sign({})
    expect((await get('/calc', `Bearer ${token}`)).statusCode).toBe(200)
    for (const accepted of [`bearer ${token}`, `  Bearer ${token} `]) expect((await get('/calc', accepted)).statusCode, accepted.slice(0, 10)).toBe(200)
    for (const malformed of [`Bearer  ${token}`, `Bearer ${token} x`, `Bearer ${token},${token}`, `Basic ${token}`]) {
      const res = await get('/calc', malformed)
      expect(res.statusCode, malformed.slice(0, 10)).toBe(401)
      expect(res.json().error.message).toBe('malformed Authorization header')
    }
  })

  test('the cache answers only the very token it verified: one that ends the same (its signature) is verified, and refused', async () => {
    const token = await sign({})
    expect((await get('/calc', `Bearer ${token}`)).statusCode).toBe(200)
    const [header, payload, signature] = token.split('.') as [string, string, string]
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, scope: 'calculator:use database_query:use' })).toString('base64url')}.${signature}`
    for (const sameEnd of [forged, `x${token}`]) {
      const res = await get('/db', `Bearer ${sameEnd}`)
      expect(res.statusCode).toBe(401)
      expect(res.json().error.message).not.toBe('malformed Authorization header')
    }
    expect((await get('/calc', `Bearer ${token}`)).statusCode).toBe(200)
  })

  test('a cached token is refused once it expires', async () => {
    const token = await sign({}, { exp: Math.floor(now / 1000) + 5 })
    expect((await get('/calc', `Bearer ${token}`)).statusCode).toBe(200)
    now += 10_000
    try {
      const res = await get('/calc', `Bearer ${token}`)
      expect(res.statusCode).toBe(401)
      expect(res.json().error.message).toContain('expired')
    } finally {
      now -= 10_000
    }
  })
})
