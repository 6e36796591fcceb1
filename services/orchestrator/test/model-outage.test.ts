import type { SessionEvent } from '@heist/shared'
import { describe, expect, it } from 'vitest'
import { createInProcessMemory, createScriptedModel, HeistSession, ModelUnavailableError, resumePointFrom, type ChatModel } from '../src/engine/index.js'
import { waitFor } from '../../../test/support/poll.js'
import { agentOf, defaultScript, fakeTools, harness, ofType, team } from './helpers.js'

/** Probes a few ms apart, so a test does not wait for the real 1-30 s backoff. */
const FAST_PROBE = { retries: 0, baseMs: 4, capMs: 20 }

/** A model that is down for intel's turns while `state.down`, and whose server says so when probed. */
function flakyModel(state: { down: boolean; probes: number }): ChatModel {
  const scripted = createScriptedModel((r, n) => (state.down && agentOf(r) === 'intel' ? { throws: new ModelUnavailableError(`model unreachable (call ${n})`) } : defaultScript(r)))
  return {
    name: scripted.name,
    complete: (request) => scripted.complete(request),
    answers: async () => { state.probes++; return !state.down },
  }
}

describe('a session the model\'s absence paused', () => {
  it('goes on by itself once the model answers again, and says so', async () => {
    const state = { down: true, probes: 0 }
    const { session, events } = harness({ deps: { model: flakyModel(state), modelProbe: FAST_PROBE } })
    const done = session.run()
    await waitFor('paused for the model', () => ofType(events, 'session_paused')[0], Boolean, 5_000)
    expect(ofType(events, 'session_paused')[0]?.message).toMatch(/goes on when the model answers again/)
    // Asked again and again while it is down, with nobody resuming it.
    await waitFor('a few probes', () => state.probes, (n) => n >= 3, 5_000)
    expect(session.status).toBe('paused')
    state.down = false
    expect(await done).toBe('completed')
    expect(ofType(events, 'session_resumed')).toEqual([expect.objectContaining({ reason: 'model_available', message: expect.stringMatching(/intel's turn is played again/) })])
    expect(ofType(events, 'message').map((m) => m.agent)).toEqual(['planner', 'hacker', 'safecracker', 'intel', 'driver', 'lookout'])
    expect(ofType(events, 'turn_started').filter((t) => t.agent === 'intel').map((t) => t.turn)).toEqual([4, 4])
  })

  it('stays paused when the operator paused it meanwhile, until resumed by hand', async () => {
    const state = { down: true, probes: 0 }
    const { session, events } = harness({ deps: { model: flakyModel(state), modelProbe: FAST_PROBE } })
    const done = session.run()
    await waitFor('paused for the model', () => session.status, (s) => s === 'paused', 5_000)
    expect(session.pause()).toBe('paused')
    expect(ofType(events, 'session_paused').map((p) => p.reason)).toEqual(['model_unavailable', 'operator'])
    state.down = false
    const probes = state.probes
    // Twenty probe intervals and more: a negative, so it takes a wait; nothing probes or resumes it now.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(state.probes).toBe(probes)
    expect(session.status).toBe('paused')
    session.resume()
    expect(await done).toBe('completed')
    expect(ofType(events, 'session_resumed').map((r) => r.reason)).toEqual([undefined])
  })

  it('stop ends the wait at once', async () => {
    const state = { down: true, probes: 0 }
    const { session } = harness({ deps: { model: flakyModel(state), modelProbe: { retries: 0, baseMs: 60_000, capMs: 60_000 } } })
    const done = session.run()
    await waitFor('paused for the model', () => session.status, (s) => s === 'paused', 5_000)
    session.stop()
    expect(await done).toBe('stopped')
  })

  it('that the orchestrator restarted in goes on by itself too', async () => {
    const state = { down: true, probes: 0 }
    const first = harness({ sessionId: 'r1', deps: { model: flakyModel(state), modelProbe: { retries: 0, baseMs: 60_000, capMs: 60_000 } } })
    const done = first.session.run()
    await waitFor('paused for the model', () => first.session.status, (s) => s === 'paused', 5_000)
    first.session.suspend()
    await done
    state.down = false
    const events: SessionEvent[] = []
    const t = team()
    const again = new HeistSession(
      { sessionId: 'r1', team: t, options: { seed: 42, rounds: 1, mole: 'random', strategy: 'random' }, resume: resumePointFrom(first.events) },
      { model: flakyModel(state), tools: fakeTools(), memory: createInProcessMemory(t.heist.memory), sink: (e) => events.push(e), modelProbe: FAST_PROBE },
    )
    expect(again.status).toBe('paused')
    expect(await again.run()).toBe('completed')
    expect(ofType(events, 'session_resumed')).toEqual([expect.objectContaining({ reason: 'model_available' })])
  })
})
