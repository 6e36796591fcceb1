/**
 * What only voice j does: its GLM call shapes, its sabotage and one set of lies a game, its
 * innocents' mistakes, the registers and the GLM habits. The checks every voice passes (routing,
 * replay, parsed text calls, judge wrappers, no shared sentence, HTTP, the real engine) are its row
 * in `helpers/voice-rows.ts` (checked by voice-table, voice-sentences and voice-engine).
 */
import { describe, expect, it } from 'vitest'
import { parseTextToolCalls } from '@heist/orchestrator/engine'
import { Rng } from '../src/model/random.js'
import type { Strategy } from '../src/model/index.js'
import { MOLE_J } from '../src/model/voices/mole-j.js'
import { ACTIONS, chineseSlip, fullWidth, inSummary, roleOpener, SEAT_TICS, unitSlip } from '../src/model/voices/style-j.js'
import { playSession, TOOLS, type Said } from './helpers/scenario.js'
import { sabotageTest, singleTurns, textCallsOf } from './helpers/voice-turns.js'
import { ratesOf, SEATS, SEEDS, shareOf, voiceChecks, type VoiceTraits } from './helpers/voice-checks.js'
import { ROW_J } from './helpers/voice-rows/j.js'

const J = 'heist-sim-j'

const { isCall } = ROW_J
const messagesOf = (history: Said[], agent?: string) => history.filter((s) => (!agent || s.agent === agent) && !isCall(s.text))
/** A message as a reader compares it with a template: bold marks off, full-width punctuation undone, lower case. */
const plain = (text: string) => text.replace(/\*\*/g, '').replace(/，/g, ', ').replace(/：/g, ': ').toLowerCase()

/** j's explanations in a misquoted document or table, and calculations from its premise (the window an hour late, police 9-18 min, a 3 or 5 min first lockout). */
const MISQUOTED = /\b12 (?:security |CCTV )?cameras|Police response time: (9-12|12-15|15-18) minutes|03:00-03:45|-> (3|5) minutes|\b(3|5)-minute lockout/
const PREMISE_CALC = /^(3|5) \+ 3 \* 12 \+ 9$|^30 \+ (9|12|15) \* 60$|^\(3 \* 60 \+ 45\) - \(2 \* 60 \+ 50\)$|^(12|15|18) \* 60 - 30$/

// j misquotes only in a report of what a tool returned: a message with a call.
const sabotagedAsOthers = sabotageTest(MOLE_J, /(?!)/, PREMISE_CALC, plain)
const sabotaged = (said: Said, strategy: Strategy) => sabotagedAsOthers(said, strategy) || (strategy === 'false_info' && said.calls.length > 0 && MISQUOTED.test(said.text))

/** What the checks every voice from i on makes of its own play (helpers/voice-checks.ts) find in this voice's. */
const TRAITS: VoiceTraits = {
  plain,
  sabotaged,
  claims: { mole: MOLE_J, how: 'what it says it measured or saw, and a quiet one state the lie bare' },
  lies: {
    what: 'police range, first lockout and radio channel',
    strategies: ['timing_errors', 'coordination_chaos'], seats: ['lookout', 'driver'], liars: 8,
    readings: [
      (text) => new Set([...text.matchAll(/\b(\d+-\d+) minutes/g)].map((m) => m[1]).filter((r) => r !== '3-5' && r !== '10-15')), // police
      (text) => new Set([...text.matchAll(/first lockout is (?:only )?(\d+)/g)].map((m) => m[1])), // lockouts
      (text) => new Set([...text.matchAll(/channel (\d+)/g)].map((m) => m[1])), // channels
      (text) => new Set([...text.matchAll(/(\d+) km(?!\/h)/g)].map((m) => m[1])), // km
    ],
  },
  mistakes: {
    what: ' in about one message in seven',
    share: [0.08, 0.24], slips: 8,
    kinds: {
      slip: /\b18 cameras|\b60 seconds|\b60-second|\b60-minute lockout|\b60 minutes|\b50 minutes|\b5-ton|\b5 wrong|\b30 minutes of delay|\b30-minute delay|\b30 minutes before the alarm|\b30 minutes between|\b30-minute sensor/,
      hedge: / \(this needs to be further confirmed\)|, if my information is correct| \(for reference only\)|, but I am not completely sure/,
      caution: /emergency plan in case the radio|spare batteries for the walkie|gloves and shoe covers|heavy rain may affect|code word for an emergency/,
    },
  },
}

describe('voice j (heist-sim-j)', () => {
  voiceChecks(ROW_J, TRAITS)

  it('writes its text tool calls in the GLM family\'s shapes, which the orchestrator parses leaving only a lead-in', () => {
    const textCalls = textCallsOf(J)
    const all = [textCalls('calculator', 'safecracker', 'Safe Specialist'), textCalls('read_file', 'hacker', 'Technical Specialist'), textCalls('query_db', 'intel', 'Intelligence Analyst')].flat()
    for (const t of all) expect(isCall(t), t).toBe(true)
    // GLM-4: the name line, then json.dumps-spaced arguments.
    expect(all.some((t) => /^calculator\n\{"expression": "[^"]+"\}$/.test(t))).toBe(true)
    // ChatGLM3: the name line over a python fence with tool_call and repr quoting (double quotes round SQL that holds a single one).
    expect(all.some((t) => /^read_file\n```python\ntool_call\(filename='[a-z_]+\.txt'\)\n```$/.test(t))).toBe(true)
    expect(all.some((t) => /^\[TOOL_REQUEST\]\n\{"name": "(calculator|read_file|query_db)", "arguments": \{[^\n]+\}\}$/.test(t))).toBe(true)
    expect(all.some((t) => /^[A-Z][^\n]+\.\n\[TOOL_REQUEST\]\n\{[^\n]+\}\n\[END_TOOL_REQUEST\]$/.test(t))).toBe(true)
    const left = all.map((t) => parseTextToolCalls(t, Object.values(TOOLS).map((tool) => ({ name: tool.function.name, description: '', inputSchema: tool.function.parameters ?? {} }))))
    for (const parsed of left) expect(parsed.calls).toHaveLength(1)
    for (const { text } of left) expect(text).toMatch(/^([A-Z][^`<>|[\]{}]+\.)?$/)
  })

  it('talks in a register per seat, formal and without contractions, with numbered lists and "In summary,"', () => {
    const games = SEEDS.map((seed) => playSession({ model: J, seed }))
    const messages = games.flatMap((g) => messagesOf(g))
    const of = (agent: string) => [...games.flatMap((g) => messagesOf(g, agent)).map((s) => s.text), ...singleTurns(J, [agent], 4)]
    expect(shareOf(of('planner'), /\b(Firstly|The overall plan|task assignment|my suggestion is as follows|Everyone please|the core of|cannot be crossed|I ask the driver|The final plan|The plan is now finalized|In summary|If any guard finds us)\b/)).toBeGreaterThan(0.5)
    expect(shareOf(of('intel'), /\b(According to|as follows|It is worth mentioning|personnel|records|database|intelligence)\b/)).toBeGreaterThan(0.5)
    expect(shareOf(of('safecracker'), /\b(As the saying goes|Slow work|According to my experience|I have opened|calculat|drill)/)).toBeGreaterThan(0.4)
    expect(shareOf(of('driver'), /\b(Rest assured|Leave the car to me|No problem|I will|I wait|My )\b/)).toBeGreaterThan(0.6)
    expect(shareOf(of('lookout'), /\b(Received|closely monitor|abnormal situation|I will|I can|I am)\b/)).toBeGreaterThan(0.7)
    // Each seat keeps a tic and a stage note of its own, and never says another seat's.
    for (const seat of SEATS) {
      const mine = of(seat)
      expect(mine.some((t) => SEAT_TICS[seat]!.some((tic) => t.includes(tic))), seat).toBe(true)
      const others = SEATS.filter((s) => s !== seat).flatMap((s) => [...SEAT_TICS[s]!, ...ACTIONS[s]!])
      expect(mine.filter((t) => others.some((o) => t.includes(o))), seat).toEqual([])
    }
    const text = messages.map((s) => s.text).join('\n')
    expect(text).toMatch(/(^|\n)\((Spreads|Looks|Opens|Pushes|Touches|Nods|Takes|Spins|Leans|Raises|Checks) [^)]+\) [A-Z]/)
    expect(text).toMatch(/\n1\. [A-Z][^\n]+\n2\. /)
    expect(text).toMatch(/(^|\s)(\*\*)?In summary(\*\*)?, /)
    // A model of this kind writes out "do not", "it is": a contraction comes only with a canned refusal.
    expect(messages.filter((s) => /\b(don't|can't|it's|we're|I'll|I'm|won't)\b/.test(s.text) && !s.text.startsWith("I'm sorry"))).toEqual([])
    expect(text).not.toMatch(/(^|\n)#{1,4} /)
    const words = messages.map((s) => s.text.split(/\s+/).length).sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(28)
    expect(words[Math.floor(words.length / 2)]).toBeLessThan(60)
  })

  it('shows GLM habits now and then: <|user|> leaked (and a made-up next line), full width, Chinese, a fiction note, a refusal', () => {
    const turns = singleTurns(J, SEATS, 40)
    const { rate } = ratesOf(turns)
    expect(rate(/\n<\|user\|>/)).toBeGreaterThan(0.01)
    expect(rate(/\n<\|user\|>/)).toBeLessThan(0.06)
    expect(turns.some((t) => /\n<\|user\|>\n\[[a-z]+\] [A-Z][^\n]+$/.test(t))).toBe(true)
    expect(rate(/[：，]/)).toBeGreaterThan(0.01)
    expect(rate(/[：，]/)).toBeLessThan(0.08)
    expect(rate(/[\u4e00-\u9fff]|。/)).toBeGreaterThan(0.005)
    expect(rate(/[\u4e00-\u9fff]|。/)).toBeLessThan(0.05)
    expect(rate(/\n\n\(Note: /)).toBeGreaterThan(0.005)
    expect(rate(/\n\n\(Waiting for /)).toBeGreaterThan(0.005)
    expect(rate(/^I'm sorry, but I can't help/)).toBeLessThan(0.02)
  })

  it('styles a message without changing a figure, and slips a unit only when asked', () => {
    expect(roleOpener('The window is 02:00-02:45.', 'planner')).toBe('As the planner, the window is 02:00-02:45.')
    expect(roleOpener('Lisa Chen supervises nights.', 'intel')).toBe('As the intelligence officer, Lisa Chen supervises nights.')
    expect(roleOpener('Hello everyone! As the team\'s driver, I drive.', 'driver')).toBe('Hello everyone! As the team\'s driver, I drive.')
    expect(inSummary('One point. Two points. We enter at 01:50.', false)).toBe('One point. Two points. In summary, we enter at 01:50.')
    expect(inSummary('One point. Two points. In addition, gloves.', true)).toBe('One point. Two points. In addition, gloves.')
    expect(inSummary('One point. Two points.', true)).toBe('One point. Two points.')
    expect(fullWidth('The result: 24 cameras, 02:00-02:45, 3-5 minutes.')).toBe('The result：24 cameras，02:00-02:45, 3-5 minutes.')
    const slipped = Array.from({ length: 12 }, (_, i) => chineseSlip('We confirm the plan at 02:00.', new Rng(i)))
    for (const t of slipped) expect(t.replace('好的，', '').replace('确认', 'confirm').replace('计划', 'plan').replace('。', '.')).toBe('We confirm the plan at 02:00.')
    expect(new Set(slipped).size).toBeGreaterThan(1)
    expect(unitSlip('A delay of 30 seconds, then 3-5 minutes.')).toBe('A delay of 30 minutes, then 3-5 minutes.')
    expect(unitSlip('The 30-second delay.')).toBe('The 30-minute delay.')
    expect(unitSlip('No delay here.')).toBeNull()
  })
})
