import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { DashboardApp } from '../src/app.js'
import { judge } from '../src/mole-game.js'
import { connectBrowser, connectOrchestrator, createTestApp, events, operator, type BrowserFrames, type Frames, type OrchestratorFrame } from './helpers.js'

let app: DashboardApp
let orch: Frames<OrchestratorFrame>
let sign: (scope: string, sub?: string) => Promise<string>

beforeEach(async () => {
  ;({ app, sign } = await createTestApp())
  orch = await connectOrchestrator(app, await sign('events:publish'))
})
afterEach(() => app.close())

async function play(sessionId: string, mole: string | null, extra: ReturnType<ReturnType<typeof events>['started']>[] = []) {
  const e = events(sessionId)
  const list = [e.started(1), e.sealed(2, mole, mole ? 'false_info' : null), e.message(3, 'planner', 'plan'), e.message(4, 'hacker', 'cams', 'planner'), ...extra]
  for (const event of list) orch.send({ type: 'event', event })
  await orch.next((f) => f.type === 'stored' && f.session_id === sessionId && f.seq === list.length)
}

const post = (url: string, payload?: unknown) => app.inject({ method: 'POST', url, headers: operator, ...(payload ? { payload } : {}) })

/** Everything a client could read about a session without being the one who reveals it. */
async function publicViews(sessionId: string): Promise<string[]> {
  const urls = [`/api/sessions/${sessionId}`, '/api/sessions', `/api/sessions/${sessionId}/events`, `/api/sessions/${sessionId}/game`,
    `/api/sessions/${sessionId}/analytics`, '/api/game/scoreboard', `/api/search?q=a`, '/api/analytics/overview',
    `/api/sessions/${sessionId}/export.jsonl`, `/api/sessions/${sessionId}/export.md`]
  const bodies = await Promise.all(urls.map((url) => app.inject(url).then((r) => r.body)))
  bodies.push((await app.inject({ url: `/api/sessions/${sessionId}/transcript`, headers: operator })).body)
  return bodies
}

const leaks = (text: string) => text.includes('"mole":"hacker"') || text.includes('false_info')

describe('the sealed game', () => {
  test('no REST reply or browser frame names the mole or the strategy before the reveal', async () => {
    const browser: BrowserFrames = await connectBrowser(app)
    browser.send({ type: 'subscribe', session_id: 'g1', after_seq: 0 })
    await play('g1', 'hacker')
    await post('/api/sessions/g1/guess', { agent: 'hacker' })
    const evaluated = await post('/api/sessions/g1/evaluate')
    expect(evaluated.json()).toMatchObject({ outcome: 'success', mole: null, strategy: null, revealed: false })
    for (const body of [...(await publicViews('g1')), evaluated.body]) expect(leaks(body)).toBe(false)
    // A repeated subscribe is answered with `synced` after every frame sent before it: the barrier.
    browser.send({ type: 'subscribe', session_id: 'g1', after_seq: 4 })
    await browser.next((f) => f.type === 'synced' && f.session_id === 'g1' && f.last_seq === 4)
    expect(browser.all.some((f) => f.type === 'game')).toBe(true)
    expect(browser.all.length).toBeGreaterThan(3)
    for (const frame of browser.all) expect(leaks(JSON.stringify(frame))).toBe(false)

    const revealed = await post('/api/sessions/g1/reveal')
    expect(revealed.json()).toMatchObject({ revealed: true, mole: 'hacker', strategy: 'false_info', guess: 'hacker', outcome: 'success' })
    await browser.next((f) => f.type === 'game' && f.game.revealed && f.game.mole === 'hacker')
  })

  // A decision (docs/security.md, "The guess"): evaluation ends the guessing game, so its outcome is
  // public at once, as the reveal the operator may then make; the guess it judged can no longer change.
  test('an outcome evaluated while the session runs is public at once, and the guess is final', async () => {
    await play('g6', 'hacker')
    await post('/api/sessions/g6/guess', { agent: 'hacker' })
    await post('/api/sessions/g6/evaluate')
    expect((await app.inject('/api/sessions/g6')).json()).toMatchObject({ status: 'running' })
    expect((await app.inject('/api/sessions/g6/game')).json()).toMatchObject({ guess: 'hacker', outcome: 'success', revealed: false, mole: null })
    expect((await post('/api/sessions/g6/guess', { agent: 'planner' })).json().error.code).toBe('GAME_ALREADY_EVALUATED')
    expect((await post('/api/sessions/g6/reveal')).json()).toMatchObject({ revealed: true, mole: 'hacker' })
  })

  test('reveal needs an evaluation or an ended session', async () => {
    await play('g2', 'intel')
    expect((await post('/api/sessions/g2/reveal')).json().error.code).toBe('GAME_NOT_OVER')
    const e = events('g2')
    orch.send({ type: 'event', event: e.completed(5) })
    await orch.next((f) => f.type === 'stored' && f.seq === 5)
    const revealed = await post('/api/sessions/g2/reveal')
    expect(revealed.statusCode).toBe(200)
    expect(revealed.json()).toMatchObject({ mole: 'intel', outcome: null })
  })

  test('no guess after the reveal: naming the revealed mole cannot be scored as a success', async () => {
    await play('g5', 'intel')
    await post('/api/sessions/g5/guess', { agent: 'hacker' })
    const e = events('g5')
    orch.send({ type: 'event', event: e.completed(5) })
    await orch.next((f) => f.type === 'stored' && f.session_id === 'g5' && f.seq === 5)
    expect((await post('/api/sessions/g5/reveal')).json()).toMatchObject({ mole: 'intel', outcome: null })
    const late = await post('/api/sessions/g5/guess', { agent: 'intel' })
    expect(late.statusCode).toBe(409)
    expect(late.json().error.code).toBe('GAME_REVEALED')
    // The guess made blind still stands and is what the evaluation judges.
    expect((await post('/api/sessions/g5/evaluate')).json()).toMatchObject({ guess: 'hacker', outcome: 'failure' })
    expect((await app.inject('/api/game/scoreboard')).json().human).toMatchObject({ played: 1, success: 0, failure: 1 })
  })

  test('a guess changes until evaluation; evaluation is final and repeatable', async () => {
    await play('g3', 'driver')
    expect((await post('/api/sessions/g3/guess', { agent: 'hacker' })).json().guess).toBe('hacker')
    expect((await post('/api/sessions/g3/guess', { agent: 'driver' })).json().guess).toBe('driver')
    expect((await post('/api/sessions/g3/guess', { agent: 'nosuchagent' })).statusCode).toBe(400)
    const first = await post('/api/sessions/g3/evaluate')
    expect(first.json()).toMatchObject({ outcome: 'success', already_evaluated: false })
    const late = await post('/api/sessions/g3/guess', { agent: 'hacker' })
    expect(late.statusCode).toBe(409)
    expect(late.json().error.code).toBe('GAME_ALREADY_EVALUATED')
    const again = await post('/api/sessions/g3/evaluate')
    expect(again.json()).toMatchObject({ outcome: 'success', already_evaluated: true, guess: 'driver' })
  })

  test('outcomes: wrong guess fails, no guess is busted, "nobody" wins a control game', async () => {
    expect([judge('hacker', 'intel'), judge(null, 'intel'), judge('nobody', null), judge('intel', null), judge('nobody', 'intel')])
      .toEqual(['failure', 'busted', 'success', 'failure', 'failure'])
    await play('c1', null)
    await post('/api/sessions/c1/guess', { agent: 'nobody' })
    expect((await post('/api/sessions/c1/evaluate')).json().outcome).toBe('success')
    await play('c2', 'lookout')
    expect((await post('/api/sessions/c2/evaluate')).json().outcome).toBe('busted')
  })

  test('evaluate without a sealed game or an unknown session is a clear 4xx', async () => {
    const e = events('u1')
    orch.send({ type: 'event', event: e.started(1) })
    await orch.next((f) => f.type === 'stored' && f.session_id === 'u1')
    expect((await post('/api/sessions/u1/evaluate')).json().error.code).toBe('GAME_NOT_SEALED')
    expect((await post('/api/sessions/zzz/evaluate')).statusCode).toBe(404)
  })
})

describe('scoreboard', () => {
  test('counts human outcomes over evaluated games and judges the detector only after the reveal', async () => {
    await play('a', 'hacker')
    await play('b', 'intel')
    const detection = (sessionId: string, suspect: string) => ({
      session_id: sessionId, created_at: new Date().toISOString(), mode: 'rules_only', model_error: null,
      weights: { rules: 0.6, model: 0.4, signals: { tool_usage: 0.25, timing: 0.3, message_anomaly: 0.2, information_quality: 0.25 } },
      suspect, confidence: 0.7, scores: [], timeline: [{ round: 1, scores: { hacker: 0.6, intel: 0.2 } }], message_count: 2,
    })
    const token = await sign('detections:write', 'detection')
    for (const [id, suspect] of [['a', 'hacker'], ['b', 'hacker']] as const) {
      const res = await app.inject({ method: 'POST', url: `/api/sessions/${id}/detections`, headers: { authorization: `Bearer ${token}` }, payload: detection(id, suspect) })
      expect(res.statusCode).toBe(201)
    }
    expect((await app.inject({ method: 'POST', url: '/api/sessions/a/detections', payload: detection('a', 'x') })).statusCode).toBe(401)
    await post('/api/sessions/a/guess', { agent: 'hacker' })
    await post('/api/sessions/a/evaluate')
    await post('/api/sessions/b/guess', { agent: 'driver' })
    await post('/api/sessions/b/evaluate')
    let board = (await app.inject('/api/game/scoreboard')).json()
    expect(board.human).toEqual({ played: 2, success: 1, failure: 1, busted: 0, accuracy: 0.5 })
    expect(board.detector).toEqual({ judged: 0, correct: 0, accuracy: null })
    await post('/api/sessions/a/reveal')
    await post('/api/sessions/b/reveal')
    board = (await app.inject('/api/game/scoreboard')).json()
    expect(board.detector).toEqual({ judged: 2, correct: 1, accuracy: 0.5 })
    expect(board.games.find((g: { session_id: string }) => g.session_id === 'b')).toMatchObject({ mole: 'intel', detector_suspect: 'hacker', detector_correct: false })
    expect((await app.inject('/api/sessions/a/detections/latest')).json().timeline[0].scores.hacker).toBe(0.6)
  })
})
