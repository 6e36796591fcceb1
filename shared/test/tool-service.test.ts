import Fastify, { type FastifyInstance } from 'fastify'
import { afterEach, describe, expect, test } from 'vitest'
import { z } from 'zod'
import {
  ConfigError,
  createServiceApp,
  createTokenSource,
  keepToolsRegistered,
  loadConfig,
  registrationIntervalMs,
  requireScope,
  toolAuth,
  toolRegistration,
  toolServiceEnv,
  type ToolRegistration,
} from '../src/index.js'
import { createTestSigner, TEST_TOOL_CONFIG } from './tool-tokens.js'
import { waitFor } from '../../test/support/poll.js'

const Echo = z.object({ text: z.string().min(1) }).strict()
const ECHO_TOOL = { name: 'echo', description: 'Echo text', scope: 'echo:use', path: '/tools/echo', input: Echo }

describe('toolAuth', async () => {
  const signer = await createTestSigner()
  const app = await createServiceApp({ name: 'echo', logLevel: 'silent' })
  await toolAuth(app, TEST_TOOL_CONFIG, { keys: signer.keys })
  app.post('/tools/echo', { preHandler: requireScope('echo:use'), schema: { body: Echo } }, async (request) => request.body)

  test('a token with the scope is let through', async () => {
    const token = await signer.token('hacker', ['echo:use'])
    const reply = await app.inject({ method: 'POST', url: '/tools/echo', headers: { authorization: `Bearer ${token}` }, payload: { text: 'hi' } })
    expect(reply.statusCode).toBe(200)
    expect(reply.json()).toEqual({ text: 'hi' })
  })

  test('no token is a 401 with a Bearer challenge', async () => {
    const reply = await app.inject({ method: 'POST', url: '/tools/echo', payload: { text: 'hi' } })
    expect(reply.statusCode).toBe(401)
    expect(reply.headers['www-authenticate']).toMatch(/^Bearer realm=/)
  })

  test('a token without the scope is a 403 naming the scope', async () => {
    const token = await signer.token('planner', ['calculator:use'])
    const reply = await app.inject({ method: 'POST', url: '/tools/echo', headers: { authorization: `Bearer ${token}` }, payload: { text: 'hi' } })
    expect(reply.statusCode).toBe(403)
    expect(reply.headers['www-authenticate']).toContain('error="insufficient_scope"')
    expect(reply.json().error.code).toBe('AUTH_INSUFFICIENT_SCOPE')
  })

  test('a token for another audience is refused', async () => {
    const token = await signer.token('hacker', ['echo:use'], { audience: 'someone-else' })
    const reply = await app.inject({ method: 'POST', url: '/tools/echo', headers: { authorization: `Bearer ${token}` }, payload: { text: 'hi' } })
    expect(reply.statusCode).toBe(401)
    expect(reply.headers['www-authenticate']).toContain('error="invalid_token"')
  })
})

describe('toolRegistration', () => {
  test('builds the URL and the JSON Schema from the zod schema', () => {
    const registration = toolRegistration(ECHO_TOOL, 'http://127.0.0.1:9999/')
    expect(registration.url).toBe('http://127.0.0.1:9999/tools/echo')
    expect(registration.required_scope).toBe('echo:use')
    expect(registration.input_schema).toMatchObject({ type: 'object', required: ['text'], additionalProperties: false })
  })
})

describe('toolServiceEnv', () => {
  test('defaults the fleet port and requires the own secret', () => {
    const config = loadConfig(toolServiceEnv('calculator'), { HEIST_SECRET_CALCULATOR: 'a-secret-of-16-chars' })
    expect(config.PORT).toBe(8002)
    expect(config.HEIST_OAUTH_URL).toBe('http://127.0.0.1:8001')
    expect(() => loadConfig(toolServiceEnv('calculator'), {})).toThrow(ConfigError)
  })

  test('a registration lives 15 s by default, renewed every 5 s; a shorter TTL is renewed as often for its length', () => {
    const secret = { HEIST_SECRET_CALCULATOR: 'a-secret-of-16-chars' }
    expect(loadConfig(toolServiceEnv('calculator'), secret).HEIST_TOOL_REGISTRATION_TTL_S).toBe(15)
    expect(registrationIntervalMs(15)).toBe(5_000)
    expect(loadConfig(toolServiceEnv('calculator'), { ...secret, HEIST_TOOL_REGISTRATION_TTL_S: '4' }).HEIST_TOOL_REGISTRATION_TTL_S).toBe(4)
    expect(registrationIntervalMs(4)).toBe(1_333)
    // The discovery contract's bounds: oauth would refuse a registration outside them.
    for (const ttl of ['1', '601', 'soon']) expect(() => loadConfig(toolServiceEnv('calculator'), { ...secret, HEIST_TOOL_REGISTRATION_TTL_S: ttl })).toThrow(ConfigError)
  })
})

/** A stand-in oauth service that records registrations and can be switched off. */
async function fakeOauth(): Promise<{ app: FastifyInstance; url: string; registered: ToolRegistration[]; deleted: string[]; down: { value: boolean } }> {
  const registered: ToolRegistration[] = []
  const deleted: string[] = []
  const down = { value: true }
  const app = Fastify()
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => done(null, body))
  app.post('/oauth/token', async (_request, reply) => {
    if (down.value) return reply.status(503).send({ error: 'unavailable' })
    return { access_token: 'abc.def.ghi', token_type: 'Bearer', expires_in: 300, scope: 'tools:register' }
  })
  app.post('/tools', async (request, reply) => {
    if (request.headers.authorization !== 'Bearer abc.def.ghi') return reply.status(401).send({ error: { code: 'AUTH', message: 'no' } })
    const registration = request.body as ToolRegistration
    registered.push(registration)
    return reply.status(201).send({ ...registration, expires_at: new Date(Date.now() + 15_000).toISOString() })
  })
  app.delete<{ Params: { name: string } }>('/tools/:name', async (request, reply) => {
    deleted.push(request.params.name)
    return reply.status(204).send()
  })
  const url = await app.listen({ host: '127.0.0.1', port: 0 })
  return { app, url, registered, deleted, down }
}

const quietLog = { info: () => undefined, warn: () => undefined } as unknown as Parameters<typeof keepToolsRegistered>[0]['log']

describe('keepToolsRegistered', () => {
  let oauth: Awaited<ReturnType<typeof fakeOauth>> | undefined
  afterEach(async () => {
    await oauth?.app.close()
  })

  test('retries while oauth is down, renews on schedule and withdraws on stop', async () => {
    oauth = await fakeOauth()
    const tokenSource = createTokenSource({ tokenUrl: `${oauth.url}/oauth/token`, clientId: 'echo', clientSecret: 'x'.repeat(16) })
    const loop = keepToolsRegistered({ oauthUrl: oauth.url, tokenSource, registrations: [toolRegistration(ECHO_TOOL, 'http://127.0.0.1:7777')], intervalMs: 40, log: quietLog })
    await loop.firstRound
    expect(oauth.registered).toHaveLength(0)
    oauth.down.value = false
    const registered = oauth.registered
    await waitFor('a registration and its renewal', () => registered.length, (n) => n >= 2, 5_000)
    expect(oauth.registered[0]).toMatchObject({ name: 'echo', url: 'http://127.0.0.1:7777/tools/echo', required_scope: 'echo:use' })
    await loop.stop()
    const echoes = () => oauth!.registered.filter((r) => r.name === 'echo').length
    const count = echoes()
    expect(oauth.deleted).toEqual(['echo'])
    // No renewal after stop. The witness: a loop on the same interval started now; once it has renewed
    // twice, a timer the stopped loop had left behind would have fired before it (same clock, earlier).
    const witness = keepToolsRegistered({ oauthUrl: oauth.url, tokenSource, registrations: [toolRegistration({ ...ECHO_TOOL, name: 'witness' }, 'http://127.0.0.1:7777')], intervalMs: 40, log: quietLog })
    await waitFor('two renewals of the witness', () => registered.filter((r) => r.name === 'witness').length, (n) => n >= 3, 5_000)
    await witness.stop()
    expect(echoes()).toBe(count)
  })
})
