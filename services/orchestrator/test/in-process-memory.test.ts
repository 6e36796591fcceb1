import { describe, expect, it } from 'vitest'
import { createInProcessMemory, createScriptedModel, runSession } from '../src/engine/index.js'
import { waitFor } from '../../../test/support/poll.js'
import { defaultScript, fakeTools, harness, team } from './helpers.js'

// A long-lived process (an eval worker, a bench) that plays game after game with one store must
// not keep every game's history: an ended session is dropped, and the store has a ceiling.
describe('the in-process memory store forgets', () => {
  it('each session once it has ended, completed or stopped, and keeps a running one', async () => {
    const t = team()
    const memory = createInProcessMemory(t.heist.memory)
    for (let i = 0; i < 12; i++) {
      const { status } = await runSession({
        sessionId: `game-${i}`, team: t, options: { seed: i, rounds: 1 },
        deps: { model: createScriptedModel(defaultScript), tools: fakeTools(), memory, sink: () => undefined },
      })
      expect(status).toBe('completed')
    }
    expect(memory.held).toBe(0)

    let stopAfter: (() => void) | null = null
    const stopped = harness({ sessionId: 'stopped', rounds: 3, deps: { memory, sink: (e) => { if (e.type === 'message') stopAfter?.() } } })
    stopAfter = () => { stopAfter = null; queueMicrotask(() => stopped.session.stop()) }
    const running = harness({ sessionId: 'paused', rounds: 3, deps: { memory, sink: (e) => { if (e.type === 'message' && running.session.status === 'running') running.session.pause() } } })
    const runningDone = running.session.run()
    expect(await stopped.session.run()).toBe('stopped')
    await waitFor('the other session paused', () => running.session.status, (s) => s === 'paused', 5_000)
    expect(memory.held).toBe(1)
    expect(memory.size('paused')).toBeGreaterThan(0)

    running.session.stop()
    expect(await runningDone).toBe('stopped')
    expect(memory.held).toBe(0)
  })

  it('the least recently used session first, past its ceiling', async () => {
    const memory = createInProcessMemory(team().heist.memory, { maxSessions: 4 })
    const message = (id: string) => ({ message_id: `${id}-m1`, agent: 'planner', round: 1, content: 'Plan noted.' })
    for (const id of ['a', 'b', 'c', 'd']) await memory.append(id, message(id))
    await memory.context('a', 1000)
    await memory.append('e', message('e'))
    expect(memory.held).toBe(4)
    expect(memory.size('b')).toBe(0)
    for (const id of ['a', 'c', 'd', 'e']) expect(memory.size(id)).toBe(1)
  })
})
