import type { KeyObject } from 'node:crypto'
import { exportSPKI, importJWK, SignJWT, type CryptoKey } from 'jose'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { generateSigningKey } from '../src/signing-key.js'
import { basic, bearer, form, FORM, makeApp, secretOf, tokenFor, type TestApp } from './helpers.js'

// One app for the whole suite, with a limiter loose enough that the many failures here do
// not lock the test address out; the limiter has its own tests below.
let app: TestApp
let clock: { now: number }
let key: Awaited<ReturnType<typeof makeApp>>['key']
const statuses: number[] = []

beforeAll(async () => {
  ;({ app, clock, key } = await makeApp({ env: { HEIST_OAUTH_ADDRESS_FAILURE_LIMIT: '10000' } }))
  app.addHook('onResponse', async (_req, reply) => {
    statuses.push(reply.statusCode)
  })
})
afterAll(() => app.close())

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
const nowS = () => Math.floor(clock.now / 1000)
// The issuer and oauth's own audience, as the app under test derives them from its default URL.
const ISSUER = 'http://127.0.0.1:8001'
const claims = (extra: Record<string, unknown> = {}) => ({ iss: ISSUER, aud: ISSUER, sub: 'hacker', client_id: 'hacker', scope: 'calculator:use tools:register', jti: 'f', iat: nowS(), exp: nowS() + 600, ...extra })

async function forge(signingKey: CryptoKey | KeyObject | Uint8Array, alg: string, kid: string, extra: Record<string, unknown> = {}, typ = 'at+jwt'): Promise<string> {
  return new SignJWT(claims(extra)).setProtectedHeader({ alg, kid, typ }).sign(signingKey)
}

function postToken(payload: string, headers: Record<string, string>) {
  return app.inject({ method: 'POST', url: '/oauth/token', headers, payload })
}

async function expectRejectedEverywhere(token: string, description: RegExp) {
  const res = await app.inject({ url: '/tools', headers: bearer(token) })
  expect(res.statusCode).toBe(401)
  expect(res.headers['www-authenticate']).toMatch(description)
  expect(res.json().error.code).toBe('AUTH_INVALID_TOKEN')
  const introspected = await app.inject({ method: 'POST', url: '/oauth/introspect', headers: { ...FORM, authorization: basic('calculator') }, payload: form({ token }) })
  expect(introspected.json()).toEqual({ active: false })
}

describe('hostile clients at the token endpoint', () => {
  test('a wrong secret and an unknown client get the same invalid_client answer', async () => {
    const wrong = await postToken(form({ grant_type: 'client_credentials' }), { ...FORM, authorization: basic('hacker', 'guess-guess-guess-guess') })
    const unknown = await postToken(form({ grant_type: 'client_credentials' }), { ...FORM, authorization: basic('nobody', secretOf('hacker')) })
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401)
      expect(res.headers['www-authenticate']).toMatch(/^Basic realm="heist-oauth"/)
      expect(res.json()).toEqual({ error: 'invalid_client', error_description: 'client authentication failed' })
    }
  })

  test('scope escalation is refused', async () => {
    const res = await postToken(form({ grant_type: 'client_credentials', scope: 'file_reader:use database_query:use' }), { ...FORM, authorization: basic('hacker') })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toBe('invalid_scope')
  })

  test.each([
    ['malformed JSON', '{"grant_type": "client_cre', { 'content-type': 'application/json' }, 400],
    ['a JSON array', '[1,2]', { 'content-type': 'application/json' }, 400],
    ['an oversized body', form({ grant_type: 'client_credentials', scope: 'x'.repeat(100_000) }), FORM, 413],
    ['a wrong content type', 'grant_type=client_credentials', { 'content-type': 'text/plain' }, 415],
    ['a missing grant_type', form({ scope: 'calculator:use' }), FORM, 400],
    ['an empty body', '', FORM, 400],
    ['grant_type given twice', 'grant_type=client_credentials&grant_type=password', FORM, 400],
    ['Basic and client_secret together', form({ grant_type: 'client_credentials', client_secret: 'x' }), { ...FORM, authorization: basic('hacker') }, 400],
  ])('%s is invalid_request', async (_name, payload, headers, status) => {
    const res = await postToken(payload, headers)
    expect(res.statusCode).toBe(status)
    // Refused before the handler ran (body parsing, validation) or by it: never cached either way (RFC 6749 §5.1).
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers.pragma).toBe('no-cache')
    expect(res.json()).toMatchObject({ error: 'invalid_request', error_description: expect.any(String) })
  })

  test('an unsupported grant is unsupported_grant_type', async () => {
    const res = await postToken(form({ grant_type: 'password', username: 'a', password: 'b' }), { ...FORM, authorization: basic('hacker') })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toBe('unsupported_grant_type')
  })

  test.each([
    ['a Bearer header', 'Bearer abc'],
    ['Basic without a colon', `Basic ${Buffer.from('hacker').toString('base64')}`],
    ['Basic with broken percent-encoding', `Basic ${Buffer.from('hack%E0er:x').toString('base64')}`],
    ['Basic that is not base64', 'Basic ***'],
  ])('%s is invalid_client', async (_name, authorization) => {
    const res = await postToken(form({ grant_type: 'client_credentials' }), { ...FORM, authorization })
    expect(res.statusCode).toBe(401)
    expect(res.json().error).toBe('invalid_client')
  })
})

describe('forged and stale tokens', () => {
  test('an expired token (clock moved past exp) is refused', async () => {
    const token = await tokenFor(app, 'safecracker')
    clock.now += 601_000
    await expectRejectedEverywhere(token, /token expired/)
  })

  test('a tampered payload is refused', async () => {
    const [header, , signature] = (await tokenFor(app, 'planner')).split('.')
    await expectRejectedEverywhere(`${header}.${b64url(claims({ sub: 'planner', client_id: 'planner' }))}.${signature}`, /signature is not valid/)
  })

  test('alg none is refused', async () => {
    await expectRejectedEverywhere(`${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims())}.`, /error="invalid_token"/)
  })

  test('HS256 signed with the public key bytes is refused', async () => {
    const pem = await exportSPKI((await importJWK(key.publicJwk, key.alg)) as CryptoKey)
    for (const secret of [pem, JSON.stringify(key.publicJwk)]) {
      await expectRejectedEverywhere(await forge(new TextEncoder().encode(secret), 'HS256', key.kid), /error="invalid_token"/)
    }
  })

  test('a wrong issuer or audience is refused even with the real key', async () => {
    await expectRejectedEverywhere(await forge(key.privateKey, key.alg, key.kid, { iss: 'evil-oauth' }), /claim 'iss'/)
    await expectRejectedEverywhere(await forge(key.privateKey, key.alg, key.kid, { aud: 'other-fleet' }), /claim 'aud'/)
  })

  test('a JWT of the real key that is not typed as an access token is refused (RFC 9068)', async () => {
    await expectRejectedEverywhere(await forge(key.privateKey, key.alg, key.kid, {}, 'JWT'), /typ must be at\+jwt/)
  })

  test('a future iat or a lifetime longer than oauth issues is refused, even with the real key', async () => {
    await expectRejectedEverywhere(await forge(key.privateKey, key.alg, key.kid, { iat: nowS() + 300, exp: nowS() + 900 }), /claim 'iat'/)
    await expectRejectedEverywhere(await forge(key.privateKey, key.alg, key.kid, { exp: nowS() + 86_400 }), /lifetime/)
  })

  test('a token signed by another key of the same algorithm is refused, whatever kid it claims', async () => {
    const other = await generateSigningKey(key.alg)
    await expectRejectedEverywhere(await forge(other.privateKey, other.alg, 'other-kid'), /known key/)
    await expectRejectedEverywhere(await forge(other.privateKey, other.alg, key.kid), /signature is not valid/)
  })

  test('a token from the real key is accepted, so the refusals above are not blanket refusals', async () => {
    const res = await app.inject({ url: '/tools', headers: bearer(await forge(key.privateKey, key.alg, key.kid)) })
    expect(res.statusCode).toBe(200)
  })
})

describe('hostile input elsewhere', () => {
  test('malformed JSON, a wrong content type and an oversized body on POST /tools are 4xx', async () => {
    const headers = bearer(await tokenFor(app, 'calculator'))
    const cases: [string, Record<string, string>, number][] = [
      ['{"name":', { 'content-type': 'application/json' }, 400],
      ['name=calculator', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
      [JSON.stringify({ description: 'x'.repeat(100_000) }), { 'content-type': 'application/json' }, 413],
    ]
    for (const [payload, type, status] of cases) {
      const res = await app.inject({ method: 'POST', url: '/tools', headers: { ...headers, ...type }, payload })
      expect(res.statusCode).toBe(status)
      expect(res.json().error.code).toMatch(/^REQUEST_/)
    }
  })

  test('the service still answers, and nothing above was a 5xx', async () => {
    expect((await app.inject({ url: '/health' })).statusCode).toBe(200)
    expect(await tokenFor(app, 'hacker')).toMatch(/^ey/)
    expect(statuses.length).toBeGreaterThan(30)
    expect(statuses.filter((s) => s >= 500)).toEqual([])
  })
})
