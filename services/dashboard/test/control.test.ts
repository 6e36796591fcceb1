import type { AddressInfo } from 'node:net'
import type { DashboardToBrowser } from '@heist/shared'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { WebSocket } from 'ws'
import type { DashboardApp } from '../src/app.js'
import { Frames, OPERATOR_TOKEN, connectOrchestrator, createTestApp, events, operator, type OrchestratorFrame } from './helpers.js'

let app: DashboardApp
let sign: (scope: string) => Promise<string>

beforeEach(async () => {
  ;({ app, sign } = await createTestApp({}, 300))
})
afterEach(() => app.close())

/** A fake orchestrator that answers every command with `answer`. */
async function fakeOrchestrator(answer: (command: Record<string, unknown>) => Record<string, unknown> | null) {
  const orch = await connectOrchestrator(app, await sign('events:publish'))
  orch.socket.on('message', (data) => {
    const frame = JSON.parse(String(data)) as OrchestratorFrame
    if (frame.type !== 'command') return
    const ack = answer(frame.command)
    if (ack) orch.send({ type: 'ack', command_id: frame.command_id, ack })
  })
  return orch
}

describe('operator commands', () => {
  test('without an orchestrator a command is a clear 503', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/sessions/s1/pause', headers: operator })
    expect(res.statusCode).toBe(503)
    expect(res.json().error.code).toBe('ORCHESTRATOR_NOT_CONNECTED')
  })

  test('start, pause and orders are forwarded and answered with the orchestrator acknowledgement', async () => {
    const seen: Record<string, unknown>[] = []
    await fakeOrchestrator((command) => {
      seen.push(command)
      return command.action === 'order' ? { ok: true, session_id: 's1', result: { order_id: 'o1' } } : { ok: true, session_id: 's1' }
    })
    const start = await app.inject({ method: 'POST', url: '/api/sessions', headers: operator, payload: { rounds: 3, seed: 7, mole: 'none' } })
    expect(start.statusCode).toBe(200)
    expect(start.json()).toEqual({ ok: true, session_id: 's1' })
    expect((await app.inject({ method: 'POST', url: '/api/sessions/s1/pause', headers: operator })).json().ok).toBe(true)
    const order = await app.inject({ method: 'POST', url: '/api/sessions/s1/orders', headers: operator, payload: { agent: 'hacker', text: 'check the cameras' } })
    expect(order.json()).toMatchObject({ ok: true, result: { order_id: 'o1' } })
    expect(seen).toEqual([
      { action: 'start', options: { rounds: 3, seed: 7, mole: 'none', strategy: 'random' } },
      { action: 'pause', session_id: 's1' },
      { action: 'order', session_id: 's1', agent: 'hacker', text: 'check the cameras' },
    ])
  })

  test('a second orchestrator connection is refused while the first is live, and takes no command', async () => {
    const seen: string[] = []
    const first = await fakeOrchestrator((c) => (seen.push(`first:${String(c.action)}`), { ok: true }))
    await expect(app.injectWS('/ws/orchestrator', { headers: { authorization: `Bearer ${await sign('events:publish')}` } })).rejects.toThrow(/409/)
    first.send({ type: 'event', event: { session_id: 'mine', seq: 1, ts: new Date().toISOString(), type: 'round_started', round: 1 } })
    await first.next((f) => f.type === 'stored' && f.session_id === 'mine')
    await app.inject({ method: 'POST', url: '/api/sessions/mine/pause', headers: operator })
    await app.inject({ method: 'POST', url: '/api/sessions', headers: operator, payload: {} })
    expect(seen).toEqual(['first:pause', 'first:start'])
  })

  test('a token in the URL is not accepted: the Authorization header only (URLs end up in logs)', async () => {
    await expect(app.injectWS(`/ws/orchestrator?access_token=${await sign('events:publish')}`)).rejects.toThrow(/401/)
  })

  test('a refused command keeps the orchestrator code', async () => {
    await fakeOrchestrator(() => ({ ok: false, error: { code: 'SESSION_NOT_FOUND', message: 'no such session' } }))
    const refused = await app.inject({ method: 'POST', url: '/api/sessions/nope/resume', headers: operator })
    expect(refused.statusCode).toBe(404)
    expect(refused.json().error.code).toBe('SESSION_NOT_FOUND')
  })

  test('an orchestrator too busy to answer in time (it paused all the same): 202 pending with the status to poll, never a 504', async () => {
    // A loaded machine: the orchestrator pauses at once but its answer comes after the dashboard's deadline (300 ms here).
    const e = events('s1')
    const orch = await connectOrchestrator(app, await sign('events:publish'))
    orch.send({ type: 'event', event: e.started(1) })
    await orch.next((f) => f.type === 'stored' && f.seq === 1)
    orch.socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as OrchestratorFrame
      if (frame.type !== 'command') return
      orch.send({ type: 'event', event: e.paused(2) })
      setTimeout(() => orch.send({ type: 'ack', command_id: frame.command_id, ack: { ok: true, session_id: 's1', result: { status: 'paused' } } }), 600)
    })
    const res = await app.inject({ method: 'POST', url: '/api/sessions/s1/pause', headers: operator })
    expect(res.statusCode).toBe(202)
    expect(res.json()).toEqual({ pending: true, command_id: expect.any(String), session_id: 's1', status: 'paused' })
    expect((await app.inject('/api/sessions/s1')).json().status).toBe('paused')
    // The command's outcome, read later: pending until the orchestrator answers, then its answer.
    const outcome = () => app.inject({ url: `/api/commands/${res.json().command_id}`, headers: operator })
    expect((await outcome()).json()).toEqual({ command_id: res.json().command_id, action: 'pause', session_id: 's1', state: 'pending', status: 'paused' })
    await expect.poll(async () => (await outcome()).json().state, { timeout: 5_000 }).toBe('answered')
    expect((await outcome()).json()).toMatchObject({ ack: { ok: true, session_id: 's1', result: { status: 'paused' } }, status: 'paused' })
    // The operator's, like the command; an id never answered 202 is a 404.
    expect((await app.inject({ url: `/api/commands/${res.json().command_id}` })).statusCode).toBe(401)
    const unknown = await app.inject({ url: '/api/commands/no-such-command', headers: operator })
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().error.code).toBe('COMMAND_NOT_FOUND')
    // A start whose answer is late: no session id was asked for, so none to poll but the list.
    const start = await app.inject({ method: 'POST', url: '/api/sessions', headers: operator, payload: {} })
    expect(start.statusCode).toBe(202)
    expect(start.json()).toEqual({ pending: true, command_id: expect.any(String), status: null })
  })

  test('browsers learn when the orchestrator connects and disconnects', async () => {
    // Over a real socket: a close handshake needs a transport that really ends.
    await app.listen({ host: '127.0.0.1', port: 0 })
    const { port } = app.server.address() as AddressInfo
    const browser = new Frames<DashboardToBrowser>(new WebSocket(`ws://127.0.0.1:${port}/ws`))
    await browser.next((f) => f.type === 'welcome' && !f.orchestrator_connected)
    const orch = new WebSocket(`ws://127.0.0.1:${port}/ws/orchestrator`, { headers: { authorization: `Bearer ${await sign('events:publish')}` } })
    await browser.next((f) => f.type === 'orchestrator' && f.connected)
    orch.close()
    await browser.next((f) => f.type === 'orchestrator' && !f.connected)
    browser.socket.close()
  })

  test('the REST API says when a running or paused session\'s orchestrator is gone (its stored status still says running)', async () => {
    await app.listen({ host: '127.0.0.1', port: 0 })
    const { port } = app.server.address() as AddressInfo
    const browser = new Frames<DashboardToBrowser>(new WebSocket(`ws://127.0.0.1:${port}/ws`))
    await browser.next((f) => f.type === 'welcome')
    const orch = new Frames<OrchestratorFrame>(new WebSocket(`ws://127.0.0.1:${port}/ws/orchestrator`, { headers: { authorization: `Bearer ${await sign('events:publish')}` } }))
    await browser.next((f) => f.type === 'orchestrator' && f.connected)
    const [running, paused, ended] = [events('running'), events('paused'), events('ended')]
    for (const event of [running.started(1), paused.started(1), paused.paused(2), ended.started(1), ended.completed(2)]) orch.send({ type: 'event', event })
    await orch.next((f) => f.type === 'stored' && f.session_id === 'ended' && f.seq === 2)
    const unreachable = async () => {
      const list = (await app.inject('/api/sessions')).json() as { sessions: { session_id: string; status: string; orchestrator_unreachable: boolean }[] }
      const one = (await app.inject('/api/sessions/running')).json() as { orchestrator_unreachable: boolean }
      const compared = (await app.inject('/api/sessions/compare?ids=running,ended')).json() as { sessions: { session: { orchestrator_unreachable: boolean } }[] }
      return {
        list: Object.fromEntries(list.sessions.map((s) => [`${s.session_id} (${s.status})`, s.orchestrator_unreachable])),
        one: one.orchestrator_unreachable, compared: compared.sessions.map((s) => s.session.orchestrator_unreachable),
      }
    }
    expect(await unreachable()).toEqual({ list: { 'running (running)': false, 'paused (paused)': false, 'ended (completed)': false }, one: false, compared: [false, false] })
    orch.socket.close()
    await browser.next((f) => f.type === 'orchestrator' && !f.connected)
    expect(await unreachable()).toEqual({ list: { 'running (running)': true, 'paused (paused)': true, 'ended (completed)': false }, one: true, compared: [true, false] })
    browser.socket.close()
  })
})

describe('operator access', () => {
  const changes = [
    ['POST', '/api/sessions', { rounds: 1 }], ['POST', '/api/sessions/s1/pause', undefined], ['POST', '/api/sessions/s1/orders', { agent: 'hacker', text: 'x' }],
    ['POST', '/api/sessions/s1/guess', { agent: 'hacker' }], ['POST', '/api/sessions/s1/evaluate', undefined], ['POST', '/api/sessions/s1/reveal', undefined],
    ['POST', '/api/sessions/s1/detect', undefined],
  ] as const

  test.each(changes)('%s %s needs the operator token', async (method, url, payload) => {
    const none = await app.inject({ method, url, payload })
    expect(none.statusCode).toBe(401)
    expect(none.json().error.code).toBe('AUTH_OPERATOR_REQUIRED')
    const wrong = await app.inject({ method, url, payload, headers: { authorization: `Bearer ${OPERATOR_TOKEN}x` } })
    expect(wrong.statusCode).toBe(401)
    const jwt = await app.inject({ method, url, payload, headers: { authorization: `Bearer ${await sign('events:publish sessions:read')}` } })
    expect(jwt.statusCode).toBe(401)
  })

  test('the transcript needs sessions:read or the operator token; read-only views stay open', async () => {
    expect((await app.inject('/api/sessions/s1/transcript')).statusCode).toBe(401)
    expect((await app.inject({ url: '/api/sessions/s1/transcript', headers: { authorization: `Bearer ${await sign('events:publish')}` } })).statusCode).toBe(403)
    expect((await app.inject({ url: '/api/sessions/s1/transcript', headers: { authorization: `Bearer ${await sign('sessions:read')}` } })).statusCode).toBe(404)
    expect((await app.inject({ url: '/api/sessions/s1/transcript', headers: operator })).statusCode).toBe(404)
    expect((await app.inject('/api/sessions')).statusCode).toBe(200)
    expect((await app.inject('/api/analytics/overview')).statusCode).toBe(200)
    expect((await app.inject('/api/game/scoreboard')).statusCode).toBe(200)
  })

  test('bad input is a 4xx JSON error, never a 5xx', async () => {
    const bad = [
      await app.inject({ method: 'POST', url: '/api/sessions', headers: { ...operator, 'content-type': 'application/json' }, payload: '{"rounds":' }),
      await app.inject({ method: 'POST', url: '/api/sessions', headers: operator, payload: { rounds: -1 } }),
      await app.inject({ method: 'POST', url: '/api/sessions/s1/orders', headers: operator, payload: { agent: 'HACKER', text: '' } }),
      await app.inject({ method: 'POST', url: '/api/sessions/bad%20id/pause', headers: operator }),
      await app.inject('/api/search?q='),
      await app.inject('/api/sessions/compare?ids=a'),
    ]
    for (const res of bad) {
      expect(res.statusCode).toBeGreaterThanOrEqual(400)
      expect(res.statusCode).toBeLessThan(500)
      expect(res.json().error.code).toEqual(expect.any(String))
    }
  })
})
