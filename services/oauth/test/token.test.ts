import { AccessTokenClaims, TokenResponse } from '@heist/shared'
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { basic, form, FORM, makeApp, secretOf, T0, type TestApp } from './helpers.js'

let app: TestApp
let key: Awaited<ReturnType<typeof makeApp>>['key']
beforeEach(async () => {
  ;({ app, key } = await makeApp())
})
afterEach(() => app.close())

function post(payload: string | object, headers: Record<string, string> = FORM) {
  return app.inject({ method: 'POST', url: '/oauth/token', headers, payload: typeof payload === 'string' ? payload : JSON.stringify(payload) })
}

describe('POST /oauth/token', () => {
  test('client_secret_basic with a form body issues a Bearer token with all the client\'s scopes', async () => {
    const res = await post(form({ grant_type: 'client_credentials' }), { ...FORM, authorization: basic('intel') })
    expect(res.statusCode).toBe(200)
    // RFC 6749 §5.1: a reply holding a token is never cached.
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers.pragma).toBe('no-cache')
    const body = TokenResponse.parse(res.json())
    expect(body.token_type).toBe('Bearer')
    expect(body.expires_in).toBe(600)
    expect(body.scope.split(' ').sort()).toEqual(['database_query:use', 'file_reader:use'])
  })

  test('client_secret_post with a JSON body works too', async () => {
    const res = await post({ grant_type: 'client_credentials', client_id: 'safecracker', client_secret: secretOf('safecracker') }, { 'content-type': 'application/json' })
    expect(res.statusCode).toBe(200)
    expect(res.json().scope).toBe('calculator:use')
  })

  test('client_secret_post with a form body', async () => {
    const res = await post(form({ grant_type: 'client_credentials', client_id: 'hacker', client_secret: secretOf('hacker') }))
    expect(res.statusCode).toBe(200)
    expect(res.json().scope).toBe('file_reader:use')
  })

  test('the token is a JWT (EdDSA for a new key) with kid and every claim, verifiable with the published key', async () => {
    const res = await post(form({ grant_type: 'client_credentials', scope: 'file_reader:use' }), { ...FORM, authorization: basic('intel') })
    const token = res.json().access_token as string
    const header = decodeProtectedHeader(token)
    expect(header).toMatchObject({ alg: 'EdDSA', kid: key.kid, typ: 'at+jwt' })
    const jwks = (await app.inject({ url: '/.well-known/jwks.json' })).json()
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), { issuer: 'http://127.0.0.1:8001', audience: 'http://127.0.0.1:8001', typ: 'at+jwt', currentDate: new Date(T0) })
    const claims = AccessTokenClaims.parse(payload)
    expect(claims).toMatchObject({ sub: 'intel', client_id: 'intel', scope: 'file_reader:use', iat: T0 / 1000, exp: T0 / 1000 + 600 })
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/)
  })

  test('the reply and the claims are the bytes JSON.stringify gives, though written around the token', async () => {
    const res = await post(form({ grant_type: 'client_credentials', resource: 'http://127.0.0.1:8002' }), { ...FORM, authorization: basic('safecracker') })
    const reply = TokenResponse.parse(res.json())
    expect(res.body).toBe(JSON.stringify({ access_token: reply.access_token, token_type: 'Bearer', expires_in: 600, scope: 'calculator:use' }))
    const text = Buffer.from(reply.access_token.split('.')[1] ?? '', 'base64url').toString()
    const c = AccessTokenClaims.parse(JSON.parse(text))
    expect(text).toBe(JSON.stringify({ scope: c.scope, client_id: 'safecracker', iss: 'http://127.0.0.1:8001', sub: 'safecracker', aud: 'http://127.0.0.1:8002', iat: T0 / 1000, exp: T0 / 1000 + 600, jti: c.jti }))
  })

  test('each token has its own jti', async () => {
    const tokens = await Promise.all([1, 2].map(() => post(form({ grant_type: 'client_credentials' }), { ...FORM, authorization: basic('hacker') })))
    const [a, b] = tokens.map((r) => JSON.parse(Buffer.from((r.json().access_token as string).split('.')[1] ?? '', 'base64url').toString()).jti)
    expect(a).not.toBe(b)
  })

  test('several space-separated scopes may be asked for, a subset is granted as asked', async () => {
    const both = await post(form({ grant_type: 'client_credentials', scope: 'file_reader:use  database_query:use' }), { ...FORM, authorization: basic('intel') })
    expect(both.json().scope).toBe('file_reader:use database_query:use')
    const one = await post(form({ grant_type: 'client_credentials', scope: 'database_query:use' }), { ...FORM, authorization: basic('intel') })
    expect(one.json().scope).toBe('database_query:use')
  })

  test('an agent with no scopes gets a token with an empty scope', async () => {
    const res = await post(form({ grant_type: 'client_credentials' }), { ...FORM, authorization: basic('planner') })
    expect(res.statusCode).toBe(200)
    expect(res.json().scope).toBe('')
  })

  test('service clients get their service scopes', async () => {
    const res = await post(form({ grant_type: 'client_credentials' }), { ...FORM, authorization: basic('calculator') })
    expect(res.json().scope).toBe('tools:register oauth:introspect')
  })

  test('a scope outside the client\'s set is refused with invalid_scope, naming it', async () => {
    const res = await post(form({ grant_type: 'client_credentials', scope: 'calculator:use tools:register' }), { ...FORM, authorization: basic('safecracker') })
    expect(res.statusCode).toBe(400)
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers.pragma).toBe('no-cache')
    expect(res.json()).toEqual({ error: 'invalid_scope', error_description: 'scope not allowed for this client: tools:register' })
  })

  const claimsOf = (token: string) => AccessTokenClaims.parse(JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()))

  test.each([
    ['as published', 'http://127.0.0.1:8004'],
    ['with a trailing slash', 'http://127.0.0.1:8004/'],
    ['as its MCP endpoint', 'http://127.0.0.1:8004/mcp'],
    ['with a query and a fragment', 'http://127.0.0.1:8004/?x=1#y'],
  ])('RFC 8707: a resource named %s gives a token for that service only, with only the scopes it uses', async (_name, resource) => {
    const res = await post(form({ grant_type: 'client_credentials', resource }), { ...FORM, authorization: basic('intel') })
    expect(res.statusCode).toBe(200)
    expect(res.json().scope).toBe('database_query:use')
    expect(claimsOf(res.json().access_token as string)).toMatchObject({ aud: 'http://127.0.0.1:8004', scope: 'database_query:use' })
  })

  test('a token asked without a resource is for oauth itself, with all of the client\'s scopes', async () => {
    const res = await post(form({ grant_type: 'client_credentials' }), { ...FORM, authorization: basic('intel') })
    expect(claimsOf(res.json().access_token as string).aud).toBe('http://127.0.0.1:8001')
  })

  test.each([
    ['a service outside the fleet', 'http://127.0.0.1:9999'],
    ['a host that only starts like a fleet service', 'http://127.0.0.1:80041'],
    ['not a URL', 'calculator'],
  ])('a resource that is %s is invalid_target', async (_name, resource) => {
    const res = await post(form({ grant_type: 'client_credentials', resource }), { ...FORM, authorization: basic('intel') })
    expect(res.statusCode).toBe(400)
    expect(res.headers.pragma).toBe('no-cache')
    expect(res.json().error).toBe('invalid_target')
  })

  test('two resources in one request are invalid_target (one audience per token)', async () => {
    const res = await post('grant_type=client_credentials&resource=http%3A%2F%2F127.0.0.1%3A8002&resource=http%3A%2F%2F127.0.0.1%3A8004', { ...FORM, authorization: basic('intel') })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toBe('invalid_target')
  })

  test('HEIST_TOKEN_TTL_S sets the lifetime', async () => {
    const short = await makeApp({ env: { HEIST_TOKEN_TTL_S: '120' } })
    const res = await short.app.inject({ method: 'POST', url: '/oauth/token', headers: { ...FORM, authorization: basic('hacker') }, payload: form({ grant_type: 'client_credentials' }) })
    expect(res.json().expires_in).toBe(120)
    await short.app.close()
  })
})
