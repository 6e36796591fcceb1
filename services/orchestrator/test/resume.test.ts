import { createHash } from 'node:crypto'
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SessionEvent } from '@heist/shared'
import { describe, expect, it } from 'vitest'
import { createEventLog, type EventLog } from '../src/adapters/event-log.js'
import {
  createInProcessMemory, createScriptedModel, HeistSession, resumePointFrom, type ChatRequest, type MemoryBackend, type ScriptedReply, type TeamConfig,
} from '../src/engine/index.js'
import { SessionManager } from '../src/sessions.js'
import { agentOf, CONFIG_DIR, fakeTools, ofType, team } from './helpers.js'

/**
 * A model whose every reply depends on the whole request (as llm-sim's does): a resumed turn
 * only says the same thing if it was given exactly the same prompt, memory and orders.
 */
function echoScript(request: ChatRequest): ScriptedReply {
  const agent = agentOf(request)
  const last = request.messages.at(-1)
  const digest = createHash('sha256').update(JSON.stringify(request.messages)).digest('hex').slice(0, 10)
  if (agent === 'safecracker' && request.tools && last?.role !== 'tool') return { toolCalls: [{ name: 'calculator', arguments: { expression: '45*60' } }] }
  return `${agent} says ${digest}`
}

const OPTIONS = { seed: 7, rounds: 2, mole: 'random', strategy: 'random' } as const

function run(t: TeamConfig, memory: MemoryBackend, sink: (e: SessionEvent) => void, resume?: SessionEvent[]) {
  const session = new HeistSession({ sessionId: 'r1', team: t, options: OPTIONS, ...(resume ? { resume: resumePointFrom(resume) } : {}) }, {
    model: createScriptedModel(echoScript), tools: fakeTools(), memory, sink,
  })
  return session
}

const messagesOf = (events: SessionEvent[]) => ofType(events, 'message').map((m) => [m.turn, m.agent, m.message_id, m.reply_to, m.content].join('|'))

describe('resume from the event log', () => {
  it('from a crash at any point of the log, the finished transcript equals an uninterrupted run', async () => {
    const t = team()
    const full: SessionEvent[] = []
    await run(t, createInProcessMemory(t.heist.memory), (e) => full.push(e)).run()
    expect(full.at(-1)?.type).toBe('session_completed')
    // Every prefix of the log is a state a kill -9 can leave behind (memory holds what was appended).
    for (let cut = 3; cut < full.length - 1; cut++) {
      const prefix = full.slice(0, cut)
      const memory = createInProcessMemory(t.heist.memory)
      const appended = ofType(prefix, 'message')
      // The crash may come between a message event and its memory append.
      for (const m of appended.slice(0, cut % 2 === 0 ? appended.length : -1)) await memory.append('r1', { message_id: m.message_id, agent: m.agent, round: m.round, content: m.content })
      const after: SessionEvent[] = []
      const status = await run(t, memory, (e) => after.push(e), prefix).run()
      const all = [...prefix, ...after]
      expect(status, `cut at ${cut}`).toBe('completed')
      expect(messagesOf(all), `cut at ${cut} (${prefix.at(-1)?.type})`).toEqual(messagesOf(full))
      expect(all.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1))
      expect(ofType(all, 'round_started').map((e) => e.round)).toEqual([1, 2])
    }
  })

  it('keeps a paused session paused and an undelivered order pending across the restart', async () => {
    const t = team()
    const events: SessionEvent[] = []
    // The scripted model answers at once: act from the sink, at the exact events.
    const first = run(t, createInProcessMemory(t.heist.memory), (e) => {
      events.push(e)
      if (e.type === 'turn_started' && e.turn === 1) {
        first.pause()
        first.order('driver', 'Bring the van round the back.')
      }
      if (e.type === 'message') first.suspend()
    })
    expect(await first.run()).toBe('paused')
    const prefix = [...events]
    const after: SessionEvent[] = []
    const second = run(t, createInProcessMemory(t.heist.memory), (e) => after.push(e), prefix)
    expect(second.status).toBe('paused')
    const resumed = second.run()
    second.resume()
    expect(await resumed).toBe('completed')
    expect(ofType(after, 'order_delivered')).toMatchObject([{ agent: 'driver', order_id: 'r1-o1' }])
  })
})

function manager(log: EventLog, t: TeamConfig, extra: { maxRunning?: number } = {}) {
  return new SessionManager({
    configDir: CONFIG_DIR, team: t, agentsWithSecrets: new Set(t.agents.map((a) => a.name)), makeModel: () => createScriptedModel(echoScript),
    tools: fakeTools(), memory: createInProcessMemory(t.heist.memory), publish: (e) => log.append(e), log, ...extra,
  })
}

describe('the orchestrator after a restart', () => {
  it('resumes running sessions, fails damaged or re-configured ones visibly, and refuses old ids', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'heist-resume-'))
    const log = createEventLog(dir)
    const t = team()
    const before = manager(log, t)
    for (const id of ['ok', 'torn', 'damaged', 'reconfigured']) before.start({ ...OPTIONS, session_id: id })
    await before.closeAll()
    appendFileSync(join(dir, 'torn.jsonl'), '{"type":"message","sess')
    const lines = readFileSync(join(dir, 'damaged.jsonl'), 'utf8').split('\n')
    writeFileSync(join(dir, 'damaged.jsonl'), [lines[0], lines[1], 'not json', ...lines.slice(2)].join('\n'))
    const raw = readFileSync(join(dir, 'reconfigured.jsonl'), 'utf8').replace(/"config":"[0-9a-f]+"/, '"config":"0000000000000000"')
    writeFileSync(join(dir, 'reconfigured.jsonl'), raw)

    const after = manager(log, t)
    const { resumed, failed } = after.recover()
    expect(resumed.sort()).toEqual(['ok', 'torn'])
    expect(failed.map((f) => f.session_id).sort()).toEqual(['damaged', 'reconfigured'])
    expect(failed.find((f) => f.session_id === 'reconfigured')?.problem).toMatch(/changed since the session started/)
    await Promise.all(['ok', 'torn'].map((id) => after.settled(id)))
    expect(after.get('ok').status).toBe('completed')
    expect(after.get('reconfigured').status).toBe('failed')
    const damaged = readFileSync(join(dir, 'damaged.jsonl'), 'utf8')
    expect(damaged).toContain('SESSION_UNRESUMABLE')
    // Ended sessions are on disk only: out of the list, still readable, never startable again.
    expect(after.list()).toEqual([])
    expect(after.reveal('ok')).toMatchObject({ seed: 7 })
    expect(() => after.start({ session_id: 'ok' })).toThrow(expect.objectContaining({ code: 'SESSION_EXISTS', statusCode: 409 }))
    const seen: SessionEvent[] = []
    expect(after.subscribe('ok', 0, { event: (e) => seen.push(e), end: () => undefined }).ended).toBe(true)
    expect(seen.at(-1)?.type).toBe('session_completed')

    const reference: SessionEvent[] = []
    await run(t, createInProcessMemory(t.heist.memory), (e) => reference.push(e)).run()
    const okRead = log.read('ok')
    expect(okRead.ok && messagesOf(okRead.events).map((m) => m.split('|').slice(0, 2).join('|'))).toEqual(messagesOf(reference).map((m) => m.split('|').slice(0, 2).join('|')))
  })

  it('answers one session over the configured limit with 429 and Retry-After', async () => {
    const t = team()
    const sessions = manager(createEventLog(mkdtempSync(join(tmpdir(), 'heist-limit-'))), { ...t, heist: { ...t.heist, orchestrator: { max_running_sessions: 2, retry_after_s: 12 } } })
    sessions.start({ rounds: 50 })
    sessions.start({ rounds: 50 })
    expect(() => sessions.start({ rounds: 50 })).toThrow(expect.objectContaining({ statusCode: 429, headers: { 'retry-after': '12' }, message: expect.stringMatching(/^2 sessions are running/) }))
    await sessions.closeAll()
  })

  it('says "1 session is running" at a limit of one', async () => {
    const t = team()
    const sessions = manager(createEventLog(mkdtempSync(join(tmpdir(), 'heist-limit-'))), { ...t, heist: { ...t.heist, orchestrator: { max_running_sessions: 1, retry_after_s: 5 } } })
    sessions.start({ rounds: 50 })
    expect(() => sessions.start({ rounds: 50 })).toThrow(/^1 session is running \(orchestrator\.max_running_sessions/)
    await sessions.closeAll()
  })
})
