/** Every added voice (helpers/voice-rows.ts) plays whole sessions through the orchestrator's engine. */
import { describe, expect, it } from 'vitest'
import { createInProcessMemory, runSession } from '@heist/orchestrator/engine'
import { engineTools, simModel } from './helpers/engine-session.js'
import { CONFIG } from './helpers/scenario.js'
import { modelOf, ROWS } from './helpers/voice-rows/index.js'

describe.each(ROWS)('voice $id through the real engine', (row) => {
  it('plays whole sessions: the text calls it writes run as tools, and no call syntax reaches the team', async () => {
    const { engine } = row
    const model = simModel(modelOf(row.id), row.isCall)
    let calls = 0
    for (const [seed, mole, strategy] of engine.games) {
      const events: { type: string; agent?: string; content?: string; ok?: boolean; error?: { code: string } }[] = []
      await runSession({
        sessionId: `voice-${row.id}-${seed}`, team: CONFIG, options: { seed, rounds: 5, mole, strategy: strategy as 'random' },
        deps: { model, tools: engineTools(), memory: createInProcessMemory(CONFIG.heist.memory), sink: (e) => events.push(e as (typeof events)[number]) },
      })
      const messages = events.filter((e) => e.type === 'message')
      expect(messages).toHaveLength(30)
      expect(events.some((e) => e.type === 'session_completed')).toBe(true)
      for (const m of messages) {
        expect(m.content, m.content).not.toMatch(engine.syntax)
        expect(m.content!.trim().length).toBeGreaterThan(0)
      }
      const results = events.filter((e) => e.type === 'tool_result')
      calls += results.length
      // A wrong_tools mole's pointless call may fail; every other call succeeds but for the row's allowed codes.
      const failed = results.filter((r) => !r.ok && !(strategy === 'wrong_tools' && r.agent === mole) && !engine.mayFail.includes(r.error?.code ?? ''))
      expect(failed).toEqual([])
    }
    expect(calls).toBeGreaterThan(30)
    expect(model.textCalls).toBeGreaterThan(3)
  })
})
