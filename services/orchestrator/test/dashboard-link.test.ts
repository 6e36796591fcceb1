import type { AddressInfo } from 'node:net'
import { OrchestratorToDashboard, type SessionEvent } from '@heist/shared'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocketServer, type WebSocket } from 'ws'
import { DashboardLink } from '../src/adapters/dashboard-link.js'
import { waitFor } from '../../../test/support/poll.js'

/** A stand-in dashboard: records frames and headers, answers what the test tells it to. */
function fakeDashboard(port = 0, onHello: (socket: WebSocket, frame: Extract<OrchestratorToDashboard, { type: 'hello' }>) => void = () => undefined) {
  const server = new WebSocketServer({ host: '127.0.0.1', port, path: '/ws/orchestrator' })
  const frames: OrchestratorToDashboard[] = []
  const auth: string[] = []
  const sockets: WebSocket[] = []
  server.on('connection', (socket, request) => {
    auth.push(request.headers.authorization ?? '')
    sockets.push(socket)
    socket.on('message', (data) => {
      const frame = OrchestratorToDashboard.parse(JSON.parse(String(data)))
      frames.push(frame)
      if (frame.type === 'hello') onHello(socket, frame)
      if (frame.type === 'event') socket.send(JSON.stringify({ type: 'stored', session_id: frame.event.session_id, seq: frame.event.seq }))
    })
  })
  const ready = new Promise<number>((resolve) => server.on('listening', () => resolve((server.address() as AddressInfo).port)))
  const events = () => frames.flatMap((f) => (f.type === 'event' ? [f.event.seq] : []))
  return { server, frames, auth, sockets, ready, events, close: () => new Promise<void>((r) => { for (const s of server.clients) s.terminate(); server.close(() => r()) }) }
}

describe('a refused connection', () => {
  it('is logged with its reason once, not retried in silence', async () => {
    // A dashboard that refuses the token on the upgrade, as it does a token without events:publish.
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/ws/orchestrator', verifyClient: (_info, done) => done(false, 401, 'Unauthorized') })
    const port = await new Promise<number>((resolve) => server.on('listening', () => resolve((server.address() as AddressInfo).port)))
    cleanup.push(() => new Promise<void>((r) => server.close(() => r())))
    let attempts = 0
    const warnings: string[] = []
    const l = link(port, { token: async () => { attempts++; return 'jwt-refused' } })
    l.start({ info: () => undefined, warn: (data: object) => void warnings.push(JSON.stringify(data)) })
    await waitFor('three refused attempts', () => attempts, (n) => n >= 3, 5_000)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('401')
  })
})

function event(seq: number, session = 's1'): SessionEvent {
  return { type: 'round_started', round: 1, session_id: session, seq, ts: new Date(0).toISOString() }
}

let cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const c of cleanup.reverse()) await c()
  cleanup = []
})

function link(port: number, extra: Partial<ConstructorParameters<typeof DashboardLink>[0]> = {}) {
  const l = new DashboardLink({
    url: `ws://127.0.0.1:${port}/ws/orchestrator`, token: async () => 'jwt-abc', instance: 'test', statusOf: () => 'running',
    onCommand: async (command) => ({ ok: true, result: { echoed: command.action } }), initialBackoffMs: 20, maxBackoffMs: 100, syncTimeoutMs: 5_000, ...extra,
  })
  cleanup.push(() => l.close())
  return l
}

describe('dashboard link', () => {
  it('buffers events while the dashboard is down, then says hello and replays only what it lacks', async () => {
    const probe = fakeDashboard()
    const port = await probe.ready
    await probe.close()
    const l = link(port)
    const warnings: string[] = []
    l.start({ info: () => undefined, warn: (_fields, message) => warnings.push(message) })
    for (let seq = 1; seq <= 5; seq++) l.publish(event(seq))
    expect(l.pending('s1')).toBe(5)
    // The events stay buffered through a refused connection (the link says so), not only before the first try.
    await waitFor('a refused connection', () => warnings, (w) => w.some((m) => m.includes('connection failed')), 5_000)
    const dash = fakeDashboard(port, (socket, hello) => {
      for (const s of hello.sessions) socket.send(JSON.stringify({ type: 'stored', session_id: s.session_id, seq: 2 }))
    })
    cleanup.push(dash.close)
    await waitFor('dash.events().length >= 3', () => dash.events().length >= 3, Boolean, 5_000)
    expect(dash.auth[0]).toBe('Bearer jwt-abc')
    expect(dash.frames[0]).toMatchObject({ type: 'hello', instance: 'test', sessions: [{ session_id: 's1', status: 'running', last_seq: 5 }] })
    expect(dash.events()).toEqual([3, 4, 5])
    l.publish(event(6))
    await waitFor('dash.events().includes(6)', () => dash.events().includes(6), Boolean, 2_000)
    await waitFor('l.pending(\'s1\') === 0', () => l.pending('s1') === 0, Boolean, 2_000)
  })

  it('reconnects after the dashboard drops the socket and loses no event', async () => {
    const dash = fakeDashboard(0, (socket, hello) => {
      const stored = Math.max(0, ...dash.events())
      for (const s of hello.sessions) socket.send(JSON.stringify({ type: 'stored', session_id: s.session_id, seq: stored }))
    })
    cleanup.push(dash.close)
    const l = link(await dash.ready)
    l.start()
    await waitFor('l.connected', () => l.connected, Boolean, 2_000)
    l.publish(event(1))
    await waitFor('dash.events().includes(1)', () => dash.events().includes(1), Boolean, 2_000)
    dash.sockets[0]?.terminate()
    await waitFor('!l.connected', () => !l.connected, Boolean, 2_000)
    l.publish(event(2))
    l.publish(event(3))
    await waitFor('dash.sockets.length === 2 && dash.events().includes(3)', () => dash.sockets.length === 2 && dash.events().includes(3), Boolean, 5_000)
    expect(dash.frames.filter((f) => f.type === 'hello')).toHaveLength(2)
    expect(dash.events()).toEqual([1, 2, 3])
  })

  it('sends everything buffered when the dashboard never says what it stored', async () => {
    const dash = fakeDashboard()
    cleanup.push(dash.close)
    const port = await dash.ready
    const l = link(port, { syncTimeoutMs: 50 })
    l.publish(event(1, 'old'))
    l.start()
    await waitFor('dash.events().includes(1)', () => dash.events().includes(1), Boolean, 3_000)
  })

  it('answers a command frame with an ack frame carrying the same command_id', async () => {
    const dash = fakeDashboard()
    cleanup.push(dash.close)
    const l = link(await dash.ready)
    l.start()
    await waitFor('dash.sockets.length === 1 && l.connected', () => dash.sockets.length === 1 && l.connected, Boolean, 2_000)
    dash.sockets[0]?.send(JSON.stringify({ type: 'command', command_id: 'c-1', command: { action: 'pause', session_id: 's1' } }))
    dash.sockets[0]?.send('not json')
    await waitFor('dash.frames.some((f) => f.type === \'ack\')', () => dash.frames.some((f) => f.type === 'ack'), Boolean, 2_000)
    expect(dash.frames.find((f) => f.type === 'ack')).toEqual({ type: 'ack', command_id: 'c-1', ack: { ok: true, result: { echoed: 'pause' } } })
    expect(l.connected).toBe(true)
  })

  it('answers sync with the logged events, or session_unknown when it has no record', async () => {
    const dash = fakeDashboard()
    cleanup.push(dash.close)
    const asked: [string, number][] = []
    const l: DashboardLink = link(await dash.ready, {
      onSync: (id, afterSeq) => {
        asked.push([id, afterSeq])
        if (id !== 'ended') return false
        for (let seq = afterSeq + 1; seq <= 4; seq++) l.publish(event(seq, 'ended'))
        return true
      },
    })
    l.start()
    await waitFor('dash.sockets.length === 1 && l.connected', () => dash.sockets.length === 1 && l.connected, Boolean, 2_000)
    const socket = dash.sockets[0] as WebSocket
    socket.send(JSON.stringify({ type: 'sync', session_id: 'ended', after_seq: 2 }))
    socket.send(JSON.stringify({ type: 'sync', session_id: 'gone', after_seq: 7 }))
    await waitFor('dash.frames.some((f) => f.type === \'session_unknown\')', () => dash.frames.some((f) => f.type === 'session_unknown'), Boolean, 2_000)
    expect(asked).toEqual([['ended', 2], ['gone', 7]])
    expect(dash.frames.filter((f) => f.type === 'event').map((f) => f.type === 'event' && `${f.event.session_id}:${f.event.seq}`)).toEqual(['ended:3', 'ended:4'])
    expect(dash.frames.find((f) => f.type === 'session_unknown')).toEqual({ type: 'session_unknown', session_id: 'gone' })
  })
})
