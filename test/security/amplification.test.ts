/**
 * Threat: an anonymous caller makes the fleet do or send far more than it asks for: detection
 * runs (CPU and a model call each) and history replays on the dashboard's public `/ws`.
 * Real processes: the dashboard, detection, oauth and llm-sim, reached over loopback.
 */
import type { SessionEvent } from '@heist/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { clientToken, startFleet, type TestFleet } from '../support/fleet.js'
import { waitFor } from '../support/poll.js'

const SESSION = 'amp-big'
const MESSAGES = 1_200
/**
 * The session the detection tests score: a game's length. Scoring the 1 200-message one cost the
 * detector ~6 CPU s and ~12 s for nothing these tests check (who may ask, the answer from the store).
 */
const SCORED = 'amp-scored'
/** Distinct sessions scored at once by the burst test: more than one running plus the waiting room. */
const BURST = 12
const agents = ['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout']
let fleet: TestFleet
const wsBase = () => (fleet.urls.dashboard as string).replace(/^http/, 'ws')

/** A session with a long history, sent as the orchestrator would over its socket. */
async function seedSession(token: string, sessionId: string, messages: number): Promise<void> {
  const socket = new WebSocket(`${wsBase()}/ws/orchestrator`, { headers: { authorization: `Bearer ${token}` } })
  await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject) })
  const ts = new Date().toISOString()
  const events: SessionEvent[] = [{ session_id: sessionId, seq: 1, ts, type: 'session_started', rounds: 200, turn_order: agents, agents: agents.map((name) => ({ name, role: name, colour: '#123456' })), model: 'heist-sim' }]
  for (let i = 0; i < messages; i++) {
    const agent = agents[i % agents.length] as string
    events.push({ session_id: sessionId, seq: i + 2, ts, type: 'message', round: Math.floor(i / 6) + 1, turn: i + 1, agent, message_id: `${sessionId}-m${i + 1}`,
      content: `${agent} reports line ${i}: ${'the vault timer and the guard rotation check out. '.repeat(14)}`, reply_to: null, prompt_tokens: 500, completion_tokens: 180, latency_ms: 40 })
  }
  const stored = new Promise<void>((resolve) => socket.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { type: string; seq?: number }
    if (frame.type === 'stored' && frame.seq === messages + 1) resolve()
  }))
  for (const event of events) socket.send(JSON.stringify({ type: 'event', event }))
  await stored
  // Wait for the close: the link has one owner, and the next seeding connects as soon as this returns.
  await new Promise((resolve) => { socket.once('close', resolve); socket.close() })
}

/**
 * Open a browser socket, send `frames`, and count what comes back until `until` holds (the answers
 * that must come, however slowly a loaded machine sends them) and then it has been quiet for a while
 * (whatever more would come: the amplification these tests look for).
 */
async function browser(frames: unknown[], quietMs = 1_500, until: (received: { type: string; session_id?: string }[]) => boolean = () => true): Promise<{ eventBytes: number; frames: { type: string; code?: string }[]; closeCode: number | null }> {
  const socket = new WebSocket(`${wsBase()}/ws`)
  const received: { type: string; code?: string; session_id?: string }[] = []
  let eventBytes = 0
  let closeCode: number | null = null
  let last = Date.now()
  socket.on('message', (data: Buffer) => {
    last = Date.now()
    const frame = JSON.parse(String(data)) as { type: string; code?: string }
    if (frame.type === 'event') eventBytes += data.length
    received.push(frame)
  })
  socket.on('close', (code) => { closeCode = code })
  await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject) })
  for (const frame of frames) socket.send(JSON.stringify(frame))
  await waitFor('the answers that must come', () => received, (r) => until(r) || closeCode !== null, 60_000)
  while (Date.now() - last < quietMs && closeCode === null) await new Promise((r) => setTimeout(r, 100))
  socket.close()
  return { eventBytes, frames: received, closeCode }
}

beforeAll(async () => {
  // The model answers at a real model's pace, so a detection run holds its slot long enough for a burst to queue behind it.
  fleet = await startFleet({ only: ['detection'], env: { LLM_SIM_TOKENS_PER_S: '400' } })
  const token = await clientToken(fleet, 'orchestrator', { resource: 'dashboard' })
  await seedSession(token, SESSION, MESSAGES)
  await seedSession(token, SCORED, 24)
  for (let i = 0; i < BURST; i++) await seedSession(token, `${SESSION}-${i}`, 24)
})
afterAll(async () => {
  await fleet?.close()
})

describe('the public /ws cannot amplify', () => {
  const subscribe = { type: 'subscribe', session_id: SESSION, after_seq: 0 }
  let oneReplay = 0

  beforeAll(async () => {
    // The whole history: the replay ends with its `synced` (a pause longer than the quiet period, on a
    // loaded machine, would count part of a replay as the whole).
    oneReplay = (await browser([subscribe], 1_500, (r) => r.some((f) => f.type === 'synced' && f.session_id === SESSION))).eventBytes
  })

  it('replays a long history once, page by page', async () => {
    expect(oneReplay).toBeGreaterThan(MESSAGES * 700)
  })

  it('50 subscribe frames for one session get one replay, not fifty', async () => {
    const { eventBytes, frames } = await browser(Array.from({ length: 50 }, () => subscribe), 1_500, (r) => r.some((f) => f.type === 'synced'))
    expect(eventBytes).toBeLessThanOrEqual(oneReplay * 1.05)
    // Every subscribe is answered, none before the history: a repeat that arrives while the history is
    // still being sent is answered by the replay's own `synced`, after its last event (5bd8aa9).
    const types = frames.map((f) => f.type)
    expect(types).toContain('synced')
    expect(types.indexOf('synced')).toBeGreaterThan(types.lastIndexOf('event'))
  })

  it('subscription changes are rate-limited: 24 unsubscribe/subscribe pairs replay a handful of times at most', async () => {
    // 49 frames: under the flood limit (50 a second), so this is the rate limit's work, not a closed socket.
    const churn = Array.from({ length: 24 }, () => [{ type: 'unsubscribe', session_id: SESSION }, subscribe]).flat()
    const { eventBytes, frames } = await browser([subscribe, ...churn])
    expect(eventBytes).toBeLessThanOrEqual(oneReplay * 4)
    // Past the burst a subscribe waits for its token (only the latest one per socket), so the last one is answered in full.
    expect(frames.at(-1)?.type).toBe('synced')
  })

  it('subscribes past the limit to other sessions: each one replaced before its turn is refused, only the last runs', async () => {
    const many = Array.from({ length: BURST }, (_, i) => ({ type: 'subscribe', session_id: `${SESSION}-${i}`, after_seq: 0 }))
    const { frames } = await browser([subscribe, ...many], 1_500, (r) => r.some((f) => f.type === 'synced' && f.session_id === many.at(-1)?.session_id))
    const synced = frames.flatMap((f) => (f.type === 'synced' ? [(f as { session_id?: string }).session_id] : []))
    // The burst of 6 (the long session and five small ones), then the last of the rest; the others in between get WS_RATE_LIMITED.
    expect(synced.sort()).toEqual([SESSION, ...many.slice(0, 5).map((f) => f.session_id), many.at(-1)?.session_id].sort())
    expect(frames.filter((f) => f.type === 'error' && f.code === 'WS_RATE_LIMITED').length).toBe(BURST - 6)
  })

  it('a flood of frames closes the socket (policy violation) instead of being answered one by one', async () => {
    // Waits for the close itself (at most waitFor's minute), not for half a second of quiet: on a loaded
    // machine the server may read the flood later than that, and the test then failed with the socket open.
    const { closeCode, frames } = await browser(Array.from({ length: 400 }, () => 'not json'), 500, () => false)
    expect(closeCode).toBe(1008)
    expect(frames.length).toBeLessThan(100)
  })

  it('the dashboard stays healthy for others while replays run', async () => {
    const replays = Promise.all(Array.from({ length: 4 }, () => browser([subscribe], 500)))
    const health = await fetch(`${fleet.urls.dashboard}/health`)
    expect(health.status).toBe(200)
    await replays
  })
})

describe('POST /detect is not anonymous heavy work', () => {
  const detect = (headers: Record<string, string>) => fetch(`${fleet.urls.detection}/detect`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ session_id: SCORED }),
  })

  it('refuses anonymous callers and clients without detection:run, before any work', async () => {
    expect((await detect({})).status).toBe(401)
    expect((await detect({ authorization: `Bearer ${await clientToken(fleet, 'detection', { resource: 'detection' })}` })).status).toBe(403)
  })

  it('scores for the operator or the dashboard, and an unchanged transcript is answered from the store', async () => {
    const first = await detect({ authorization: `Bearer ${fleet.env.HEIST_OPERATOR_TOKEN}` })
    expect(first.status, await first.clone().text()).toBe(200)
    expect(first.headers.get('x-detection-cached')).toBe('false')
    const again = await detect({ authorization: `Bearer ${await clientToken(fleet, 'dashboard', { resource: 'detection' })}` })
    expect(again.status).toBe(200)
    expect(again.headers.get('x-detection-cached')).toBe('true')
    expect((await again.json()).created_at).toBe((await first.json()).created_at)
    // The dashboard keeps one copy of a result delivered twice.
    const stored = await waitFor('the dashboard to hold the result', async () => (await fetch(`${fleet.urls.dashboard}/api/sessions/${SCORED}/detections/latest`)).status, (s) => s === 200, 10_000)
    expect(stored).toBe(200)
  })

  it('a burst of distinct sessions is bounded: the excess gets 429 with Retry-After, never a 5xx', async () => {
    const operator = { authorization: `Bearer ${fleet.env.HEIST_OPERATOR_TOKEN}` }
    const replies = await Promise.all(Array.from({ length: BURST }, (_, i) => fetch(`${fleet.urls.detection}/detect`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...operator }, body: JSON.stringify({ session_id: `${SESSION}-${i}` }),
    })))
    const statuses = replies.map((r) => r.status)
    expect(statuses.every((s) => s < 500), statuses.join(',')).toBe(true)
    expect(statuses.filter((s) => s === 200).length, statuses.join(',')).toBeGreaterThan(0)
    const busy = replies.filter((r) => r.status === 429)
    expect(busy.length, statuses.join(',')).toBeGreaterThan(0)
    expect(busy[0]?.headers.get('retry-after')).toMatch(/^\d+$/)
  })
})

describe('the whole file', () => {
  it('left no error in any service log (every refusal above was a clear 4xx)', () => {
    expect(fleet.errors()).toEqual([])
  })
})
