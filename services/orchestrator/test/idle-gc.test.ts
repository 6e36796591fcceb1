import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createEventLog } from '../src/adapters/event-log.js'
import { createInProcessMemory, createScriptedModel } from '../src/engine/index.js'
import { idleCollection } from '../src/idle-gc.js'
import { SessionManager } from '../src/sessions.js'
import { CONFIG_DIR, fakeTools, team } from './helpers.js'

describe('memory after sessions end', () => {
  it('the manager holds nothing of 12 ended sessions and says it is idle once the last one ends', async () => {
    const t = team()
    const log = createEventLog(mkdtempSync(join(tmpdir(), 'heist-idle-')))
    let idleCalls = 0
    const sessions = new SessionManager({
      configDir: CONFIG_DIR, team: t, agentsWithSecrets: new Set(t.agents.map((a) => a.name)), makeModel: () => createScriptedModel(() => 'noted'),
      tools: fakeTools(), memory: createInProcessMemory(t.heist.memory), publish: (e) => log.append(e), log,
      onIdle: () => { idleCalls++; expect(sessions.idle).toBe(true) },
    })
    const ids = Array.from({ length: 12 }, (_, i) => sessions.start({ rounds: 1, seed: i, session_id: `s${i}` }).session_id)
    expect(sessions.idle).toBe(false)
    await Promise.all(ids.map((id) => sessions.settled(id)))
    expect(sessions.list()).toEqual([])
    expect(sessions.idle).toBe(true)
    expect(idleCalls).toBeGreaterThanOrEqual(1)
    for (const id of ids) expect(sessions.status(id)).toBe('completed') // on disk, not in memory
  })

  it('collects once after the delay when still idle, not at all when a session started meanwhile', () => {
    vi.useFakeTimers()
    try {
      let collected = 0
      let idle = true
      const onIdle = idleCollection(() => idle, 20, () => collected++)
      onIdle()
      onIdle() // a second end in the same spell does not schedule a second collection
      vi.advanceTimersByTime(19)
      expect(collected).toBe(0)
      vi.advanceTimersByTime(1)
      expect(collected).toBe(2) // one collection: two passes
      onIdle()
      idle = false
      vi.advanceTimersByTime(20)
      expect(collected).toBe(2) // no second collection
    } finally {
      vi.useRealTimers()
    }
  })

  it('finds the V8 collector in this process (no --expose-gc flag needed) and it frees garbage', async () => {
    let collected = false
    const onIdle = idleCollection(() => true, 0)
    // The default collector is the real one: garbage made now is gone after it ran.
    let garbage: unknown[] | null = Array.from({ length: 200_000 }, (_, i) => ({ i, s: `x${i}` }))
    const ref = new WeakRef(garbage)
    garbage = null
    onIdle()
    // Timers of the same delay fire in the order they were set: this one runs after the collection.
    await new Promise((resolve) => setTimeout(resolve, 0))
    collected = ref.deref() === undefined
    expect(collected).toBe(true)
  })
})
