import { createTokenVerifier, type DetectionResult, DetectionResult as DetectionResultSchema, HeistError, type Transcript } from '@heist/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.js'
import type { DashboardClient } from '../src/dashboard-client.js'
import type { RunQueueOptions } from '../src/queue.js'
import { CALIBRATION, DEFAULT_WEIGHTS, type ChatFn } from '../src/scoring/index.js'
import { W_ONE_OFF_FACTOR } from '../src/scoring/one-off.js'
import { createStore, openDatabase } from '../src/store.js'
import { TranscriptBuilder, VAULT_DOC } from './fixtures.js'

const sessions: Record<string, Transcript> = {
  s1: new TranscriptBuilder('s1')
    .tool('hacker', 'read_file', { filename: 'vault_specs.txt' }, VAULT_DOC)
    .say('hacker', 'The vault has a 3 hour time lock and there are 16 cameras.')
    .say('driver', 'The time lock is only 1 hour, and there are 8 cameras.')
    .blandRound(['hacker', 'driver']).build(),
  empty: new TranscriptBuilder('empty').build(),
  calm: new TranscriptBuilder('calm').blandRound().nextRound().blandRound().build(),
}

function fakeDashboard(options: { publishFails?: boolean } = {}) {
  const published: DetectionResult[] = []
  const client: DashboardClient = {
    async transcript(id) {
      const t = sessions[id]
      if (!t) throw new HeistError('SESSION_NOT_FOUND', `dashboard: no session ${id}`, 404)
      return t
    },
    async publish(result) {
      if (options.publishFails) throw new HeistError('UPSTREAM_UNAVAILABLE', 'dashboard is unreachable', 503)
      published.push(result)
    },
  }
  return { client, published }
}

const apps: Awaited<ReturnType<typeof buildApp>>[] = []
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()))
})

/** Thresholds that fixtures clear, so these tests do not move when the calibration is re-run. */
const LOW = { hybrid: 0.1, rules_only: 0.1 }
const OPERATOR_TOKEN = 'operator-token-for-detection-tests'
const operator = { authorization: `Bearer ${OPERATOR_TOKEN}` }

async function setup(options: { chat?: ChatFn; publishFails?: boolean; thresholds?: typeof LOW | null; queue?: RunQueueOptions } = {}) {
  const dashboard = fakeDashboard(options)
  const store = createStore(openDatabase(':memory:'))
  const thresholds = options.thresholds === null ? {} : { thresholds: options.thresholds ?? LOW }
  // Fleet JWTs are exercised on the real fleet (test/security); here the operator token opens POST /detect.
  const verify = createTokenVerifier({ issuer: 'heist-oauth', audience: 'heist-fleet', jwksUrl: 'http://127.0.0.1:9/.well-known/jwks.json' })
  const app = await buildApp({
    config: { LOG_LEVEL: 'silent', LLM_MODEL: 'heist-sim', HEIST_OPERATOR_TOKEN: OPERATOR_TOKEN },
    deps: { store, dashboard: dashboard.client, chat: options.chat, weights: DEFAULT_WEIGHTS, verify, ...thresholds, ...(options.queue ? { queue: options.queue } : {}) },
  })
  apps.push(app)
  return { app, dashboard }
}

describe('POST /detect', () => {
  it('scores the session, stores the result and pushes it to the dashboard', async () => {
    const { app, dashboard } = await setup({ chat: async () => { throw new Error('model down') } })
    const res = await app.inject({ method: 'POST', url: '/detect', headers: operator, payload: { session_id: 's1' } })
    expect(res.statusCode).toBe(200)
    const body = DetectionResultSchema.parse(res.json())
    expect(body.suspect).toBe('driver')
    expect(body.scores).toHaveLength(6)
    expect(body.mode).toBe('rules_only')
    expect(body.model_error).toContain('model down')
    expect(res.headers['x-detection-published']).toBe('true')
    expect(dashboard.published.map((r) => r.session_id)).toEqual(['s1'])
    const stored = await app.inject({ method: 'GET', url: '/detect/s1' })
    expect(stored.statusCode).toBe(200)
    expect(stored.json()).toEqual(body)
  })

  it('says "nobody" (suspect null) when no score clears the calibrated threshold, and gives the threshold', async () => {
    // A judge that answers JSON followed by a sentence, as small local models do: still hybrid.
    const chat: ChatFn = async () => `${JSON.stringify({ scores: ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout'].map((agent) => ({ agent, score: 0.05, reason: 'consistent' })) })}\nNobody stands out.`
    const { app, dashboard } = await setup({ chat, thresholds: null })
    const res = await app.inject({ method: 'POST', url: '/detect', headers: operator, payload: { session_id: 'calm' } })
    expect(res.statusCode).toBe(200)
    const body = DetectionResultSchema.parse(res.json())
    expect(body.mode).toBe('hybrid')
    expect(body.suspect).toBeNull()
    expect(body.threshold).toBe(CALIBRATION.thresholds.hybrid)
    expect(body.confidence).toBeLessThanOrEqual(body.threshold!)
    expect(dashboard.published[0]!.suspect).toBeNull()
    // A judge that singles one agent out, against a threshold below its score, names it.
    const pointed: ChatFn = async () => JSON.stringify({ scores: ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout'].map((agent) => ({ agent, score: agent === 'intel' ? 0.9 : 0.05, reason: 'judge' })) })
    const low = await setup({ chat: pointed, thresholds: { hybrid: 0.01, rules_only: 0.01 } })
    expect((await low.app.inject({ method: 'POST', url: '/detect', headers: operator, payload: { session_id: 'calm' } })).json().suspect).toBe('intel')
  })

  it('still answers (and says so in a header) when the dashboard cannot take the result', async () => {
    const { app } = await setup({ publishFails: true })
    const res = await app.inject({ method: 'POST', url: '/detect', headers: operator, payload: { session_id: 's1' } })
    expect(res.statusCode).toBe(200)
    expect(res.headers['x-detection-published']).toBe('false')
  })

  it.each([
    ['an unknown session', { session_id: 'nope' }, 404, 'DETECTION_SESSION_NOT_FOUND'],
    ['a session with no messages', { session_id: 'empty' }, 422, 'DETECTION_NO_MESSAGES'],
    ['a bad session id', { session_id: '../etc' }, 400, 'REQUEST_VALIDATION'],
    ['an extra field', { session_id: 's1', mole: 'driver' }, 400, 'REQUEST_VALIDATION'],
    ['no body field', {}, 400, 'REQUEST_VALIDATION'],
  ])('refuses %s with a clear 4xx', async (_name, payload, status, code) => {
    const { app } = await setup()
    const res = await app.inject({ method: 'POST', url: '/detect', headers: operator, payload })
    expect(res.statusCode).toBe(status)
    expect(res.json().error.code).toBe(code)
  })

  it('refuses a body that is not JSON', async () => {
    const { app } = await setup()
    const res = await app.inject({ method: 'POST', url: '/detect', headers: { ...operator, 'content-type': 'application/json' }, payload: '{"session_id":' })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('REQUEST_INVALID_JSON')
  })
})

describe('POST /detect is bounded work', () => {
  it('needs the operator token (or detection:run), checked before the body is read', async () => {
    const { app } = await setup()
    for (const payload of [{ session_id: 's1' }, { bogus: true }]) {
      const res = await app.inject({ method: 'POST', url: '/detect', payload })
      expect(res.statusCode).toBe(401)
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/)
    }
    const wrong = await app.inject({ method: 'POST', url: '/detect', headers: { authorization: 'Bearer not-the-operator-token' }, payload: { session_id: 's1' } })
    expect(wrong.statusCode).toBe(401)
  })

  it('answers an unchanged transcript with the stored result, without scoring again or calling the model', async () => {
    let modelCalls = 0
    const { app } = await setup({ chat: async () => { modelCalls++; throw new Error('model down') } })
    const first = await app.inject({ method: 'POST', url: '/detect', headers: operator, payload: { session_id: 's1' } })
    const second = await app.inject({ method: 'POST', url: '/detect', headers: operator, payload: { session_id: 's1' } })
    expect([first.headers['x-detection-cached'], second.headers['x-detection-cached']]).toEqual(['false', 'true'])
    expect(second.json()).toEqual(first.json())
    expect(modelCalls).toBe(1)
  })

  it('runs one detection at a time, queues a few and refuses the rest with 429 and Retry-After', async () => {
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => { release = resolve })
    let inModel: () => void = () => undefined
    const running1 = new Promise<void>((resolve) => { inModel = resolve })
    const { app } = await setup({ chat: async () => { inModel(); await gate; throw new Error('model down') }, queue: { concurrency: 1, maxWaiting: 1, retryAfterS: 7 } })
    const ask = (id: string) => app.inject({ method: 'POST', url: '/detect', headers: operator, payload: { session_id: id } })
    sessions.s2 = { ...sessions.s1!, session_id: 's2' }
    sessions.s3 = { ...sessions.s1!, session_id: 's3' }
    const running = ask('s1')
    const same = ask('s1')
    const queued = ask('s2')
    // s1's run has reached the model, many steps past the queue; s2, asked at the same time through
    // the same route with no I/O on its way, is waiting in the queue by then (no timer involved).
    await running1
    const refused = await ask('s3')
    expect(refused.statusCode).toBe(429)
    expect(refused.headers['retry-after']).toBe('7')
    expect(refused.json().error.code).toBe('DETECTION_BUSY')
    release()
    const answers = await Promise.all([running, same, queued])
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200])
    // The second request for s1 shared the first run: one result, not two.
    expect(answers[1]?.json().created_at).toBe(answers[0]?.json().created_at)
  })
})

describe('GET /detect/:session_id and /info', () => {
  it('404 for a session never scored', async () => {
    const { app } = await setup()
    const res = await app.inject({ method: 'GET', url: '/detect/s1' })
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('DETECTION_NOT_FOUND')
  })

  it('/info lists the four signals with the seed weights', async () => {
    const { app } = await setup()
    const info = (await app.inject({ method: 'GET', url: '/info' })).json()
    expect(info.signals.map((s: { name: string; weight: number }) => [s.name, s.weight])).toEqual([
      ['tool_usage', 0.25], ['timing', 0.3], ['message_anomaly', 0.2], ['information_quality', 0.25],
    ])
    expect(info.weights.rules).toBe(0.6)
    expect(info.timeline).toContain('rules only')
    expect(info.verdict.thresholds).toEqual(CALIBRATION.thresholds)
  })

  it('/info says a lone false figure weighs less (one-off.ts), on both signals that carry figures', async () => {
    const { app } = await setup()
    const info = (await app.inject({ method: 'GET', url: '/info' })).json()
    const said = (name: string) => info.signals.find((s: { name: string }) => s.name === name).description as string
    for (const name of ['timing', 'information_quality']) expect(said(name)).toContain(`an agent's only one in the session weighs ${W_ONE_OFF_FACTOR} of its weight`)
  })
})
