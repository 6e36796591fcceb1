import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { allowedHostNames, BaseEnv, createServiceApp, isAllowedHost, loadConfig } from '../src/index.js'

async function app(options: { page?: boolean; hosts?: object } = {}) {
  const built = await createServiceApp({ name: 'probe', logLevel: 'silent', ...options })
  const calls = { count: 0 }
  built.post('/things', { schema: { body: z.object({ name: z.string() }) } }, async () => ({ calls: ++calls.count }))
  return Object.assign(built, { calls })
}

describe('the Host check (DNS rebinding)', () => {
  test('loopback names and addresses, IP literals and the compose service names pass, with any port', () => {
    const names = allowedHostNames()
    for (const host of ['localhost', 'localhost:8008', 'LOCALHOST.:1', 'app.localhost:5173', '127.0.0.1:8001', '127.0.0.2', '[::1]:8011', '[::1]', '10.1.2.3:80', 'calculator:8002', 'llm-sim:8011', 'dashboard']) {
      expect(isAllowedHost(host, names), host).toBe(true)
    }
  })

  test('any other name is refused, and so is a header that is no host', () => {
    const names = allowedHostNames()
    for (const host of ['rebind.attacker.example', 'rebind.attacker.example:8008', 'localhost.attacker.example', '127.0.0.1.nip.io:8008', 'calculator.attacker.example', 'a b', '', 'localhost:8008:1', '[::1', 'user@localhost']) {
      expect(isAllowedHost(host, names), host).toBe(false)
    }
  })

  test('the names of the configured URLs and HEIST_ALLOWED_HOSTS pass too, from the env as loaded', () => {
    const Env = BaseEnv.extend({ HEIST_OAUTH_URL: z.url() })
    const config = loadConfig(Env, { HEIST_OAUTH_URL: 'http://auth.internal:8001', HEIST_ISSUER: 'https://login.example.org', HEIST_ALLOWED_HOSTS: 'Heist.LAN, heist.example.com ,' })
    const names = allowedHostNames(config)
    for (const host of ['auth.internal:8001', 'login.example.org', 'heist.lan:8008', 'heist.example.com']) expect(isAllowedHost(host, names), host).toBe(true)
    expect(isAllowedHost('example.com', names)).toBe(false)
  })

  test('a request to a foreign name gets 421 in the fleet error shape, with the security headers; nothing runs', async () => {
    const probe = await app()
    const reply = await probe.inject({ method: 'POST', url: '/things', headers: { host: 'rebind.attacker.example:8002' }, payload: { name: 'x' } })
    expect(reply.statusCode).toBe(421)
    expect(reply.json()).toMatchObject({ error: { code: 'REQUEST_HOST_NOT_ALLOWED', request_id: reply.headers['x-request-id'] } })
    expect(reply.headers['x-content-type-options']).toBe('nosniff')
    expect(probe.calls.count).toBe(0)
    expect((await probe.inject({ url: '/health', headers: { host: 'rebind.attacker.example' } })).statusCode).toBe(421)
    expect((await probe.inject({ url: '/no-such-route', headers: { host: 'rebind.attacker.example' } })).statusCode).toBe(421)
    expect((await probe.inject({ url: '/health', headers: { host: '127.0.0.1:8002' } })).statusCode).toBe(200)
    expect((await probe.inject({ method: 'POST', url: '/things', headers: { host: 'localhost:8002' }, payload: { name: 'x' } })).statusCode).toBe(200)
  })

  test('a configured name passes the app built with its config', async () => {
    const probe = await app({ hosts: { HEIST_ALLOWED_HOSTS: ['heist.lan'] } })
    expect((await probe.inject({ url: '/health', headers: { host: 'heist.lan:8008' } })).statusCode).toBe(200)
    expect((await probe.inject({ url: '/health', headers: { host: 'other.lan:8008' } })).statusCode).toBe(421)
  })

  test('a page service refuses a state-changing request from another origin; reads and same-origin writes pass', async () => {
    const page = await app({ page: true })
    const post = (origin?: string) => page.inject({ method: 'POST', url: '/things', headers: { host: '127.0.0.1:8008', ...(origin ? { origin } : {}) }, payload: { name: 'x' } })
    const foreign = await post('http://attacker.example')
    expect(foreign.statusCode).toBe(403)
    expect(foreign.json()).toMatchObject({ error: { code: 'REQUEST_ORIGIN_NOT_ALLOWED' } })
    expect(page.calls.count).toBe(0)
    expect((await post('http://127.0.0.1:8009')).statusCode).toBe(403)
    expect((await post('null')).statusCode).toBe(403)
    expect((await post('http://127.0.0.1:8008')).statusCode).toBe(200)
    expect((await post()).statusCode).toBe(200)
    expect((await page.inject({ url: '/health', headers: { host: '127.0.0.1:8008', origin: 'http://attacker.example' } })).statusCode).toBe(200)
    // An API service (no page) takes calls from browser tools on other origins (an MCP inspector).
    const api = await app()
    expect((await api.inject({ method: 'POST', url: '/things', headers: { host: '127.0.0.1:8002', origin: 'http://localhost:6274' }, payload: { name: 'x' } })).statusCode).toBe(200)
  })
})
