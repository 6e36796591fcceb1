import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PublicSessionEvent, SessionEvent, type MessageEvent, type ToolResultEvent } from '@heist/shared'
import { beforeAll, describe, expect, it } from 'vitest'
import { drawGame, loadTeamConfig } from '../../services/orchestrator/src/engine/index.js'
import { operatorAuth, ROOT } from '../support/fleet.js'
import { waitFor } from '../support/poll.js'
import { sharedFleet } from '../support/shared-fleet.js'
import { sseData } from '@heist/shared/sse'

// The real fleet: oauth, the three tools, memory, llm-sim, dashboard and the orchestrator.
// (A dashboard that goes away mid-session is test/faults/dashboard-lossless.test.ts, on the faults project's fleet.)
const SEED = 20_251_123
const team = loadTeamConfig(join(ROOT, 'config'))
const fleet = sharedFleet()
const auth = operatorAuth(fleet)

async function api(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${fleet.urls.orchestrator}${path}`, {
    method, headers: { ...auth, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined,
  })
  return { status: response.status, json: await response.json() as Record<string, unknown> }
}

/** Start a session and read its SSE stream to the end. */
async function play(sessionId: string, seed: number, profile?: string): Promise<PublicSessionEvent[]> {
  const started = await api('POST', '/sessions', { rounds: 3, seed, session_id: sessionId, ...(profile ? { profile } : {}) })
  expect(started.status, JSON.stringify(started.json)).toBe(201)
  const response = await fetch(`${fleet.urls.orchestrator}/sessions/${sessionId}/events`, { headers: auth, signal: AbortSignal.timeout(60_000) })
  const text = await response.text()
  return sseData(text).map((data) => PublicSessionEvent.parse(JSON.parse(data)))
}

/** The dashboard's record of a session (404 until its first event is stored: an error the wait polls through). */
async function dashboardTranscript(id: string): Promise<{ status?: string; messages?: unknown[] }> {
  const response = await fetch(`${fleet.urls.dashboard}/api/sessions/${id}/transcript`, { headers: auth })
  if (!response.ok) throw new Error(`transcript of ${id}: HTTP ${response.status}`)
  return await response.json() as { status?: string; messages?: unknown[] }
}

const messages = (events: PublicSessionEvent[]) => events.filter((e): e is MessageEvent => e.type === 'message')
const results = (events: PublicSessionEvent[]) => events.filter((e): e is ToolResultEvent => e.type === 'tool_result')

describe('a 6-agent, 3-round session on the real fleet', () => {
  let first: PublicSessionEvent[]

  beforeAll(async () => {
    first = await play('it-first', SEED)
  })

  it('completes with a message from every agent in every round', () => {
    const types = first.map((e) => e.type)
    expect(types.at(-1), fleet.logs('orchestrator').join('\n')).toBe('session_completed')
    expect(types).not.toContain('session_error')
    expect(messages(first).map((m) => m.agent)).toEqual(Array.from({ length: 3 }, () => team.heist.session.turn_order).flat())
    expect(first.map((e) => e.seq)).toEqual([...first.map((e) => e.seq)].sort((a, b) => a - b))
  })

  it('has the hacker, safecracker and intel make real tool calls with results', () => {
    for (const [agent, tool] of [['hacker', 'read_file'], ['safecracker', 'calculator'], ['intel', 'query_db']]) {
      const ok = results(first).filter((r) => r.agent === agent && r.tool === tool && r.ok)
      expect(ok.length, `${agent} ${tool}: ${JSON.stringify(results(first).filter((r) => r.agent === agent))}`).toBeGreaterThan(0)
      expect(ok[0]?.result?.length).toBeGreaterThan(0)
    }
  })

  it('puts the calculator result in the safecracker\'s message of the same turn', () => {
    const calc = results(first).filter((r) => r.tool === 'calculator' && r.ok)
    const matched = calc.some((r) => {
      const value = /=\s*(-?[\d,.]+)/.exec(r.result ?? '')?.[1] ?? r.result ?? ''
      const message = messages(first).find((m) => m.turn === r.turn && m.agent === 'safecracker')
      return value !== '' && (message?.content.includes(value) || message?.content.includes(value.replace(/,/g, '')))
    })
    expect(matched, JSON.stringify({ calc, said: messages(first).filter((m) => m.agent === 'safecracker').map((m) => m.content) })).toBe(true)
  })

  it('drew the mole the seed predicts, whose instructions appear in no event', async () => {
    const reveal = await api('GET', '/sessions/it-first/reveal')
    const expected = drawGame({ seed: SEED, agents: team.heist.session.turn_order })
    expect(reveal.json).toMatchObject({ mole: expected.mole, strategy: expected.strategy, seed: SEED })
    const published = first.map((e) => JSON.stringify(e)).join('\n')
    const instructions = team.heist.mole.strategies[expected.strategy!].instructions
    for (const secret of [team.heist.mole.preamble, JSON.stringify(instructions).slice(1, -1), 'SABOTAGE']) expect(published).not.toContain(secret)
    const status = await api('GET', '/sessions/it-first')
    expect(Object.keys(status.json)).not.toEqual(expect.arrayContaining(['mole']))
    expect(JSON.stringify(status.json)).not.toMatch(/"(mole|strategy|seed)"|sabotage/i)
  })

  it('keeps every event, sealed one included, in the jsonl audit log', () => {
    const lines = readFileSync(join(fleet.dataDir, 'orchestrator', 'sessions', 'it-first.jsonl'), 'utf8').trim().split('\n')
    const logged = lines.map((l) => SessionEvent.parse(JSON.parse(l)))
    expect(logged.map((e) => e.seq)).toEqual(logged.map((_, i) => i + 1))
    expect(logged.find((e) => e.type === 'game_sealed')).toMatchObject({ seed: SEED })
  })

  it('delivers the session to the dashboard over the orchestrator socket', async () => {
    const transcript = await waitFor('the dashboard to hold the completed session', () => dashboardTranscript('it-first'), (t) => t.status === 'completed', 10_000)
    expect(transcript.messages).toHaveLength(18)
  })

  it('replays the same transcript from the same seed', async () => {
    const replay = await play('it-replay', SEED)
    const transcript = (events: PublicSessionEvent[]) => ({
      messages: messages(events).map((m) => [m.round, m.agent, m.content]),
      tools: results(events).map((r) => [r.agent, r.tool, r.ok, r.result]),
    })
    expect(transcript(replay)).toEqual(transcript(first))
    const reveal = await api('GET', '/sessions/it-replay/reveal')
    expect(reveal.json.mole).toBe(drawGame({ seed: SEED, agents: team.heist.session.turn_order }).mole)
  })
})

/** What must not depend on the transport: every public event but the clock's and the stream's chunking. */
function comparable(events: PublicSessionEvent[], sessionId: string): unknown[] {
  return events.filter((e) => e.type !== 'token_delta').map((e) => {
    const { ts: _ts, seq: _seq, session_id: _id, ...rest } = e as Record<string, unknown>
    for (const timing of ['duration_ms', 'latency_ms', 'profile']) delete rest[timing]
    return JSON.parse(JSON.stringify(rest).replaceAll(sessionId, '<id>'))
  })
}

describe('tools over MCP (the mcp profile: tools.transport = mcp)', () => {
  it('plays the same game from the same seed: same events, same tool log for the detector', async () => {
    const rest = await play('it-rest-twin', SEED)
    const mcp = await play('it-mcp', SEED, 'mcp')
    expect(mcp.at(-1)?.type, fleet.logs('orchestrator').join('\n')).toBe('session_completed')
    expect(results(mcp).filter((r) => r.ok).map((r) => r.tool)).toEqual(expect.arrayContaining(['calculator', 'read_file', 'query_db']))
    expect(comparable(mcp, 'it-mcp')).toEqual(comparable(rest, 'it-rest-twin'))
    const toolLog = async (id: string) => {
      const response = await fetch(`${fleet.urls.dashboard}/api/sessions/${id}/transcript`, { headers: auth })
      const transcript = await response.json() as { tool_calls: Record<string, unknown>[] }
      return transcript.tool_calls.map(({ seq: _seq, duration_ms: _ms, ...call }) => JSON.parse(JSON.stringify(call).replaceAll(id, '<id>')))
    }
    const logs = await waitFor('both tool logs on the dashboard', () => Promise.all([toolLog('it-rest-twin'), toolLog('it-mcp')]), (l) => Boolean(l[0]?.length) && l[0]?.length === l[1]?.length, 10_000)
    expect(logs[0]?.length).toBeGreaterThan(0)
    expect(logs[1]).toEqual(logs[0])
  }, 120_000)
})

describe('heist.yaml is the live memory service\'s one source of settings', () => {
  it("a profile's memory.compression_threshold_messages changes when the memory service compresses", async () => {
    const demo = loadTeamConfig(join(ROOT, 'config'), 'demo').heist.memory
    expect(demo.compression_threshold_messages).not.toBe(team.heist.memory.compression_threshold_messages)
    // The first summary covers every message but the newest `recent_messages`, once more than the threshold are uncovered.
    const firstCover = (events: PublicSessionEvent[]) => events.find((e) => e.type === 'memory_compressed')
    const expected = (m: typeof demo) => m.compression_threshold_messages + 1 - 1 - m.recent_messages
    const base = await play('it-memory-base', 7)
    const withDemo = await play('it-memory-demo', 7, 'demo')
    expect(firstCover(base), fleet.logs('memory').join('\n')).toMatchObject({ covers_through: expected(team.heist.memory) })
    expect(firstCover(withDemo), fleet.logs('memory').join('\n')).toMatchObject({ covers_through: expected(demo) })
  }, 120_000)
})

// What `pnpm heist` runs (package.json), without pnpm: crash-resume.test.ts runs it through pnpm.
describe('pnpm heist', () => {
  it('runs a session and prints its public events as JSON lines, then the reveal', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/heist.mjs'), 'run', '--rounds', '1', '--seed', '42', '--json'], {
      cwd: ROOT, encoding: 'utf8', timeout: 60_000,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HEIST_ORCHESTRATOR_URL: fleet.urls.orchestrator ?? '', HEIST_OPERATOR_TOKEN: fleet.env.HEIST_OPERATOR_TOKEN ?? '' },
    })
    expect(result.status, result.stderr).toBe(0)
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; mole?: string; seed?: number })
    expect(lines.filter((l) => l.type === 'message')).toHaveLength(6)
    expect(lines.map((l) => l.type)).not.toContain('token_delta')
    expect(lines.at(-1)).toEqual({ type: 'reveal', mole: drawGame({ seed: 42, agents: team.heist.session.turn_order }).mole, strategy: expect.any(String), seed: 42 })
  })

  it('says in one line that the fleet is not running, and exits non-zero', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/heist.mjs'), 'run'], {
      cwd: ROOT, encoding: 'utf8', timeout: 60_000,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HEIST_ORCHESTRATOR_URL: 'http://127.0.0.1:9', HEIST_OPERATOR_TOKEN: 'x'.repeat(20) },
    })
    expect(result.status).toBe(1)
    expect(result.stderr.trim()).toBe('heist: orchestrator is not reachable at http://127.0.0.1:9 — start the fleet with `pnpm start`, or point HEIST_ORCHESTRATOR_URL at a fleet on other ports (`pnpm start --status` lists them)')
  })
})
