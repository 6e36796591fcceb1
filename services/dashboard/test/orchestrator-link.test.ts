import type { AddressInfo } from 'node:net'
import Fastify from 'fastify'
import { afterEach, describe, expect, test } from 'vitest'
import WebSocket, { WebSocketServer } from 'ws'
import type { LinkHandlers } from '../src/ingest.js'
import { createCommandOutcomes } from '../src/command-outcomes.js'
import { openDb } from '../src/db.js'
import { createOrchestratorLink } from '../src/orchestrator-link.js'
import { waitFor } from '../../../test/support/poll.js'

// Short enough for a quick test, long enough that a live in-process client always answers in time.
const HEARTBEAT_MS = 250
const servers: WebSocketServer[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve))
})

/** A link behind a real WebSocket server, and the connection changes it reported; `logged`: its log lines. */
async function linkServer(commandTimeoutMs = 1_000, db = openDb(':memory:')) {
  const logged: { level: number; msg: string }[] = []
  const changes: boolean[] = []
  const handlers: LinkHandlers = {
    onEvents: () => new Map(),
    onHello: () => ({ stored: [], unnamed: [] }),
    onUnknown: () => undefined,
    onConnectionChange: (connected) => void changes.push(connected),
  }
  const logger = Fastify({ logger: { level: 'info', stream: { write: (line: string) => void logged.push(JSON.parse(line) as { level: number; msg: string }) } } }).log
  const link = createOrchestratorLink(handlers, logger, { commandTimeoutMs, late: createCommandOutcomes(db), heartbeatMs: HEARTBEAT_MS })
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  servers.push(server)
  server.on('connection', (socket) => link.accept(socket))
  await new Promise((resolve) => server.once('listening', resolve))
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { link, changes, url, logged }
}

const opened = (socket: WebSocket) => new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject) })
const closedWith = (socket: WebSocket) => new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)))

describe('the orchestrator link', () => {
  test('a second socket is closed at once (4409) while the first is live, and the first keeps the link', async () => {
    const { link, url } = await linkServer()
    const first = new WebSocket(url)
    await opened(first)
    const second = new WebSocket(url)
    expect(await closedWith(second)).toBe(4409)
    expect(link.connected()).toBe(true)
    first.close()
  })

  test('an owner that stops answering pings is dropped, and the next orchestrator gets the link', async () => {
    const { link, changes, url } = await linkServer()
    // A frozen process: the socket stays open but nothing answers the heartbeat.
    const frozen = new WebSocket(url, { autoPong: false })
    await opened(frozen)
    expect(link.connected()).toBe(true)
    expect(await closedWith(frozen)).toBe(1006)
    expect(link.connected()).toBe(false)
    const next = new WebSocket(url)
    let pings = 0
    next.on('ping', () => pings++)
    await opened(next)
    expect(link.connected()).toBe(true)
    // A live owner answers pings and keeps the link across several heartbeats: the third ping
    // is sent only after the second was answered.
    await waitFor('three heartbeats', () => pings, (n) => n >= 3, HEARTBEAT_MS * 20)
    expect(next.readyState).toBe(WebSocket.OPEN)
    expect(changes).toEqual([true, false, true])
    next.close()
  })

  test('a command answered after the deadline is pending, not failed; its late answer is logged, a refusal at warn, and so is one that never comes', async () => {
    const { link, url, logged } = await linkServer(100)
    const orchestrator = new WebSocket(url)
    await opened(orchestrator)
    const commands: { command_id: string; command: { action: string } }[] = []
    orchestrator.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { type: string; command_id: string; command: { action: string } }
      if (frame.type === 'command') commands.push(frame)
    })
    const pause = await link.command({ action: 'pause', session_id: 's1' })
    const resume = await link.command({ action: 'resume', session_id: 's1' })
    const stop = await link.command({ action: 'stop', session_id: 's1' })
    expect([pause, resume, stop].every((o) => 'pending' in o)).toBe(true)
    const ack = (i: number, ack: object) => orchestrator.send(JSON.stringify({ type: 'ack', command_id: commands[i]!.command_id, ack }))
    ack(0, { ok: true, session_id: 's1', result: { status: 'paused' } })
    ack(1, { ok: false, session_id: 's1', error: { code: 'SESSION_NOT_PAUSED', message: 'not paused' } })
    await waitFor('two late answers logged', () => logged.filter((l) => /late/.test(l.msg)).length, (n) => n === 2, 5_000)
    orchestrator.close()
    await waitFor('the link closed', () => link.connected(), (c) => !c, 5_000)
    const lines = logged.map((l) => [l.level, l.msg])
    expect(lines).toContainEqual([30, 'the orchestrator answered a pending command late: done'])
    expect(lines).toContainEqual([40, 'the orchestrator answered a pending command late: refused (SESSION_NOT_PAUSED)'])
    expect(lines).toContainEqual([40, 'a command answered 202 (pending) will get no answer: the link closed first'])
  })

  test('a command outcome the database cannot keep (its file gone bad) is logged; the command is still answered pending and the dashboard lives', async () => {
    const db = openDb(':memory:')
    const { link, url, logged } = await linkServer(100, db)
    const orchestrator = new WebSocket(url)
    await opened(orchestrator)
    // Every write from now on throws, as a full disk or an I/O error would; before, the deadline's timer threw it uncaught.
    db.close()
    expect(await link.command({ action: 'pause', session_id: 's1' })).toHaveProperty('pending')
    orchestrator.close()
    await waitFor('the link closed', () => link.connected(), (c) => !c, 5_000)
    const failures = logged.filter((l) => l.msg === 'could not keep what became of a command answered 202 (pending)')
    // Once when it went pending, once when the closing link left it unanswered.
    expect(failures.map((l) => l.level)).toEqual([50, 50])
  })
})
