import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { z } from 'zod'
import { HeistError, createHttpClient, createServiceApp, createTokenSource, type HeistApp } from '../src/index.js'

let app: HeistApp
let base: string
let tokenRequests = 0
let flaky = 0

beforeAll(async () => {
  app = await createServiceApp({ name: 'peer', logLevel: 'silent', bodyLimit: 1024 })
  app.post('/echo', { schema: { body: z.object({ n: z.number() }) } }, async (request) => ({ n: request.body.n, auth: request.headers.authorization ?? null, rid: request.headers['x-request-id'] }))
  app.get('/coded', async () => { throw new HeistError('PEER_NOPE', 'nope', 409) })
  app.get('/boom', async () => { throw new Error('secret internals at /etc/passwd') })
  app.get('/slow', async () => new Promise((resolve) => setTimeout(() => resolve({ ok: true }), 500)))
  app.get('/flaky', async (_req, reply) => (++flaky < 3 ? reply.status(503).send({ error: { code: 'BUSY', message: 'busy' } }) : { ok: true }))
  app.get('/later', async (_req, reply) => reply.status(429).header('retry-after', '30').send({ error: { code: 'SLOW_DOWN', message: 'later' } }))
  app.get('/wrong-shape', async () => ({ unexpected: true }))
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => done(null, body))
  app.post('/token', async (request) => {
    tokenRequests++
    const auth = String(request.headers.authorization ?? '')
    return { access_token: `t${tokenRequests}-${auth.slice(0, 5)}`, token_type: 'Bearer', expires_in: 60, scope: 'a b' }
  })
  base = await app.listen({ port: 0, host: '127.0.0.1' })
})
afterAll(() => app.close())

describe('the shared error handler', () => {
  test('malformed JSON is a 400 with a stable code', async () => {
    const res = await fetch(`${base}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"n":' })
    expect(res.status).toBe(400)
    expect((await res.json()).error.code).toBe('REQUEST_INVALID_JSON')
  })
  test('schema violations are a 400 listing the issues', async () => {
    const res = await fetch(`${base}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"n":"x"}' })
    expect(res.status).toBe(400)
    expect((await res.json()).error.code).toBe('REQUEST_VALIDATION')
  })
  test('an oversized body is a 413', async () => {
    const res = await fetch(`${base}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ n: 1, pad: 'x'.repeat(5000) }) })
    expect(res.status).toBe(413)
    expect((await res.json()).error.code).toBe('REQUEST_TOO_LARGE')
  })
  test('an unexpected error is a 500 that leaks nothing', async () => {
    const res = await fetch(`${base}/boom`)
    expect(res.status).toBe(500)
    expect(await res.text()).not.toContain('passwd')
  })
  test('unknown routes are a coded 404', async () => {
    const res = await fetch(`${base}/nowhere`)
    expect(res.status).toBe(404)
    expect((await res.json()).error.code).toBe('ROUTE_NOT_FOUND')
  })
})

describe('createHttpClient', () => {
  test('sends JSON, a bearer token and the request id, and parses the reply', async () => {
    const client = createHttpClient({ service: 'peer', baseUrl: base, token: async () => 'tok' })
    const reply = await client.request({ path: '/echo', body: { n: 7 }, requestId: 'req-1', schema: z.object({ n: z.number(), auth: z.string(), rid: z.string() }) })
    expect(reply).toEqual({ n: 7, auth: 'Bearer tok', rid: 'req-1' })
  })
  test('a coded error from the peer keeps its code and status', async () => {
    const client = createHttpClient({ service: 'peer', baseUrl: base })
    await expect(client.request({ path: '/coded', schema: z.unknown() })).rejects.toMatchObject({ code: 'PEER_NOPE', statusCode: 409 })
  })
  test('a reply that breaks the contract is refused', async () => {
    const client = createHttpClient({ service: 'peer', baseUrl: base })
    await expect(client.request({ path: '/wrong-shape', schema: z.object({ ok: z.boolean() }) })).rejects.toMatchObject({ code: 'UPSTREAM_BAD_REPLY' })
  })
  test('times out', async () => {
    const client = createHttpClient({ service: 'peer', baseUrl: base, timeoutMs: 50 })
    await expect(client.request({ path: '/slow', schema: z.unknown() })).rejects.toMatchObject({ code: 'UPSTREAM_TIMEOUT', statusCode: 504 })
  })
  test('the timeout covers the body: headers at once, then a stalled body, is a 504 UPSTREAM_TIMEOUT', async () => {
    // A real server that answers 200 and half a JSON body at once, then nothing until the client gives up.
    const sockets = new Set<Socket>()
    const stalling: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{"ok":')
    })
    stalling.on('connection', (socket) => sockets.add(socket))
    await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', resolve))
    try {
      const client = createHttpClient({ service: 'stalling', baseUrl: `http://127.0.0.1:${(stalling.address() as AddressInfo).port}`, timeoutMs: 200 })
      await expect(client.request({ path: '/x', schema: z.unknown() })).rejects.toMatchObject({ code: 'UPSTREAM_TIMEOUT', statusCode: 504 })
    } finally {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => stalling.close(resolve))
    }
  })
  test('retries transient 503s with backoff', async () => {
    const client = createHttpClient({ service: 'peer', baseUrl: base, retries: 3, backoffMs: 5 })
    await expect(client.request({ path: '/flaky', schema: z.object({ ok: z.boolean() }) })).resolves.toEqual({ ok: true })
  })
  test('a caller abort ends the call and the wait for a retry (Retry-After: 30) at once', async () => {
    const client = createHttpClient({ service: 'peer', baseUrl: base, retries: 3 })
    const controller = new AbortController()
    setTimeout(() => controller.abort(new Error('caller gave up')), 100)
    const started = Date.now()
    await expect(client.request({ path: '/later', schema: z.unknown(), signal: controller.signal })).rejects.toThrow('caller gave up')
    expect(Date.now() - started).toBeLessThan(5_000)
  })
  test('an unreachable peer is a 503 UPSTREAM_UNAVAILABLE', async () => {
    const client = createHttpClient({ service: 'gone', baseUrl: 'http://127.0.0.1:1' })
    await expect(client.request({ path: '/x', schema: z.unknown() })).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' })
  })
})

describe('createTokenSource', () => {
  test('fetches once for concurrent callers, reuses, and renews before expiry', async () => {
    let clock = 1_000_000
    const source = createTokenSource({ tokenUrl: `${base}/token`, clientId: 'hacker', clientSecret: 's3cret', renewBeforeS: 10, now: () => clock })
    const before = tokenRequests
    const [a, b] = await Promise.all([source.get(), source.get()])
    expect(a).toBe(b)
    expect(a).toContain('Basic')
    expect(tokenRequests - before).toBe(1)
    clock += 45_000
    expect(await source.get()).toBe(a)
    clock += 10_000
    expect(await source.get()).not.toBe(a)
    expect(source.scopes()).toEqual(['a', 'b'])
  })
  test('a refusal names the OAuth error', async () => {
    const source = createTokenSource({ tokenUrl: `${base}/nowhere`, clientId: 'x', clientSecret: 'y' })
    await expect(source.get()).rejects.toMatchObject({ code: 'OAUTH_TOKEN_REFUSED', message: expect.stringContaining('no route') })
  })
})
