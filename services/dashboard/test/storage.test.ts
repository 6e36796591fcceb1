import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { DashboardApp } from '../src/app.js'
import { connectBrowser, connectOrchestrator, createTestApp, events, operator, type OrchestratorFrame, type Frames } from './helpers.js'

let app: DashboardApp
let orch: Frames<OrchestratorFrame>
let sign: (scope: string) => Promise<string>
const e = events('s1')

beforeEach(async () => {
  ;({ app, sign } = await createTestApp())
  orch = await connectOrchestrator(app, await sign('events:publish'))
})
afterEach(() => app.close())


/** Send events one by one, each acknowledged before the next, and return the acknowledgements. */
async function pushAll(list: ReturnType<typeof e.started>[]) {
  const acks: { type: 'stored'; session_id: string; seq: number }[] = []
  for (const event of list) {
    const count = orch.all.filter((f) => f.type === 'stored').length
    orch.send({ type: 'event', event })
    await orch.next(() => orch.all.filter((f) => f.type === 'stored').length > count)
    acks.push(orch.all.filter((f) => f.type === 'stored').at(-1) as (typeof acks)[number])
  }
  return acks
}

describe('event storage', () => {
  test('a replayed event is stored once and acknowledged with the contiguous seq', async () => {
    const acks = await pushAll([e.started(1), e.message(2, 'planner', 'hello'), e.message(2, 'planner', 'hello'), e.message(3, 'hacker', 'hi', 'planner')])
    expect(acks.map((a) => a.seq)).toEqual([1, 2, 2, 3])
    const transcript = await app.inject({ url: '/api/sessions/s1/transcript', headers: operator })
    expect(transcript.statusCode).toBe(200)
    expect(transcript.json().messages.map((m: { content: string }) => m.content)).toEqual(['hello', 'hi'])
    const detail = (await app.inject('/api/sessions/s1')).json()
    expect(detail).toMatchObject({ last_seq: 3, contiguous_seq: 3, gaps: [], message_count: 2, status: 'running' })
  })

  test('a gap is reported in the session detail until it is filled, and `stored` stays below it', async () => {
    const acks = await pushAll([e.started(1), e.message(2, 'planner', 'a'), e.message(5, 'hacker', 'b')])
    expect(acks.map((a) => a.seq)).toEqual([1, 2, 2])
    expect((await app.inject('/api/sessions/s1')).json()).toMatchObject({ last_seq: 5, contiguous_seq: 2, gaps: [{ from: 3, to: 4 }] })
    const filled = await pushAll([e.message(3, 'intel', 'c'), e.message(4, 'driver', 'd')])
    expect(filled.map((a) => a.seq)).toEqual([3, 5])
    expect((await app.inject('/api/sessions/s1')).json()).toMatchObject({ contiguous_seq: 5, gaps: [] })
  })

  test('the sealed event keeps its place in the sequence but is not in the public log', async () => {
    await pushAll([e.started(1), e.sealed(2, 'hacker'), e.message(3, 'planner', 'go')])
    const body = (await app.inject('/api/sessions/s1/events')).json()
    expect(body.events.map((x: { seq: number }) => x.seq)).toEqual([1, 3])
    expect(body.gaps).toEqual([])
  })

  test('tool calls are joined with their results in the transcript', async () => {
    await pushAll([e.started(1), e.toolCall(2, 'safecracker', 'c1'), e.toolResult(3, 'safecracker', 'c1', true), e.toolCall(4, 'intel', 'c2', 'query_db'), e.toolResult(5, 'intel', 'c2', false, 'query_db')])
    const t = (await app.inject({ url: '/api/sessions/s1/transcript', headers: operator })).json()
    expect(t.tool_calls).toEqual([
      expect.objectContaining({ call_id: 'c1', agent: 'safecracker', ok: true, result: '2', args: { expression: '1+1' } }),
      expect.objectContaining({ call_id: 'c2', tool: 'query_db', ok: false, error: { code: 'X', message: 'broken' } }),
    ])
  })
})

describe('reconnect', () => {
  test('after hello, the stored seq is acknowledged and the announced tail is a gap until it is replayed', async () => {
    await pushAll([e.started(1), e.message(2, 'planner', 'a')])
    orch.send({ type: 'hello', instance: 'o2', sessions: [{ session_id: 's1', status: 'completed', last_seq: 5 }] })
    await orch.next((f) => f.type === 'stored' && f.seq === 2 && orch.all.filter((x) => x.type === 'stored').length === 3)
    expect((await app.inject('/api/sessions/s1')).json()).toMatchObject({ status: 'running', last_seq: 5, contiguous_seq: 2, gaps: [{ from: 3, to: 5 }] })
    const acks = await pushAll([e.message(3, 'hacker', 'b'), e.message(4, 'intel', 'c'), e.completed(5)])
    expect(acks.map((a) => a.seq)).toEqual([3, 4, 5])
    expect((await app.inject('/api/sessions/s1')).json()).toMatchObject({ status: 'completed', contiguous_seq: 5, gaps: [] })
  })

  test('a running session the hello does not name is asked for; one the orchestrator has no record of is shown as failed', async () => {
    const other = events('s2')
    await pushAll([e.started(1), e.message(2, 'planner', 'a'), other.started(1), other.completed(2)])
    orch.send({ type: 'hello', instance: 'o2', sessions: [] })
    // Only s1 shows as running; s2 ended, so there is nothing to ask about it.
    const sync = await orch.next((f) => f.type === 'sync')
    expect(sync).toEqual({ type: 'sync', session_id: 's1', after_seq: 2 })
    // The orchestrator's log has the end: it arrives as ordinary events.
    await pushAll([e.completed(3)])
    expect((await app.inject('/api/sessions/s1')).json()).toMatchObject({ status: 'completed', contiguous_seq: 3 })

    const lost = events('s3')
    await pushAll([lost.started(1)])
    const browser = await connectBrowser(app)
    orch.send({ type: 'session_unknown', session_id: 's3' })
    await browser.next((f) => f.type === 'session' && f.session.session_id === 's3' && f.session.status === 'failed')
    expect((await app.inject('/api/sessions/s3')).json()).toMatchObject({ status: 'failed' })
    // A session that already ended is left as it was.
    orch.send({ type: 'session_unknown', session_id: 's1' })
    await pushAll([events('s4').started(1)])
    expect((await app.inject('/api/sessions/s1')).json()).toMatchObject({ status: 'completed' })
  })
})

describe('bursts', () => {
  test('a burst is stored in one go and acknowledged once with the highest contiguous seq', async () => {
    const burst = [e.started(1), ...Array.from({ length: 49 }, (_, i) => e.message(i + 2, 'planner', `m${i}`))]
    for (const event of burst) orch.send({ type: 'event', event })
    await orch.next((f) => f.type === 'stored' && f.seq === 50)
    expect(orch.all.filter((f) => f.type === 'stored').length).toBeLessThan(10)
    expect((await app.inject('/api/sessions/s1')).json()).toMatchObject({ message_count: 49, contiguous_seq: 50 })
  })
})

describe('browser replay', () => {
  test('a browser that subscribes late gets the history after its seq, then live events, without finished token deltas', async () => {
    await pushAll([e.started(1), e.delta(2, 'planner', 'hel'), e.delta(3, 'planner', 'lo'), e.message(4, 'planner', 'hello'), e.delta(5, 'hacker', 'h')])
    const browser = await connectBrowser(app)
    browser.send({ type: 'subscribe', session_id: 's1', after_seq: 0 })
    await browser.next((f) => f.type === 'synced')
    const seqs = () => browser.all.flatMap((f) => (f.type === 'event' ? [f.event.seq] : []))
    expect(seqs()).toEqual([1, 4, 5])
    await pushAll([e.message(6, 'hacker', 'hi')])
    await browser.next((f) => f.type === 'event' && f.event.seq === 6)

    const again = await connectBrowser(app)
    again.send({ type: 'subscribe', session_id: 's1', after_seq: 4 })
    await again.next((f) => f.type === 'synced')
    // The streamed tokens of seq 5 belong to a turn finished by message 6, so only the message is replayed.
    expect(again.all.flatMap((f) => (f.type === 'event' ? [f.event.seq] : []))).toEqual([6])
  })

  test('each synced names the subscribe it ends (ref), so A → B → A can tell its latest replay', async () => {
    await pushAll([e.started(1), e.message(2, 'planner', 'hello')])
    const browser = await connectBrowser(app)
    const syncs = () => browser.all.flatMap((f) => (f.type === 'synced' ? [f.ref] : []))
    browser.send({ type: 'subscribe', session_id: 's1', after_seq: 0, ref: 1 })
    await browser.next((f) => f.type === 'synced' && f.ref === 1)
    browser.send({ type: 'unsubscribe', session_id: 's1' })
    browser.send({ type: 'subscribe', session_id: 's1', after_seq: 0, ref: 2 })
    await browser.next((f) => f.type === 'synced' && f.ref === 2)
    // A repeated subscribe (no replay) answers with its own ref; one without a ref gets none.
    browser.send({ type: 'subscribe', session_id: 's1', after_seq: 2, ref: 3 })
    await browser.next((f) => f.type === 'synced' && f.ref === 3)
    browser.send({ type: 'subscribe', session_id: 's1', after_seq: 2 })
    await browser.next((f) => f.type === 'synced' && f.ref === undefined)
    expect(syncs()).toEqual([1, 2, 3, undefined])
  })

  test('a subscribe repeated while its history is still being sent gets one synced, after the history, with its ref', async () => {
    await pushAll([e.started(1), e.message(2, 'planner', 'hello'), e.message(3, 'hacker', 'hi', 'planner')])
    const browser = await connectBrowser(app)
    // Back to back: the second arrives while the first one's replay is still on its way.
    browser.send({ type: 'subscribe', session_id: 's1', after_seq: 0, ref: 1 })
    browser.send({ type: 'subscribe', session_id: 's1', after_seq: 0, ref: 2 })
    await browser.next((f) => f.type === 'event' && f.event.seq === 3)
    const last = browser.all.findIndex((f) => f.type === 'event' && f.event.seq === 3)
    await browser.next((f) => f.type === 'synced' && browser.all.indexOf(f) > last)
    const order = browser.all.flatMap((f) => (f.type === 'event' ? [`event ${f.event.seq}`] : f.type === 'synced' ? [`synced ${f.ref}`] : []))
    // A synced before the history would end the page's "loading history" early: the rest is logged as news.
    expect(order).toEqual(['event 1', 'event 2', 'event 3', 'synced 2'])
  })

  test('choosing sessions faster than the limit: the last subscribe waits for its token and runs; unsubscribes are free', async () => {
    const ids = ['s1', 's2', 's3', 's4', 's5', 's6', 's7']
    for (const id of ids) await pushAll([events(id).started(1), events(id).message(2, 'planner', `hello from ${id}`)])
    const browser = await connectBrowser(app)
    // As the page does per choice: leave the last session, subscribe to the next. 7 subscribes, a burst of 6.
    ids.forEach((id, i) => {
      if (i > 0) browser.send({ type: 'unsubscribe', session_id: ids[i - 1] })
      browser.send({ type: 'subscribe', session_id: id, after_seq: 0, ref: i + 1 })
    })
    await browser.next((f) => f.type === 'synced' && f.session_id === 's7' && f.ref === 7, 5_000)
    const of = (id: string) => browser.all.flatMap((f) => (f.type === 'event' && f.event.session_id === id ? [f.event.seq] : []))
    expect(of('s7')).toEqual([1, 2])
    expect(browser.all.filter((f) => f.type === 'error')).toEqual([])
    // Only s7 is live: the unsubscribes went through.
    await pushAll([events('s6').message(3, 'hacker', 'late'), events('s7').message(3, 'hacker', 'live')])
    await browser.next((f) => f.type === 'event' && f.event.session_id === 's7' && f.event.seq === 3)
    expect(of('s6')).not.toContain(3)
  })

  test('a held subscribe replaced by a later one is answered WS_RATE_LIMITED; the later one runs', async () => {
    const browser = await connectBrowser(app)
    for (let i = 1; i <= 8; i++) browser.send({ type: 'subscribe', session_id: `s${i}`, after_seq: 0, ref: i })
    await browser.next((f) => f.type === 'synced' && f.session_id === 's8' && f.ref === 8, 5_000)
    expect(browser.all.filter((f) => f.type === 'error').map((f) => f.type === 'error' && f.code)).toEqual(['WS_RATE_LIMITED'])
    expect(browser.all.some((f) => f.type === 'synced' && f.session_id === 's7')).toBe(false)
  })

  test('a bad browser frame gets an error frame and the socket stays usable', async () => {
    const browser = await connectBrowser(app)
    browser.socket.send('not json')
    await browser.next((f) => f.type === 'error' && f.code === 'WS_INVALID_JSON')
    browser.send({ type: 'subscribe', session_id: '../etc' })
    await browser.next((f) => f.type === 'error' && f.code === 'WS_INVALID_FRAME')
    browser.send({ type: 'subscribe', session_id: 's1', after_seq: 0 })
    await browser.next((f) => f.type === 'synced')
  })

  test('the orchestrator socket needs a token with events:publish', async () => {
    await expect(app.injectWS('/ws/orchestrator')).rejects.toThrow(/401/)
    await expect(app.injectWS('/ws/orchestrator', { headers: { authorization: `Bearer ${await sign('sessions:read')}` } })).rejects.toThrow(/403/)
    await expect(app.injectWS('/ws/orchestrator', { headers: { authorization: operator.authorization } })).rejects.toThrow(/401/)
  })
})

describe('the service transcript', () => {
  test('carries the profile the session ran with (detection weighs with it), and none when it ran without one', async () => {
    const p = events('with-profile')
    await pushAll([{ ...p.started(), profile: 'demo' } as ReturnType<typeof e.started>, p.message(2, 'planner', 'Plan: in by the roof.')])
    await pushAll([e.started(), e.message(2, 'planner', 'Plan: in by the roof.')])
    expect(app.eventStore.transcript('with-profile')?.profile).toBe('demo')
    expect(app.eventStore.transcript('s1')).not.toHaveProperty('profile')
  })
})
