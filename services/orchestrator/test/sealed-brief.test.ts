import { StrategyName } from '@heist/shared'
import { countTokens } from '@heist/shared/tokens'
import { describe, expect, it } from 'vitest'
import { systemPrompt } from '../src/engine/index.js'
import { padToTokens, sealedBrief, sealedBriefTokens } from '../src/engine/sealed-brief.js'
import { createReasoningWatch } from '@heist/shared/reasoning-watch'
import { createThinkingFilter } from '@heist/shared/thinking'
import { harness, ofType, team } from './helpers.js'

const t = team()
const memory = (summary: string | null) => ({
  session_id: 's', recent: [], total_tokens: 0, message_count: 0,
  summary: summary === null ? null : { text: summary, covers_through: 3, method: 'extractive' as const, tokens: 9 },
})
const prompt = (agent: string, mole: string | null, strategy: StrategyName | null, summary: string | null = null) => systemPrompt({
  agent: t.agents.find((a) => a.name === agent)!, team: t.agents, heist: t.heist, game: { seed: 1, mole, strategy }, memory: memory(summary), orders: [], round: 1, rounds: 5,
})

describe('the sealed brief', () => {
  it('gives every agent the same system-prompt size whether it is the mole, an innocent or in a control game', () => {
    for (const agent of t.agents.map((a) => a.name)) {
      for (const summary of [null, 'planner: meet at 2am.']) {
        const control = countTokens(prompt(agent, null, null, summary))
        for (const strategy of StrategyName.options) {
          expect(countTokens(prompt(agent, agent, strategy, summary)), `${agent} as the ${strategy} mole`).toBe(control)
          expect(countTokens(prompt(agent, agent === 'planner' ? 'hacker' : 'planner', strategy, summary)), `${agent} beside a mole`).toBe(control)
        }
      }
    }
  })

  it('holds the instructions for the mole only; everyone else reads the crew brief', () => {
    const instructions = t.heist.mole.strategies.false_info.instructions
    expect(prompt('intel', 'intel', 'false_info')).toContain(instructions)
    expect(prompt('hacker', 'intel', 'false_info')).not.toContain('SABOTAGE')
    expect(prompt('hacker', 'intel', 'false_info')).toContain(t.heist.mole.crew_brief)
    expect(sealedBrief(t.heist.mole, { seed: 1, mole: null, strategy: null }, 'intel')).toBe(sealedBrief(t.heist.mole, { seed: 2, mole: 'planner', strategy: 'wrong_tools' }, 'intel'))
  })

  it('is sized by the configuration alone, above the longest brief it may hold', () => {
    const size = sealedBriefTokens(t.heist.mole)
    expect(size % 32).toBe(0)
    for (const s of Object.values(t.heist.mole.strategies)) expect(countTokens(`${t.heist.mole.preamble}\n${s.instructions}\n`)).toBeLessThan(size)
    expect(() => padToTokens('word '.repeat(size), size)).toThrow(/does not fit/)
  })

  it('is the same in every model request of a mole game and of a control game', async () => {
    const sizes = async (mole: string) => {
      const { session, model } = harness({ mole, rounds: 1 })
      await session.run()
      return model.requests.filter((r) => r.messages.length === 2).map((r) => countTokens(r.messages[0]?.content ?? ''))
    }
    expect(await sizes('hacker')).toEqual(await sizes('none'))
  })
})

describe('reasoning is never streamed', () => {
  it('drops <think> blocks from deltas, even when a tag is split across chunks', () => {
    const filter = createThinkingFilter()
    const chunks = ['Hi <th', 'ink>I am the mole, so I will', ' lie</thi', 'nk> there. a < b', '']
    const out = chunks.map((c) => filter.push(c)).join('') + filter.end()
    expect(out).toBe('Hi  there. a < b')
  })

  it('finds the closing tag of a held reply in any chunking, one character at a time included', () => {
    const reply = 'I am the mole </thin and my brief says lie.</think>\n\nThe vault opens at 02:00.'
    for (const size of [1, 2, 3, 7, 8, 9, reply.length]) {
      const filter = createThinkingFilter({ held: true })
      let out = ''
      for (let i = 0; i < reply.length; i += size) out += filter.push(reply.slice(i, i + size))
      expect(out + filter.end()).toBe('\n\nThe vault opens at 02:00.')
    }
  })

  it('keeps a reasoning model\'s chain of thought out of the public token_delta events', async () => {
    const { session, events } = harness({ script: () => '<think>As the mole I must give the wrong vault time.</think>The vault opens at 02:10.' })
    await session.run()
    const streamed = ofType(events, 'token_delta').map((e) => e.delta).join('')
    expect(streamed).not.toContain('mole')
    expect(streamed).toContain('The vault opens at 02:10.')
    expect(ofType(events, 'message')[0]?.completion_tokens).toBe(countTokens('The vault opens at 02:10.'))
  })

  // Qwen3-4B-Thinking-2507, DeepSeek-R1 distills, QwQ: the chat template writes `<think>` into the prompt.
  const OPENED = 'As the mole I must give the wrong vault time.\n</think>\n\nThe vault opens at 02:10, and the guards change at 02:20.'

  it('keeps reasoning whose opening tag the chat template wrote out of token_delta events, from the first reply on', async () => {
    const { session, events } = harness({ rounds: 2, script: () => OPENED })
    await session.run()
    const streamed = ofType(events, 'token_delta').map((e) => e.delta).join('')
    expect(streamed).not.toContain('mole')
    expect(streamed).not.toContain('think>')
    expect(ofType(events, 'message').map((m) => m.content)).toEqual(Array(12).fill('The vault opens at 02:10, and the guards change at 02:20.'))
  })

  it('shows nothing of a reply cut at max_tokens inside its reasoning, streamed or kept', async () => {
    for (const content of ['<think>As the mole I must give the wrong vault time', 'As the mole I must give the wrong vault time']) {
      const { session, events } = harness({ script: (_, n) => (n === 1 ? { content, truncated: true } : 'The vault opens at 02:10.') })
      await session.run()
      const streamed = ofType(events, 'token_delta').map((e) => e.delta).join('')
      expect(streamed).not.toContain('mole')
      expect(ofType(events, 'message').map((m) => m.content).join(' ')).not.toContain('mole')
    }
  })

  it('streams a model that writes its own tags as before, once its first reply has shown it, and holds one named for its template from the start', async () => {
    const reply = 'The vault opens at 02:10, and the guards change at 02:20 sharp.'
    const { session, events } = harness({ rounds: 1, script: (_, n) => (n % 2 ? reply : `<think>I am the mole.</think>${reply}`) })
    await session.run()
    const deltasOf = (turn: number) => ofType(events, 'token_delta').filter((e) => e.turn === turn).length
    // The session's first reply (no tags) is held to its end, one frame; every later one streams in several.
    expect(deltasOf(1)).toBe(1)
    for (const turn of [2, 3, 4, 5, 6]) expect(deltasOf(turn)).toBeGreaterThan(1)
    expect(ofType(events, 'token_delta').map((e) => e.delta).join('')).not.toContain('mole')
    expect(createReasoningWatch(undefined, 'Qwen3-4B-Thinking-2507').held()).toBe(true)
    const told = createReasoningWatch('written_by_model', 'qwq-32b')
    expect(told.held()).toBe(false)
    told.learn(OPENED)
    expect(told.held()).toBe(true)
  })
})
