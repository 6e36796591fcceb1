import { createHttpClient, createServiceApp, DetectionResult, HeistError, type HeistApp } from '@heist/shared'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { DashboardApp } from '../src/app.js'
import { connectOrchestrator, createTestApp, events, operator } from './helpers.js'

// A detection service whose queue is full, over real HTTP, behind the dashboard's real proxy client.
let busy: HeistApp
let app: DashboardApp

beforeAll(async () => {
  busy = await createServiceApp({ name: 'detection', logLevel: 'silent' })
  busy.post('/detect', async () => { throw new HeistError('DETECTION_BUSY', 'detection is busy; try again later', 429, undefined, { 'retry-after': '7' }) })
  const detection = createHttpClient({ service: 'detection', baseUrl: await busy.listen({ host: '127.0.0.1', port: 0 }) })
  let sign: (scope: string) => Promise<string>
  ;({ app, sign } = await createTestApp({ detect: (sessionId) => detection.request({ method: 'POST', path: '/detect', body: { session_id: sessionId }, schema: DetectionResult }) }))
  const orch = await connectOrchestrator(app, await sign('events:publish'))
  orch.send({ type: 'event', event: events('s1').started(1) })
  await orch.next((f) => f.type === 'stored' && f.seq === 1)
})
afterAll(async () => {
  await app?.close()
  await busy?.close()
})

describe('the detection proxy', () => {
  test('passes detection\'s 429 on with its Retry-After, so the page knows when to try again', async () => {
    const reply = await app.inject({ method: 'POST', url: '/api/sessions/s1/detect', headers: operator })
    expect(reply.statusCode).toBe(429)
    expect(reply.headers['retry-after']).toBe('7')
    expect(reply.json().error.code).toBe('DETECTION_BUSY')
  })
})
