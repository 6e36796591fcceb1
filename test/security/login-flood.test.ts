/**
 * Threat: anyone on loopback floods the token endpoint with bad logins to lock the fleet out
 * (every service calls oauth from 127.0.0.1), or reads the answers to learn which client ids
 * exist. Required: a client with its correct secret always gets its token; a failed login looks
 * the same whether or not the client exists; failures from one address are slowed (429), other
 * addresses are not. Real oauth process, real sockets from two loopback addresses.
 */
import { request } from 'node:http'
import { secretEnvName } from '@heist/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startFleet, type TestFleet } from '../support/fleet.js'

/** The limit the flood runs into: failures per address per window (set here, not left to the default). */
const LIMIT = 20

let fleet: TestFleet

interface Answer { status: number; body: string; headers: Record<string, string | string[] | undefined> }

/** `POST /oauth/token` with Basic credentials, sent from `from` (any 127/8 address reaches a 127.0.0.1 listener). */
function login(clientId: string, secret: string, from = '127.0.0.1'): Promise<Answer> {
  const url = new URL('/oauth/token', fleet.urls.oauth)
  const body = 'grant_type=client_credentials'
  return new Promise((resolve, reject) => {
    const req = request({
      host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress: from,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': body.length, authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` },
    }, (res) => {
      let text = ''
      res.on('data', (chunk: Buffer) => { text += String(chunk) })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }))
    })
    req.on('error', reject)
    req.end(body)
  })
}
const secretOf = (clientId: string) => fleet.env[secretEnvName(clientId)] as string
/** The seconds a 429's body says to wait ("retry in N s"); NaN for a body without them. */
const bodyRetry = (a: Answer) => Number(/retry in (\d+) s/.exec(a.body)?.[1] ?? NaN)
/** What a failed login shows a caller, without what differs on every reply anyway (the seconds to wait: see below). */
const shown = (a: Answer) => ({ status: a.status, body: a.body.replace(/retry in \d+ s/, 'retry in N s'), www: a.headers['www-authenticate'], retry: a.headers['retry-after'] !== undefined, cache: a.headers['cache-control'] })

beforeAll(async () => {
  fleet = await startFleet({ only: ['oauth'], env: { HEIST_OAUTH_ADDRESS_FAILURE_LIMIT: String(LIMIT), HEIST_OAUTH_FAILURE_WINDOW_S: '60' } })
})
afterAll(async () => {
  await fleet?.close()
})

describe('a flood of failed logins (real oauth process)', () => {
  const flood: { known: Answer[]; unknown: Answer[] } = { known: [], unknown: [] }

  beforeAll(async () => {
    // Alternating: the orchestrator's id with wrong secrets, and ids that do not exist, 5x the limit.
    for (let i = 0; i < LIMIT * 5; i++) {
      if (i % 2 === 0) flood.known.push(await login('orchestrator', `wrong-${i}`))
      else flood.unknown.push(await login(`nobody-${i}`, `wrong-${i}`))
    }
  })

  it('is answered 401, then 429 slow_down with Retry-After once the address passes its limit, never a 5xx', () => {
    const all = flood.known.flatMap((a, i) => [a, flood.unknown[i] as Answer])
    expect(all.slice(0, LIMIT).map((a) => a.status)).toEqual(Array(LIMIT).fill(401))
    expect(all.slice(LIMIT).map((a) => a.status)).toEqual(Array(all.length - LIMIT).fill(429))
    const slowed = all.at(-1) as Answer
    expect(JSON.parse(slowed.body)).toMatchObject({ error: 'slow_down' })
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThan(0)
  })

  it('never tells a client id that exists from one that does not: the same status, body and headers at every step', () => {
    expect(flood.known.map(shown)).toEqual(flood.unknown.map(shown))
    // Retry-After and the body's "retry in N s" count down the address's window in whole seconds,
    // and each pair of logins is sent one after the other: a second can tick between them (59
    // against 60 at load 30-48). A client id with a window of its own would differ by more.
    const retry = (a: Answer) => Number(a.headers['retry-after'] ?? NaN)
    for (const [i, known] of flood.known.entries()) {
      if (known.headers['retry-after'] === undefined) continue
      const unknown = flood.unknown[i] as Answer
      expect(Math.abs(retry(known) - retry(unknown)), `login ${2 * i}: Retry-After`).toBeLessThanOrEqual(1)
      expect(Math.abs(bodyRetry(known) - bodyRetry(unknown)), `login ${2 * i}: body`).toBeLessThanOrEqual(1)
    }
  })

  it('locks nobody out: the flooded client and another one still get their tokens from the flooded address', async () => {
    for (const clientId of ['orchestrator', 'calculator', 'safecracker']) {
      const answer = await login(clientId, secretOf(clientId))
      expect(answer.status, answer.body).toBe(200)
      expect(JSON.parse(answer.body)).toMatchObject({ token_type: 'Bearer' })
    }
  })

  it('slows only the flooding address: another address still gets a plain 401 for a bad secret, and tokens', async () => {
    const other = await login('orchestrator', 'wrong-again', '127.0.0.2')
    expect(other.status).toBe(401)
    expect(JSON.parse(other.body)).toMatchObject({ error: 'invalid_client' })
    expect((await login('orchestrator', secretOf('orchestrator'), '127.0.0.2')).status).toBe(200)
  })

  it('left no error in the service log', () => {
    expect(fleet.errors()).toEqual([])
  })
})
