import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigError, type SessionEvent } from '@heist/shared'
import { describe, expect, it } from 'vitest'
import { drawGame, loadTeamConfig, ModelUnavailableError, type ChatModel, type ChatRequest, type ChatResponse } from '../src/engine/index.js'
import { agentOf, calculatorTool, CONFIG_DIR, defaultScript, harness, ofType, publicEvents, team } from './helpers.js'
import { waitFor } from '../../../test/support/poll.js'

/** A model whose replies wait for the test to release them, one call at a time. */
function heldModel() {
  const waiting: { request: ChatRequest; release: (r: ChatResponse) => void; fail: (e: Error) => void }[] = []
  const model: ChatModel = {
    name: 'held',
    complete: (request) => new Promise((release, fail) => {
      waiting.push({ request, release, fail })
      request.signal?.addEventListener('abort', () => fail(Object.assign(new Error('aborted'), { name: 'AbortError' })), { once: true })
    }),
  }
  const answer = async (text = 'ok') => {
    await waitFor('waiting.length > 0', () => waiting.length > 0, Boolean, 2_000)
    const next = waiting.shift()
    next?.release({ content: `${agentOf(next.request)}: ${text}`, toolCalls: [], usage: { promptTokens: 1, completionTokens: 1 } })
    return next?.request
  }
  return { model, waiting, answer }
}

const types = (events: SessionEvent[]) => events.map((e) => e.type)

describe('operator control', () => {
  it('stop does not wait for a hung memory service or tool call: the loop ends at once', async () => {
    const never = () => new Promise<never>(() => undefined)
    // The hung calls never answer, so any bound tells waiting from not waiting; 10 s, not 1 s, so a unit
    // worker starved for a second on a loaded machine does not read as a wait.
    const stopsPromptly = (done: Promise<unknown>) => Promise.race([done, new Promise((r) => setTimeout(r, 10_000, 'still running'))])

    const hungMemory = harness({ deps: { memory: { context: never, append: never } } })
    const memoryDone = hungMemory.session.run()
    await waitFor('ofType(hungMemory.events, \'turn_started\').length === 1', () => ofType(hungMemory.events, 'turn_started').length === 1, Boolean, 10_000)
    hungMemory.session.stop()
    expect(await stopsPromptly(memoryDone)).toBe('stopped')

    const calls: string[] = []
    const hungTool = harness({
      script: () => ({ toolCalls: [{ name: 'calculator', arguments: { expression: '1*2' } }] }),
      deps: { tools: { listTools: async () => [calculatorTool], call: (agent) => (calls.push(agent), never()) } },
    })
    const toolDone = hungTool.session.run()
    await waitFor('calls.length === 1', () => calls.length === 1, Boolean, 10_000)
    hungTool.session.stop()
    expect(await stopsPromptly(toolDone)).toBe('stopped')
  })

  it('pauses at a turn boundary: the running turn finishes, the next waits, no turn is lost', async () => {
    const held = heldModel()
    const { session, events } = harness({ deps: { model: held.model, tools: { listTools: async () => [], call: async () => ({ ok: true, result: '' }) } } })
    const done = session.run()
    await waitFor('held.waiting.length === 1', () => held.waiting.length === 1, Boolean, 2_000)
    session.pause()
    await held.answer()
    // The pause is an event: wait for it, then the next turn must not have asked the model.
    await waitFor('the session to pause at the turn boundary', () => types(events).includes('session_paused'), Boolean, 2_000)
    expect(held.waiting).toHaveLength(0)
    expect(ofType(events, 'message').map((m) => m.agent)).toEqual(['planner'])
    expect(ofType(events, 'turn_started')).toHaveLength(1)
    expect(session.status).toBe('paused')
    session.resume()
    for (let i = 0; i < 5; i++) await held.answer()
    expect(await done).toBe('completed')
    expect(ofType(events, 'message').map((m) => m.agent)).toEqual(['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout'])
    expect(types(events).indexOf('session_resumed')).toBeGreaterThan(types(events).indexOf('session_paused'))
  })

  it('stop ends the session at once: session_stopped is the last event and no turn follows', async () => {
    const held = heldModel()
    const { session, events } = harness({ rounds: 5, deps: { model: held.model } })
    const done = session.run()
    await held.answer()
    await waitFor('held.waiting.length === 1', () => held.waiting.length === 1, Boolean, 2_000)
    session.stop()
    expect(await done).toBe('stopped')
    expect(events.at(-1)).toMatchObject({ type: 'session_stopped', reason: 'operator' })
    expect(ofType(events, 'message')).toHaveLength(1)
    expect(() => session.resume()).toThrow(/stopped/)
    expect(() => session.order('hacker', 'x')).toThrow(/no orders/)
  })

  it('delivers an order in that agent\'s next turn and acknowledges it twice', async () => {
    const held = heldModel()
    const { session, events } = harness({ rounds: 2, deps: { model: held.model, tools: { listTools: async () => [], call: async () => ({ ok: true, result: '' }) } } })
    const done = session.run()
    await held.answer()
    await held.answer()
    const { order_id } = session.order('hacker', 'Check the roof cameras first.')
    expect(ofType(events, 'order_received')).toEqual([expect.objectContaining({ order_id, agent: 'hacker', text: 'Check the roof cameras first.' })])
    const seen: string[] = []
    for (let i = 0; i < 10; i++) {
      const request = await held.answer()
      if (request && agentOf(request) === 'hacker') seen.push(String(request.messages.at(-1)?.content))
    }
    expect(await done).toBe('completed')
    expect(seen[0]).toMatch(/^\[operator order\] Check the roof cameras first\.\nRound 2 of 2\./)
    const delivered = ofType(events, 'order_delivered')
    const hackerTurn = ofType(events, 'turn_started').filter((t) => t.agent === 'hacker')[1]
    expect(delivered).toEqual([expect.objectContaining({ order_id, turn: hackerTurn?.turn })])
    expect(seen).toHaveLength(1)
  })

  it('refuses an order for an agent who is not in the session', () => {
    const { session } = harness()
    expect(() => session.order('nobody', 'x')).toThrow(/no agent "nobody"/)
  })

  it('pauses with model_unavailable when the model is down, and resume retries the same turn', async () => {
    let down = true
    const { session, events } = harness({
      script: (r, n) => (down && agentOf(r) === 'intel' ? { throws: new ModelUnavailableError(`model unreachable at http://x/v1 (call ${n})`) } : defaultScript(r)),
    })
    const done = session.run()
    await waitFor('session.status === \'paused\'', () => session.status === 'paused', Boolean, 2_000)
    const paused = ofType(events, 'session_paused')[0]
    expect(paused).toMatchObject({ reason: 'model_unavailable' })
    expect(paused?.message).toMatch(/unreachable/)
    expect(ofType(events, 'session_error')[0]).toMatchObject({ code: 'MODEL_UNAVAILABLE', agent: 'intel' })
    down = false
    session.resume()
    expect(await done).toBe('completed')
    expect(ofType(events, 'message').map((m) => m.agent)).toEqual(['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout'])
    // The retried turn starts over under the same number (a page drops what it streamed of it).
    const intel = ofType(events, 'turn_started').filter((t) => t.agent === 'intel')
    expect(intel.map((t) => t.turn)).toEqual([4, 4])
    expect(intel[1]?.seq).toBeGreaterThan(ofType(events, 'session_resumed')[0]?.seq ?? Infinity)
  })

  it('keeps playing on recent messages when the memory service is down, saying so once', async () => {
    const down = { append: async () => { throw new Error('memory unreachable') }, context: async () => { throw new Error('memory unreachable') } }
    const { session, events, model } = harness({ rounds: 2, deps: { memory: down } })
    expect(await session.run()).toBe('completed')
    expect(ofType(events, 'session_error').map((e) => e.code)).toEqual(['MEMORY_UNAVAILABLE'])
    expect(ofType(events, 'message')).toHaveLength(12)
    const lastPrompt = model.requests.at(-1)?.messages ?? []
    expect(lastPrompt.some((m) => m.role === 'user' && m.content.startsWith('[driver] '))).toBe(true)
  })

  it('goes on without tools for a turn when discovery fails', async () => {
    const tools = { listTools: async () => { throw new Error('oauth down') }, call: async () => ({ ok: true as const, result: '' }) }
    const { session, events } = harness({ deps: { tools } })
    expect(await session.run()).toBe('completed')
    expect(ofType(events, 'session_error').every((e) => e.code === 'TOOLS_UNAVAILABLE')).toBe(true)
    expect(ofType(events, 'tool_call')).toHaveLength(0)
  })

  it('offers an agent only the tools its agents.yaml `tools` names, even when its scopes allow more', async () => {
    const shipped = harness()
    expect(await shipped.session.run()).toBe('completed')
    expect(ofType(shipped.events, 'tool_call').map((e) => e.agent)).toContain('safecracker')

    const base = team()
    const noTools = { ...base, agents: base.agents.map((a) => (a.name === 'safecracker' ? { ...a, tools: [] } : a)) }
    expect(noTools.agents.find((a) => a.name === 'safecracker')?.scopes).toContain('calculator:use')
    const { session, events, model } = harness({ team: noTools })
    expect(await session.run()).toBe('completed')
    expect(ofType(events, 'tool_call')).toHaveLength(0)
    expect(model.requests.filter((r) => agentOf(r) === 'safecracker').every((r) => (r.tools ?? []).length === 0)).toBe(true)
  })

  it('fails cleanly (session_error + session_stopped) on an unexpected engine error', async () => {
    const { session, events } = harness({ script: () => ({ throws: new Error('boom') }) })
    expect(await session.run()).toBe('failed')
    expect(types(events).slice(-2)).toEqual(['session_error', 'session_stopped'])
  })
})

describe('the mole', () => {
  it('draws the mole the seed predicts and puts its instructions only in its own system prompt', async () => {
    const { session, events, model, team } = harness({ seed: 7, rounds: 2 })
    await session.run()
    const expected = drawGame({ seed: 7, agents: team.heist.session.turn_order })
    expect(session.game).toEqual(expected)
    expect(expected.mole).not.toBeNull()
    const sealed = ofType(events, 'game_sealed')
    expect(sealed).toEqual([expect.objectContaining({ mole: expected.mole, strategy: expected.strategy, seed: 7 })])
    const instructions = team.heist.mole.strategies[expected.strategy!].instructions
    const secretBits = [team.heist.mole.preamble, JSON.stringify(instructions).slice(1, -1), 'SABOTAGE', 'Sabotage Strategy']
    const published = JSON.stringify(publicEvents(events))
    for (const bit of secretBits) expect(published).not.toContain(bit)
    expect(published).not.toContain(`"${expected.strategy}"`)
    for (const request of model.requests) {
      const text = request.messages.map((m) => m.content ?? '').join('\n')
      const isMole = agentOf(request) === expected.mole
      expect(text.includes(instructions)).toBe(isMole)
      if (isMole) expect(request.messages[0]?.content).toContain(instructions)
    }
  })

  it('plays a control game with mole none, and an explicit mole and strategy when given', async () => {
    const none = harness({ mole: 'none' })
    await none.session.run()
    expect(none.session.game.mole).toBeNull()
    expect(JSON.stringify(none.model.requests)).not.toContain('SABOTAGE')
    const chosen = harness({ mole: 'driver', strategy: 'wrong_tools' })
    expect(chosen.session.game).toMatchObject({ mole: 'driver', strategy: 'wrong_tools' })
    expect(() => harness({ mole: 'ghost' })).toThrow(/not in the turn order/)
  })

  it('replays the same transcript from the same seed', async () => {
    const transcript = async (sessionId: string, seed: number) => {
      const { session, events } = harness({ seed, rounds: 3, sessionId })
      await session.run()
      return {
        game: session.game,
        messages: ofType(events, 'message').map((m) => [m.agent, m.turn, m.content, m.reply_to]),
        tools: ofType(events, 'tool_result').map((t) => [t.agent, t.tool, t.result]),
      }
    }
    const a = await transcript('run-a', 1234)
    const b = await transcript('run-b', 1234)
    expect(b).toEqual(a)
    expect(a.messages).toHaveLength(18)
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => drawGame({ seed, agents: ['a', 'b', 'c', 'd', 'e', 'f'] }).mole)
    expect(new Set(seeds).size).toBeGreaterThan(2)
  })
})

describe('team config', () => {
  it('loads the shipped config and the dev profile overlay', () => {
    expect(loadTeamConfig(CONFIG_DIR).heist.session.rounds).toBe(5)
    expect(loadTeamConfig(CONFIG_DIR, 'dev').heist.session.rounds).toBe(3)
  })

  it('refuses a bad config with every problem, file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heist-config-'))
    writeFileSync(join(dir, 'agents.yaml'), readFileSync(join(CONFIG_DIR, 'agents.yaml'), 'utf8'))
    const heist = readFileSync(join(CONFIG_DIR, 'heist.yaml'), 'utf8')
      .replace('turn_order: [planner, hacker, safecracker, intel, driver, lookout]', 'turn_order: [planner, hackr, safecracker, intel, driver, planner]')
    writeFileSync(join(dir, 'heist.yaml'), heist)
    mkdirSync(join(dir, 'profiles', 'bad'), { recursive: true })
    writeFileSync(join(dir, 'profiles', 'bad', 'agents.yaml'), 'agents:\n  - name: x\n    role: r\n    persona: p\n    colour: red\n')
    let error: unknown
    try { loadTeamConfig(dir) } catch (e) { error = e }
    expect(error).toBeInstanceOf(ConfigError)
    const problems = (error as ConfigError).problems
    expect(problems.map((p) => p.message)).toEqual(expect.arrayContaining([expect.stringContaining('"hackr" is not an agent'), expect.stringContaining('"planner" appears twice')]))
    expect(problems.every((p) => p.source.endsWith('heist.yaml') && p.line === 4)).toBe(true)
    expect(() => loadTeamConfig(dir, 'bad')).toThrow(/profiles\/bad\/agents\.yaml:\d+ agents/)
    expect(() => loadTeamConfig(dir, 'missing')).toThrow(/profile "missing" does not exist/)
  })
})
