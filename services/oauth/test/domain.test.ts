import { chmodSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ConfigError, loadConfig } from '@heist/shared'
import { decodeProtectedHeader } from 'jose'
import { describe, expect, test } from 'vitest'
import { presentedCredentials } from '../src/client-auth.js'
import { clientDefinitions, secretsEnv } from '../src/clients.js'
import { createFailureLimiter } from '../src/rate-limiter.js'
import { generateSigningKey, loadOrCreateSigningKey } from '../src/signing-key.js'
import { AGENTS, makeApp, tokenFor } from './helpers.js'

describe('failure limiter', () => {
  test('blocks a key at the limit, for as long as its oldest failure stays in the window', () => {
    const clock = { now: 0 }
    const limiter = createFailureLimiter({ limit: 3, windowMs: 60_000, now: () => clock.now })
    limiter.fail(['a'])
    clock.now = 20_000
    limiter.fail(['a', 'b'])
    limiter.fail(['a'])
    expect(limiter.retryAfterS(['a'])).toBe(40)
    expect(limiter.retryAfterS(['b'])).toBe(0)
    expect(limiter.retryAfterS(['b', 'a'])).toBe(40)
    clock.now = 60_000
    expect(limiter.retryAfterS(['a'])).toBe(0)
  })

  test('forgets the oldest keys beyond maxKeys', () => {
    const limiter = createFailureLimiter({ limit: 1, windowMs: 60_000, now: () => 0, maxKeys: 2 })
    limiter.fail(['a'])
    limiter.fail(['b'])
    limiter.fail(['c'])
    expect(limiter.retryAfterS(['a'])).toBe(0)
    expect(limiter.retryAfterS(['c'])).toBe(60)
  })
})

describe('client credentials', () => {
  test('Basic credentials are form-decoded, so secrets may hold ":" and "%"', () => {
    const header = `Basic ${Buffer.from(`${encodeURIComponent('hacker')}:${encodeURIComponent('a:b%c d')}`).toString('base64')}`
    expect(presentedCredentials(header, {})).toEqual({ clientId: 'hacker', secret: 'a:b%c d' })
  })

  test('every missing secret is named at once', () => {
    const error = (() => {
      try {
        loadConfig(secretsEnv(clientDefinitions(AGENTS)), { HEIST_SECRET_PLANNER: 'long-enough-secret-123' })
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(ConfigError)
    const names = (error as ConfigError).problems.map((p) => p.path)
    expect(names).toEqual(expect.arrayContaining(['HEIST_SECRET_SAFECRACKER', 'HEIST_SECRET_FILE_READER', 'HEIST_SECRET_ORCHESTRATOR']))
    expect(names).not.toContain('HEIST_SECRET_PLANNER')
    expect(names).toHaveLength(clientDefinitions(AGENTS).length - 1)
  })

  test('an agent named like a service is a config error', () => {
    expect(() => clientDefinitions([...AGENTS, { ...AGENTS[0]!, name: 'calculator' }])).toThrow(/name of a fleet service/)
  })
})

describe('signing key file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'heist-oauth-key-'))

  test('is created at first start with mode 0600, without the private key in the public JWK', async () => {
    const path = join(dir, 'oauth', 'signing-key.json')
    const key = await loadOrCreateSigningKey(path)
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(JSON.parse(readFileSync(path, 'utf8')).kid).toBe(key.kid)
    expect(key.publicJwk).not.toHaveProperty('d')
  })

  test('a restart reuses the key, so tokens issued before it stay valid', async () => {
    const path = join(dir, 'restart', 'signing-key.json')
    const before = await makeApp({ key: await loadOrCreateSigningKey(path) })
    const token = await tokenFor(before.app, 'safecracker')
    await before.app.close()
    const after = await makeApp({ key: await loadOrCreateSigningKey(path) })
    const res = await after.app.inject({ url: '/tools', headers: { authorization: `Bearer ${token}` } })
    expect(res.statusCode).toBe(200)
    await after.app.close()
  })

  test('a key file readable by others is narrowed to 0600', async () => {
    const path = join(dir, 'loose', 'signing-key.json')
    await loadOrCreateSigningKey(path)
    chmodSync(path, 0o644)
    await loadOrCreateSigningKey(path)
    expect(statSync(path).mode & 0o777).toBe(0o600)
  })

  test('a corrupt key file stops the start with a clear message', async () => {
    const path = join(dir, 'corrupt.json')
    writeFileSync(path, '{"kid": 1}', { mode: 0o600 })
    await expect(loadOrCreateSigningKey(path)).rejects.toThrow(/signing key file is unreadable/)
  })

  test('a key file from before EdDSA (ES256) keeps signing, and its tokens verify everywhere', async () => {
    const path = join(dir, 'es256', 'signing-key.json')
    const legacy = await generateSigningKey('ES256')
    mkdirSync(dirname(path), { recursive: true })
    const jwk = legacy.privateKey.export({ format: 'jwk' })
    writeFileSync(path, JSON.stringify({ kid: legacy.kid, alg: 'ES256', created_at: '2026-11-01T00:00:00Z', private_jwk: jwk }), { mode: 0o600 })
    const loaded = await loadOrCreateSigningKey(path)
    expect(loaded).toMatchObject({ kid: legacy.kid, alg: 'ES256', publicJwk: { kty: 'EC', crv: 'P-256', alg: 'ES256' } })
    const { app } = await makeApp({ key: loaded })
    const token = await tokenFor(app, 'safecracker')
    expect(decodeProtectedHeader(token).alg).toBe('ES256')
    expect((await app.inject({ url: '/tools', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200)
    await app.close()
  })

  test('two processes starting at once agree on one key', async () => {
    const path = join(dir, 'race', 'signing-key.json')
    const [a, b] = await Promise.all([loadOrCreateSigningKey(path), loadOrCreateSigningKey(path)])
    expect(a.kid).toBe(b.kid)
  })
})
