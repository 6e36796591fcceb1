import { describe, expect, it } from 'vitest'
import { playSession, type Said } from './helpers/scenario.js'
import { textCallsOf } from './helpers/voice-turns.js'

const D = 'heist-sim-d'

const textCalls = textCallsOf(D)

const textOf = (history: Said[], agent: string) => history.filter((s) => s.agent === agent).map((s) => s.text)

describe('voice d (heist-sim-d)', () => {
  it('writes about a quarter of its tool calls as text, in Qwen, Llama and Python styles', () => {
    const calc = textCalls('calculator', 'safecracker', 'Safe Specialist')
    // Qwen's Hermes tags with json.dumps spacing; Llama's fenced JSON with `parameters`; Python calls in a fence or backticks.
    expect(calc.some((t) => /^<tool_call>\n\{"name": "calculator", "arguments": \{"expression": "[^"]+"\}\}\n<\/tool_call>$/.test(t))).toBe(true)
    expect(calc.some((t) => /```json\n\{"name": "calculator", "parameters": \{"expression": "[^"]+"\}\}\n```$/.test(t))).toBe(true)
    const python = [...calc, ...textCalls('query_db', 'intel', 'Intelligence Analyst')].filter((t) => /\b(calculator|query_db)\(/.test(t))
    expect(python.some((t) => /```python\n(calculator|query_db)\(\w+=.+\)\n```$/.test(t))).toBe(true)
    expect(python.some((t) => /`(calculator|query_db)\(\w+=.+\)`$/.test(t))).toBe(true)
    // A Python literal quotes the way repr does: single quotes unless the SQL holds one.
    expect(python.filter((t) => t.includes('query_db(')).every((t) => /query_db\(query="[^"]*'night'[^"]*"\)|query_db\(query='[^']*'\)/.test(t))).toBe(true)
  })

  it('gives each persona its own register', () => {
    const games = [1, 2, 3].map((seed) => playSession({ model: D, seed }))
    const all = (agent: string) => games.flatMap((g) => textOf(g, agent))
    expect(all('lookout').every((t) => /\b(Over|Out)\b/.test(t))).toBe(true)
    expect(all('planner').filter((t) => /^#{3} |\n\d\. |\n\|/m.test(t)).length).toBeGreaterThanOrEqual(3)
    expect(all('hacker').filter((t) => /`[^`]+`|tl;dr/.test(t)).length).toBeGreaterThanOrEqual(2)
    expect(all('intel').some((t) => /\*\*(Lisa Chen|Michael Anderson)\*\*/.test(t))).toBe(true)
    // Markdown blocks start on their own line, never glued to the sentence before.
    for (const t of games.flatMap((g) => g.map((s) => s.text))) expect(t).not.toMatch(/[a-z.] (#{2,3} |\| )/)
  })

  it('lies consistently: a timing mole quotes and calculates with one wrong window end all game', () => {
    let games = 0
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const history = playSession({ model: D, seed, mole: { name: 'safecracker', strategy: 'timing_errors' } })
      const said = history.filter((s) => s.agent === 'safecracker')
      const claimed = said.flatMap((s) => [...s.text.matchAll(/02:00-(\d\d:\d\d)/g)].map((m) => m[1]))
      // Slack in the window, calculated from a window other than the true 45 minutes.
      const calculated = said.flatMap((s) => s.calls).map((c) => String(c.args.expression)).filter((e) => /^\d+ - \(3 \* 12 \+ 9\)$/.test(e) && !e.startsWith('45 '))
      const wrongEnds = new Set(claimed.filter((end) => end !== '02:45'))
      expect(wrongEnds.size).toBeLessThanOrEqual(1)
      // The slack it calculates is the window it claims (an end 20 minutes late gives 65 - (3 * 12 + 9)).
      const [end] = [...wrongEnds]
      if (end && calculated.length > 0) {
        const [h, m] = end.split(':').map(Number)
        expect(calculated.every((e) => e.startsWith(`${(h! - 2) * 60 + m!} - `))).toBe(true)
        games++
      }
    }
    expect(games).toBeGreaterThan(0)
  })

  it('shows small-model habits: a sentence from its last message again, and a message cut mid-sentence', () => {
    const sessions = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => playSession({ model: D, seed }))
    const messages = sessions.flat()
    expect(messages.some((s) => /[a-z0-9]$/.test(s.text.trim()) && !/Over|Out/.test(s.text.slice(-12)))).toBe(true)
    const repeats = sessions.some((history) => history.some((s, i) => {
      const before = history.slice(0, i).filter((p) => p.agent === s.agent).at(-1)
      const first = before?.text.split('\n').find((l) => /^[A-Z]/.test(l))?.split(/(?<=[.!?])\s+/)[0]
      return first !== undefined && first.length > 25 && s.text.startsWith(first)
    }))
    expect(repeats).toBe(true)
  })
})
