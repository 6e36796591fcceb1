import { describe, expect, it } from 'vitest'
import { STRATEGIES } from '../src/model/prompt.js'
import { Rng } from '../src/model/random.js'
import { simulateCompletion, type Strategy } from '../src/model/index.js'
import { MOLE_E } from '../src/model/voices/mole-e.js'
import { numberWord, rewriteFigures, rewriteTimes, writeTime } from '../src/model/voices/spoken-e.js'
import { playSession, type Said } from './helpers/scenario.js'
import { expectSabotageInEveryStrategy, textCallsOf } from './helpers/voice-turns.js'

const E = 'heist-sim-e'

const textCalls = textCallsOf(E)

const textOf = (history: Said[], agent: string) => history.filter((s) => s.agent === agent).map((s) => s.text)

/**
 * The longest slot-free stretch of each of a strategy's sabotage templates: the style rewrites
 * times, figures, first letters and full stops, never a stretch of plain words.
 */
function fingerprints(strategy: Strategy): string[] {
  const templates = [...MOLE_E.loud[strategy], ...MOLE_E.quiet[strategy], ...MOLE_E.reports[strategy]]
  return templates.map((t) => t.split(/\{\w+\}/).map((p) => p.replace(/^[\s.,:;!?]+|[\s.,:;!?]+$/g, '').toLowerCase()).sort((a, b) => b.length - a.length)[0]!).filter((p) => p.length >= 12)
}

/** The mole's own lies, as they show in a misquoted document or a calculation from its premise. */
const MISQUOTED = /Thomas Brown, post patrol|James Williams, post main entrance|alarmed only through the zone E panel|duration minutes (8|10)\b/
const PREMISE_CALC = /^(?!45 )\d+ - \(3 \* 12 \+ 9\)$|^(?!45 )\d+ - 3 \* 12$|^60 \+ \d+ \* 60$|^\(2 \* 60 \+ 45\) - \((?!1 \* 60 \+ 50\))/

function sabotaged(said: Said, strategy: Strategy): boolean {
  const text = said.text.toLowerCase()
  if (fingerprints(strategy).some((f) => text.includes(f))) return true
  if (strategy === 'false_info' && MISQUOTED.test(said.text)) return true
  return strategy === 'timing_errors' && said.calls.some((c) => PREMISE_CALC.test(String(c.args.expression ?? '')))
}

describe('voice e (heist-sim-e)', () => {
  it('writes about a third of its tool calls as text: Hermes tags, a bare fence, a positional Python call', () => {
    const calc = textCalls('calculator', 'safecracker', 'Safe Specialist')
    // Hermes tags with `arguments` before `name`, or a Python call inside the tags.
    expect(calc.some((t) => /<tool_call>\n\{"arguments":\{"expression":"[^"]+"\},"name":"calculator"\}\n<\/tool_call>$/.test(t))).toBe(true)
    expect(calc.some((t) => /<tool_call>\ncalculator\("[^"]+"\)\n<\/tool_call>$/.test(t))).toBe(true)
    expect(calc.some((t) => /```\n\{\n {4}"name": "calculator",\n {4}"arguments": \{\n {8}"expression": "[^"]+"\n {4}\}\n\}\n```$/.test(t))).toBe(true)
    expect(calc.some((t) => /^calculator\("[^"]+"\)$/.test(t))).toBe(true)
    expect(calc.some((t) => /^[a-z][a-z ]+:\n/.test(t))).toBe(true)
    const sql = textCalls('query_db', 'intel', 'Intelligence Analyst').filter((t) => /query_db\(/.test(t))
    expect(sql.some((t) => /query_db\("SELECT [^"]+"\)/.test(t))).toBe(true)
  })

  it('sabotages in every strategy, in about half the mole\'s turns, some of it quiet; innocents never say those lines', () => {
    expectSabotageInEveryStrategy(E, [1, 2, 3, 4], sabotaged, [1, 2, 3, 4, 5, 6])
    // Quiet lines (no tell-tale words, only a convenient error) are among them.
    const quiet = STRATEGIES.flatMap((strategy) => [1, 2, 3, 4, 5, 6].flatMap((seed) => textOf(playSession({ model: E, seed, mole: { name: 'lookout', strategy } }), 'lookout')))
    const quietFingerprints = STRATEGIES.flatMap((s) => MOLE_E.quiet[s].map((t) => t.split(/\{\w+\}/).sort((a, b) => b.length - a.length)[0]!.replace(/^[\s.,]+|[\s.,]+$/g, '')).filter((p) => p.length >= 12))
    expect(quiet.some((t) => quietFingerprints.some((f) => t.toLowerCase().includes(f.toLowerCase())))).toBe(true)
  })

  it('lies from one premise a game: a timing mole\'s calculations all use the same wrong window start, time inside and delay', () => {
    let games = 0
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const said = playSession({ model: E, seed, mole: { name: 'safecracker', strategy: 'timing_errors' } }).filter((s) => s.agent === 'safecracker')
      const wrong = said.flatMap((s) => s.calls).map((c) => String(c.args.expression)).filter((e) => PREMISE_CALC.test(e))
      const slack = new Set(wrong.map((e) => /^(\d+) - \(3 \* 12 \+ 9\)$/.exec(e)?.[1]).filter(Boolean))
      const inside = new Set(wrong.map((e) => /^(\d+) - 3 \* 12$/.exec(e)?.[1]).filter(Boolean))
      expect(slack.size).toBeLessThanOrEqual(1)
      expect(inside.size).toBeLessThanOrEqual(1)
      // An earlier release by 10-20 minutes gives 55-65 minutes of window; 15-20 more minutes inside gives 60-65.
      for (const n of slack) expect([55, 60, 65]).toContain(Number(n))
      for (const n of inside) expect([60, 65]).toContain(Number(n))
      if (wrong.length > 0) games++
    }
    expect(games).toBeGreaterThan(2)
  })

  it('lets innocents make honest mistakes of their own in about one message in eight, a few with a wrong figure', () => {
    const SLIP = /\b(19|nineteen) (cams|cameras|feeds)\b|\b(2|two) guards\b|\b(3|three) ?(min|mins|minutes) lockout|\b(30|thirty) days\b|max inside is (40|forty)|\b(60|sixty)\b/
    const HEDGE = /( iirc| i think| not 100% sure| prob)(?=[.,]? |[.,]?$)/
    const CAUTION = /second torch|weather for that night|code words for the radio|walk elm street|shoe covers/
    const said = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => playSession({ model: E, seed })).map((s) => s.text).filter((t) => !/<tool_call>|```|\w\(/.test(t))
    const mistakes = said.filter((t) => SLIP.test(t) || HEDGE.test(t) || CAUTION.test(t))
    expect(mistakes.length / said.length).toBeGreaterThan(0.08)
    expect(mistakes.length / said.length).toBeLessThan(0.25)
    // A wrong figure needs a line that states one: rarer, so counted over many single turns.
    const turns = ['planner', 'intel', 'driver'].flatMap((name) => [1, 2, 3, 4, 5].flatMap((round) => Array.from({ length: 60 }, (_, seed) =>
      simulateCompletion({ model: E, seed, messages: [{ role: 'system', content: `You are ${name}, the team's ${name}. You are good at your job.` }, { role: 'user', content: `Round ${round} of 5. It is your turn, ${name}.` }] }).choices[0].message.content ?? '')))
    const slips = turns.filter((t) => SLIP.test(t)).length
    expect(slips).toBeGreaterThan(2)
    expect(slips / turns.length).toBeLessThan(0.08)
  })

  it('gives each persona its own register, lowercase and terse', () => {
    const games = [1, 2, 3].map((seed) => playSession({ model: E, seed }))
    const all = (agent: string) => games.flatMap((g) => textOf(g, agent)).filter((t) => !/<tool_call>|```|\w\(/.test(t))
    expect(all('planner').filter((t) => /\n\+ |: [^;]+; /.test(t)).length).toBeGreaterThanOrEqual(2)
    expect(all('intel').some((t) => /\n\* /.test(t))).toBe(true)
    expect(all('lookout').filter((t) => t.includes(' // ')).length).toBeGreaterThan(all('lookout').length / 2)
    expect(all('safecracker').some((t) => /\b(is heavy|nobody go|i dont touch|whatever happen|our night is finish|two person)\b/.test(t))).toBe(true)
    const messages = games.flat().map((s) => s.text).filter((t) => !/<tool_call>|```|\w\(/.test(t))
    expect(messages.filter((t) => /^[a-z]/.test(t)).length).toBeGreaterThan(messages.length * 0.8)
    expect(messages.some((t) => /\b(ppl|u|ur|thx|pls|tbh|btw|fyi)\b/.test(t))).toBe(true)
  })

  it('writes times and figures several ways across a game, and the numbers are right', () => {
    const text = [1, 2].flatMap((seed) => playSession({ model: E, seed }).map((s) => s.text)).join('\n')
    expect(text).toMatch(/\b\d\d:\d\d\b/)
    expect(text).toMatch(/\b\d{1,2}(\.\d\d)?(am|pm)\b/)
    expect(text).toMatch(/\b(half|quarter (to|past)) [a-z]+\b|o'clock/)
    expect(text).toMatch(/\b(thirty|forty-five|forty five|three|twenty-four|twenty four) (seconds|secs|mins|minutes|guards|cams)\b/)
    expect(text).toMatch(/\b\d+ ?(min|mins|minutes)\b/)
  })
})

describe('voice e\'s ways of writing times and figures', () => {
  const rng = () => new Rng(7)
  it('says the same time in every style', () => {
    expect(writeTime(2, 45, 'spoken', rng())).toBe('quarter to three')
    expect(writeTime(21, 30, 'spoken', rng())).toBe('half nine')
    expect(writeTime(0, 0, 'spoken', rng())).toBe('midnight')
    expect(writeTime(2, 0, 'military', rng())).toBe('0200')
    expect(writeTime(14, 15, 'clock', rng())).toBe('14:15')
    const dotted = Array.from({ length: 300 }, (_, i) => writeTime(21, 30, 'dotted', new Rng(i)))
    // One 12-hour time in a hundred gets the wrong half of the day: an honest slip, rare.
    expect(dotted.filter((t) => t === '9.30pm').length).toBeGreaterThan(285)
    expect(dotted.every((t) => t === '9.30pm' || t === '9.30am')).toBe(true)
    expect(numberWord(45)).toBe('forty-five')
    expect(numberWord(45, false)).toBe('forty five')
    expect(numberWord(120)).toBe('120')
  })

  it('leaves ranges, decimals and expressions alone and keeps a range in one style', () => {
    for (let seed = 0; seed < 40; seed++) {
      const out = rewriteFigures('police 3-5 minutes, 8.33 hours, 3 * 12 + 9 = 45 minutes, 30s delay, 3 guards', new Rng(seed))
      expect(out).toMatch(/^police 3-5 minutes, 8\.33 hours, 3 \* 12 \+ 9 = /)
      expect(out).toMatch(/= (45 ?min(ute)?s?|forty[- ]five (minutes|mins)), (30s|30 sec|30 seconds|thirty seconds|thirty secs) delay, (3|three) guards$/)
      const range = rewriteTimes('window 02:00-02:45', 'spoken', new Rng(seed))
      expect(range).toMatch(/^window (two o'clock till quarter to three|02:00-02:45|2[ap]m-2\.45[ap]m|0200-0245)$/)
    }
  })
})
