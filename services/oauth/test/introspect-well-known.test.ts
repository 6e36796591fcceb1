import { AuthServerMetadata, IntrospectionResponse } from '@heist/shared'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { basic, form, FORM, makeApp, secretOf, T0, tokenFor, type TestApp } from './helpers.js'

let app: TestApp
let clock: { now: number }
beforeEach(async () => {
  // The URL oauth is reached at inside the fleet differs from the public one, as in Docker.
  ;({ app, clock } = await makeApp({ env: { HEIST_OAUTH_URL: 'http://oauth:8001', HEIST_ISSUER: 'http://oauth.example:8001/' } }))
})
afterEach(() => app.close())

function introspect(token: string, auth: Record<string, string> = { authorization: basic('calculator') }) {
  return app.inject({ method: 'POST', url: '/oauth/introspect', headers: { ...FORM, ...auth }, payload: form({ token }) })
}

describe('POST /oauth/introspect', () => {
  test('describes a valid token to an authenticated client', async () => {
    const token = await tokenFor(app, 'intel', 'file_reader:use')
    const res = await introspect(token)
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('no-store')
    const body = IntrospectionResponse.parse(res.json())
    expect(body).toMatchObject({ active: true, client_id: 'intel', sub: 'intel', scope: 'file_reader:use', iss: 'http://oauth.example:8001', aud: 'http://oauth.example:8001', exp: T0 / 1000 + 600, token_type: 'Bearer' })
  })

  test('accepts a JSON body with client_secret_post', async () => {
    const token = await tokenFor(app, 'hacker')
    const res = await app.inject({ method: 'POST', url: '/oauth/introspect', payload: { token, client_id: 'db-query', client_secret: secretOf('db-query') } })
    expect(res.json()).toMatchObject({ active: true, client_id: 'hacker' })
  })

  test('answers {active:false} for garbage and for an expired token', async () => {
    expect((await introspect('not-a-token')).json()).toEqual({ active: false })
    const token = await tokenFor(app, 'hacker')
    clock.now += 601_000
    const res = await introspect(token)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({ active: false })
  })

  test('refuses a caller that does not authenticate', async () => {
    const token = await tokenFor(app, 'hacker')
    const anonymous = await app.inject({ method: 'POST', url: '/oauth/introspect', headers: FORM, payload: form({ token }) })
    expect(anonymous.statusCode).toBe(401)
    expect(anonymous.headers['www-authenticate']).toMatch(/^Basic realm=/)
    expect(anonymous.json().error).toBe('invalid_client')
    const wrong = await introspect(token, { authorization: basic('calculator', 'wrong-secret-0123456789') })
    expect(wrong.statusCode).toBe(401)
  })

  test('describes a token minted for another service too, with its audience', async () => {
    const minted = await app.inject({ method: 'POST', url: '/oauth/token', headers: { ...FORM, authorization: basic('safecracker') }, payload: form({ grant_type: 'client_credentials', resource: 'http://127.0.0.1:8002' }) })
    const body = IntrospectionResponse.parse((await introspect(minted.json().access_token)).json())
    expect(body).toMatchObject({ active: true, aud: 'http://127.0.0.1:8002', scope: 'calculator:use' })
  })

  test('only a client granted oauth:introspect may introspect (RFC 7662 §2.1): an agent cannot read the orchestrator token', async () => {
    const token = await tokenFor(app, 'orchestrator')
    for (const caller of ['planner', 'intel', 'orchestrator', 'dashboard']) {
      const res = await introspect(token, { authorization: basic(caller) })
      expect(res.statusCode, caller).toBe(403)
      expect(res.json().error).toBe('unauthorized_client')
      expect(res.body).not.toContain('memory:write')
    }
  })

  test('a missing token parameter is invalid_request', async () => {
    const res = await app.inject({ method: 'POST', url: '/oauth/introspect', headers: { ...FORM, authorization: basic('calculator') }, payload: '' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toBe('invalid_request')
  })
})

describe('well-known documents', () => {
  test('the JWKS holds the public key only', async () => {
    const res = await app.inject({ url: '/.well-known/jwks.json' })
    expect(res.statusCode).toBe(200)
    const { keys } = res.json() as { keys: Record<string, unknown>[] }
    expect(keys).toHaveLength(1)
    expect(keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' })
    expect(typeof keys[0]?.kid).toBe('string')
    expect(keys[0]).not.toHaveProperty('d')
    expect(res.body).not.toMatch(/"d"/)
  })

  test('RFC 8414 metadata: the issuer is the public URL (without its trailing slash), endpoints under it', async () => {
    const res = await app.inject({ url: '/.well-known/oauth-authorization-server' })
    const meta = AuthServerMetadata.parse(res.json())
    expect(meta).toMatchObject({
      issuer: 'http://oauth.example:8001',
      token_endpoint: 'http://oauth.example:8001/oauth/token',
      jwks_uri: 'http://oauth.example:8001/.well-known/jwks.json',
      introspection_endpoint: 'http://oauth.example:8001/oauth/introspect',
      grant_types_supported: ['client_credentials'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    })
    expect(meta.scopes_supported).toEqual(expect.arrayContaining(['calculator:use', 'file_reader:use', 'database_query:use', 'tools:register']))
  })

  test('GET /health reports the clients', async () => {
    const res = await app.inject({ url: '/health' })
    expect(res.json()).toMatchObject({ status: 'ok', service: 'oauth' })
    expect(res.json().checks.clients).toMatch(/^\d+ clients$/)
  })
})
