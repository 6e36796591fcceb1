import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { DashboardApp } from '../src/app.js'
import { connectOrchestrator, createTestApp, events, operator, type Frames, type OrchestratorFrame } from './helpers.js'

let app: DashboardApp
let orch: Frames<OrchestratorFrame>

beforeEach(async () => {
  let sign: (scope: string) => Promise<string>
  ;({ app, sign } = await createTestApp({ profiles: ['demo', 'dev'] }))
  orch = await connectOrchestrator(app, await sign('events:publish'))
})
afterEach(() => app.close())

async function send(list: ReturnType<ReturnType<typeof events>['started']>[]) {
  for (const event of list) orch.send({ type: 'event', event })
  const last = list.at(-1)
  await orch.next((f) => f.type === 'stored' && f.session_id === last?.session_id && f.seq === last.seq)
}

async function playedSession(id: string) {
  const e = events(id)
  await send([e.started(1), e.sealed(2, 'hacker'), e.round(3, 1), e.message(4, 'planner', 'We go at 02:20.\n# not a heading'), e.toolCall(5, 'hacker', 'c1'),
    e.toolResult(6, 'hacker', 'c1', true), e.message(7, 'hacker', 'Cameras loop every 90 s', 'planner'), e.completed(8)])
}

describe('what the page asks the API', () => {
  test('the operator check answers 200 for the token and 401 for anything else, changing nothing', async () => {
    expect((await app.inject({ url: '/api/operator', headers: operator })).json()).toEqual({ operator: true })
    expect((await app.inject({ url: '/api/operator', headers: { authorization: 'Bearer wrong-token-wrong-token' } })).statusCode).toBe(401)
    const none = await app.inject('/api/operator')
    expect(none.statusCode).toBe(401)
    expect(none.json().error.code).toBe('AUTH_OPERATOR_REQUIRED')
  })

  test('profiles are listed for the start form', async () => {
    expect((await app.inject('/api/profiles')).json()).toEqual({ profiles: ['demo', 'dev'] })
  })

  test('sessions and search page with a total', async () => {
    for (const id of ['p1', 'p2', 'p3']) await playedSession(id)
    const first = (await app.inject('/api/sessions?limit=2')).json() as { sessions: { session_id: string }[]; total: number }
    const second = (await app.inject('/api/sessions?limit=2&offset=2')).json() as { sessions: { session_id: string }[]; total: number }
    expect(first.total).toBe(3)
    expect(first.sessions).toHaveLength(2)
    expect(second.sessions).toHaveLength(1)
    expect(new Set([...first.sessions, ...second.sessions].map((s) => s.session_id))).toEqual(new Set(['p1', 'p2', 'p3']))
    const page = (await app.inject('/api/search?q=Cameras&limit=2&offset=2')).json()
    expect(page).toMatchObject({ query: 'Cameras', total: 3, offset: 2 })
    expect(page.hits).toHaveLength(1)
    expect((await app.inject('/api/search?q=x&offset=-1')).statusCode).toBe(400)
    expect((await app.inject('/api/sessions?offset=nope')).statusCode).toBe(400)
  })
})

describe('export', () => {
  test('JSON lines: every public event in order, then the game line; the mole only after the reveal', async () => {
    await playedSession('x1')
    const reply = await app.inject('/api/sessions/x1/export.jsonl')
    expect(reply.headers['content-type']).toMatch(/application\/x-ndjson/)
    expect(reply.headers['content-disposition']).toBe('attachment; filename="heist-x1.jsonl"')
    const lines = reply.body.trim().split('\n').map((l) => JSON.parse(l) as { seq?: number; type: string; game?: { mole: string | null } })
    expect(lines.map((l) => l.seq ?? l.type)).toEqual([1, 3, 4, 5, 6, 7, 8, 'game'])
    expect(reply.body).not.toContain('false_info')
    expect(lines.at(-1)?.game?.mole).toBeNull()

    await app.inject({ method: 'POST', url: '/api/sessions/x1/reveal', headers: operator })
    const after = (await app.inject('/api/sessions/x1/export.jsonl')).body.trim().split('\n').at(-1) ?? ''
    expect(JSON.parse(after)).toMatchObject({ type: 'game', game: { revealed: true, mole: 'hacker', strategy: 'false_info' } })
  })

  test('Markdown: the team, messages as quotes (model markup stays text), tool calls, and the game', async () => {
    await playedSession('x2')
    const before = await app.inject('/api/sessions/x2/export.md')
    expect(before.headers['content-type']).toMatch(/text\/markdown/)
    expect(before.body).toContain('# Heist x2')
    expect(before.body).toContain('| hacker | hacker role |')
    expect(before.body).toContain('## Round 1')
    expect(before.body).toContain('> We go at 02:20.\n> \\# not a heading')
    expect(before.body).toContain('**hacker** · turn 7 · answers planner')
    expect(before.body).toContain('- ⚙ hacker calls `calculator`')
    expect(before.body).toContain('the mole: sealed until the reveal')
    expect(before.body).not.toContain('false_info')
    await app.inject({ method: 'POST', url: '/api/sessions/x2/reveal', headers: operator })
    expect((await app.inject('/api/sessions/x2/export.md')).body).toContain('the mole: **hacker**, strategy `false_info`')
  })

  test('an unknown session is a 404, a bad id a 400', async () => {
    expect((await app.inject('/api/sessions/nope/export.md')).statusCode).toBe(404)
    expect((await app.inject('/api/sessions/bad%20id/export.jsonl')).statusCode).toBe(400)
  })
})
