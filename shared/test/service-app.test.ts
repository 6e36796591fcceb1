import { connect, type AddressInfo } from 'node:net'
import fastifyHelmet from '@fastify/helmet'
import Fastify from 'fastify'
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { API_HEADERS, createServiceApp, helmetOptions, OPENAPI_PATH } from '../src/index.js'

/** A reply's headers without the ones every HTTP reply has (type, length, date, connection, request id). */
const securityOnly = (headers: Record<string, unknown>) => Object.fromEntries(Object.entries(headers).filter(([name]) => !['content-type', 'content-length', 'date', 'connection', 'x-request-id'].includes(name)))

async function appWithRoute(page: boolean) {
  const app = await createServiceApp({ name: 'probe', logLevel: 'silent', page })
  app.post('/things', { schema: { body: z.object({ name: z.string().min(1) }), response: { 200: z.object({ id: z.number() }) } } }, async () => ({ id: 1 }))
  app.get('/things/:id', async () => ({ id: 1 }))
  return app
}

describe('createServiceApp', () => {
  test('an API service sends the REST set: no sniffing, nothing loaded or framed, nothing cached; on successes and errors alike', async () => {
    const app = await appWithRoute(false)
    const replies = [await app.inject('/health'), await app.inject({ method: 'POST', url: '/things', payload: {} }), await app.inject('/no-such-route')]
    for (const reply of replies) {
      expect(securityOnly(reply.headers)).toEqual({
        'content-security-policy': "default-src 'none';frame-ancestors 'none'",
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'cache-control': 'no-store',
      })
    }
  })

  test('the headers go straight into the reply\'s header object (not a reply.header call each, with the pinned Fastify); a route still reads and overrides them', async () => {
    const app = await appWithRoute(false)
    let replyPrototype: { header: (...args: unknown[]) => unknown } | undefined
    app.get('/probe', (request, reply) => {
      for (let p = Object.getPrototypeOf(reply); p !== null && replyPrototype === undefined; p = Object.getPrototypeOf(p)) if (Object.hasOwn(p, 'header')) replyPrototype = p
      void reply.header('cache-control', 'public, max-age=60')
      return { id: reply.getHeader('x-content-type-options') === 'nosniff' && reply.getHeader('x-request-id') === request.id ? 1 : 0 }
    })
    const first = await app.inject('/probe')
    expect(first.json()).toEqual({ id: 1 })
    expect(first.headers['cache-control']).toBe('public, max-age=60')
    expect(first.headers['x-frame-options']).toBe('DENY')
    // Fastify's own reply.header, counted: the kit's hook makes no call of it on later requests.
    const header = replyPrototype!.header
    let calls = 0
    replyPrototype!.header = function (this: unknown, ...args: unknown[]) {
      calls++
      return header.apply(this, args)
    }
    try {
      const replies = [await app.inject('/health'), await app.inject('/no-such-route')]
      expect(calls).toBe(0)
      // Exactly API_HEADERS (the kit writes them name by name), and the request id.
      for (const reply of replies) {
        expect(securityOnly(reply.headers)).toEqual(API_HEADERS)
        expect(reply.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
      }
    } finally {
      replyPrototype!.header = header
    }
  })

  test('a page service allows its own scripts and connections, never a frame or an upgrade to https', async () => {
    const csp = String((await (await appWithRoute(true)).inject('/health')).headers['content-security-policy'])
    expect(csp).toContain("connect-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('upgrade-insecure-requests')
  })

  test('a page service\'s headers, computed once at start, are exactly those @fastify/helmet sets on each request', async () => {
    const reference = Fastify()
    await reference.register(fastifyHelmet, { global: true, ...helmetOptions() })
    reference.get('/health', async () => ({}))
    const app = await appWithRoute(true)
    for (const url of ['/health', '/no-such-route']) {
      const headers = securityOnly((await app.inject(url)).headers)
      expect(headers).toEqual(securityOnly((await reference.inject(url)).headers))
      expect(headers).toMatchObject({ 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer', 'cross-origin-resource-policy': 'same-origin' })
      expect(headers['strict-transport-security']).toBeUndefined()
    }
  })

  test('a URL Fastify cannot route (bad percent-encoding, an over-long parameter) gets the fleet error body and headers', async () => {
    const app = await appWithRoute(false)
    for (const [url, status, code] of [['/things/%zz', 400, 'REQUEST_BAD_URL'], [`/things/${'a'.repeat(3000)}`, 414, 'REQUEST_PARAM_TOO_LONG']] as const) {
      const reply = await app.inject(url)
      expect(reply.statusCode).toBe(status)
      expect(reply.json()).toMatchObject({ error: { code, request_id: reply.headers['x-request-id'] } })
      expect(reply.json().error.message).toMatch(/\/things\//)
      expect(reply.headers['x-frame-options']).toBe('DENY')
    }
  })

  test('a request Node\'s HTTP parser refuses (a raw non-ASCII byte in the path) gets the fleet error body and headers', async () => {
    const app = await appWithRoute(false)
    await app.listen({ host: '127.0.0.1', port: 0 })
    try {
      const { port } = app.server.address() as AddressInfo
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.end(Buffer.from('GET /things/\xff HTTP/1.1\r\nHost: x\r\n\r\n', 'latin1')))
        let text = ''
        socket.on('data', (chunk: Buffer) => (text += chunk.toString()))
        socket.on('close', () => resolve(text))
        socket.on('error', reject)
      })
      const [head = '', body = ''] = answer.split('\r\n\r\n')
      expect(head).toMatch(/^HTTP\/1\.1 400 /)
      expect(head.toLowerCase()).toContain('x-frame-options: deny')
      const id = /x-request-id: (\S+)/i.exec(head)?.[1]
      expect(JSON.parse(body)).toMatchObject({ error: { code: 'REQUEST_MALFORMED', request_id: id } })
    } finally {
      await app.close()
    }
  })

  test('the OpenAPI document is generated from the zod route schemas', async () => {
    const app = await appWithRoute(false)
    const doc = (await app.inject(OPENAPI_PATH)).json()
    expect(doc.openapi).toBe('3.0.3')
    expect(doc.info.title).toBe('Heist probe')
    const post = doc.paths['/things'].post
    expect(post.requestBody.content['application/json'].schema.properties.name).toMatchObject({ type: 'string', minLength: 1 })
    expect(post.responses['200'].content['application/json'].schema.properties.id.type).toBe('number')
    expect(Object.keys(doc.paths)).not.toContain(OPENAPI_PATH)
  })
})
