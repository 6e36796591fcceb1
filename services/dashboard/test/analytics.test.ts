import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { DashboardApp } from '../src/app.js'
import { likePattern } from '../src/analytics.js'
import { connectOrchestrator, createTestApp, events } from './helpers.js'

let app: DashboardApp

beforeEach(async () => {
  let sign: (scope: string) => Promise<string>
  ;({ app, sign } = await createTestApp())
  const orch = await connectOrchestrator(app, await sign('events:publish'))
  const e = events('s1')
  const list = [
    e.started(1), e.round(2, 1), e.message(3, 'planner', 'We go at 100% speed_now'), e.toolCall(4, 'safecracker', 'c1'), e.toolResult(5, 'safecracker', 'c1', true),
    e.toolCall(6, 'safecracker', 'c2'), e.toolResult(7, 'safecracker', 'c2', false), e.message(8, 'safecracker', '45 minutes', 'planner'),
    e.message(9, 'planner', 'ok', 'safecracker'), e.message(10, 'hacker', 'cams', 'planner', 2),
  ]
  for (const event of list) orch.send({ type: 'event', event })
  await orch.next((f) => f.type === 'stored' && f.seq === list.length)
})
afterEach(() => app.close())

describe('analytics', () => {
  test('messages per agent and round, tool success per tool and agent, who answers whom', async () => {
    const a = (await app.inject('/api/sessions/s1/analytics')).json()
    expect(a.agents.find((x: { agent: string }) => x.agent === 'safecracker')).toMatchObject({ messages: 1, tool_calls: 2, tool_success_rate: 0.5, prompt_tokens: 100, avg_latency_ms: 50 })
    expect(a.rounds).toEqual([{ round: 1, agent: 'planner', messages: 2 }, { round: 1, agent: 'safecracker', messages: 1 }, { round: 2, agent: 'hacker', messages: 1 }])
    expect(a.tools).toEqual([{ tool: 'calculator', calls: 2, ok: 1, failed: 1, success_rate: 0.5, avg_duration_ms: 3 }])
    expect(a.interactions).toEqual([
      { from: 'hacker', to: 'planner', count: 1 }, { from: 'planner', to: 'safecracker', count: 1 }, { from: 'safecracker', to: 'planner', count: 1 },
    ])
    expect((await app.inject('/api/analytics/overview')).json()).toMatchObject({ sessions: 1, running: 1, messages: 4, tool_calls: 2, tool_success_rate: 0.5, orchestrator_connected: true })
    expect((await app.inject('/api/sessions/s1')).json()).toMatchObject({ current_round: 2, message_count: 4, tool_call_count: 2 })
  })

  test('a tool call still waiting for its result counts as a call, neither ok nor failed (was a 500: SUM over NULLs)', async () => {
    const { app: fresh, sign } = await createTestApp()
    try {
      const orch = await connectOrchestrator(fresh, await sign('events:publish'))
      const e = events('s2')
      const list = [e.started(1), e.round(2, 1), e.toolCall(3, 'safecracker', 'c1')]
      for (const event of list) orch.send({ type: 'event', event })
      await orch.next((f) => f.type === 'stored' && f.seq === list.length)
      const reply = await fresh.inject('/api/sessions/s2/analytics')
      expect(reply.statusCode).toBe(200)
      expect(reply.json().tools).toEqual([{ tool: 'calculator', calls: 1, ok: 0, failed: 0, success_rate: null, avg_duration_ms: null }])
    } finally {
      await fresh.close()
    }
  })

  test('search treats % and _ as plain text', async () => {
    expect(likePattern('100%_x\\')).toBe('%100\\%\\_x\\\\%')
    const hits = (q: string) => app.inject(`/api/search?q=${encodeURIComponent(q)}`).then((r) => r.json().hits.map((h: { content: string }) => h.content))
    expect(await hits('100%')).toEqual(['We go at 100% speed_now'])
    expect(await hits('%')).toEqual(['We go at 100% speed_now'])
    expect(await hits('d_n')).toEqual(['We go at 100% speed_now'])
    expect(await hits('_')).toEqual(['We go at 100% speed_now'])
    expect(await hits('CAMS')).toEqual(['cams'])
  })

  test('compare lists several sessions; the OpenAPI description covers the REST API', async () => {
    expect((await app.inject('/api/sessions/compare?ids=s1,nope')).statusCode).toBe(404)
    const spec = (await app.inject('/openapi.json')).json()
    expect(spec.openapi).toMatch(/^3\./)
    for (const path of ['/api/sessions', '/api/sessions/{id}/transcript', '/api/sessions/{id}/guess', '/api/game/scoreboard', '/api/search']) expect(spec.paths).toHaveProperty([path])
    expect(spec.paths['/api/sessions/{id}/guess'].post.requestBody).toBeDefined()
  })
})
