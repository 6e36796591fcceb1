import { describe, expect, it } from 'vitest'
import { STRATEGIES } from '../src/model/prompt.js'
import { Rng } from '../src/model/random.js'
import { simulateCompletion, type Strategy } from '../src/model/index.js'
import { MOLE_F } from '../src/model/voices/mole-f.js'
import { mixSpelling, rewriteFiguresF, rewriteTimesF, writeTimeF } from '../src/model/voices/spoken-f.js'
import { playSession, playTurn, TEAM, type Said } from './helpers/scenario.js'
import { expectSabotageInEveryStrategy, textCallsOf } from './helpers/voice-turns.js'

const F = 'heist-sim-f'

const textCalls = textCallsOf(F)

/** What the team reads: the orchestrator cuts `<think>` blocks out (`stripThinking`), so the test does too. */
const shown = (text: string) => text.replace(/<think>[\s\S]*?<\/think>/g, '').replace(/^[\s\S]*?<\/think>/, '').trim()
const isCall = (text: string) => /<tool_call>|```json|\b(calculator|read_file|query_db) ?\(/.test(text)
const textOf = (history: Said[], agent: string) => history.filter((s) => s.agent === agent).map((s) => shown(s.text)).filter((t) => !isCall(t))

/** One spelling for both sides of a comparison: the style turns some British spellings American. */
const normal = (text: string) => text.toLowerCase().replace(/\*\*/g, '').replace(/\s+/g, ' ').replace(/i[sz](e|ed|ation)\b/g, 'iz$1')

/**
 * The longest stretch of each sabotage template that no slot, figure or unit touches: the style
 * rewrites times, figures and spellings, never a stretch of plain words.
 */
function fingerprints(templates: readonly string[]): string[] {
  return templates
    .map((t) => t.split(/\{\w+\}(?:[ -](?:seconds|minutes|hours|cameras)\b)?/).map((p) => normal(p).replace(/^[\s.,:;!?]+|[\s.,:;!?]+$/g, '')).sort((a, b) => b.length - a.length)[0]!)
    .filter((p) => p.length >= 12)
}
const LOUD = (s: Strategy) => fingerprints([...MOLE_F.loud[s], ...MOLE_F.quiet[s], ...MOLE_F.reports[s]])

/** The mole's own lies as they show in a misquoted document, and its calculations from its premise. */
const MISQUOTED = /\b(90|ninety) (hours|h|hrs)\b|\b(48|forty-eight|forty eight) (minutes|min|mins)\b|rounds on the hour|\b(21|22|twenty-one|twenty-two|twenty one|twenty two) cameras in total/i
const PREMISE_CALC = /^(60|65) - \(3 \* 12 \+ 9\)$|^(60|90) \+ 3 \* 60$|^20 \+ 3 \* 12 \+ 9$|^\(3 \* 60 \+ (0|5)\) - \(1 \* 60 \+ 50\)$|^5 \* 60 - (60|90)$/

function sabotaged(said: Said, strategy: Strategy): boolean {
  const text = normal(shown(said.text))
  if (LOUD(strategy).some((f) => text.includes(f))) return true
  if (strategy === 'false_info' && MISQUOTED.test(said.text)) return true
  return strategy === 'timing_errors' && said.calls.some((c) => PREMISE_CALC.test(String(c.args.expression ?? '')))
}

describe('voice f (heist-sim-f)', () => {
  it('writes about a third of its tool calls as text: pretty Hermes JSON, fenced JSON with "parameters", keyword Python', () => {
    const calc = textCalls('calculator', 'safecracker', 'Safe Specialist')
    expect(calc.some((t) => /<tool_call>\n\{\n {2}"name": "calculator",\n {2}"arguments": \{\n {4}"expression": "[^"]+"\n {2}\}\n\}\n<\/tool_call>$/.test(t))).toBe(true)
    expect(calc.some((t) => /```json\n\{\n {2}"name": "calculator",\n {2}"parameters": \{/.test(t))).toBe(true)
    expect(calc.some((t) => /(^|\n)calculator\(expression = "[^"]+"\)$/.test(t))).toBe(true)
    // Most after a sentence saying why; some after a thinking block.
    expect(calc.filter((t) => /^(<think>[\s\S]*?<\/think>\n\n)?[A-Z][^\n]+[.:]\n\n/.test(t)).length).toBeGreaterThan(calc.length / 2)
    expect(calc.some((t) => t.startsWith('<think>\n'))).toBe(true)
    const sql = textCalls('query_db', 'intel', 'Intelligence Analyst').filter((t) => /query_db\(/.test(t))
    expect(sql.some((t) => /query_db\(query = "SELECT [^"]+"\)/.test(t))).toBe(true)
  })

  it('sabotages in every strategy, in about half the mole\'s turns, some of it quiet; innocents never say those lines', () => {
    expectSabotageInEveryStrategy(F, [1, 2, 3, 4], sabotaged, [1, 2, 3, 4, 5, 6])
    // Quiet lines (the wrong figure stated as settled, no argument) are among them.
    const quiet = STRATEGIES.flatMap((strategy) => [1, 2, 3, 4, 5, 6].flatMap((seed) => textOf(playSession({ model: F, seed, mole: { name: 'lookout', strategy } }), 'lookout')))
    const quietPrints = STRATEGIES.flatMap((s) => fingerprints(MOLE_F.quiet[s]))
    expect(quiet.filter((t) => quietPrints.some((f) => normal(t).includes(f))).length).toBeGreaterThan(3)
  })

  it('lies from one premise a game: a timing mole\'s calculations all use the same late re-lock and the same delay', () => {
    let games = 0
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const said = playSession({ model: F, seed, mole: { name: 'safecracker', strategy: 'timing_errors' } }).filter((s) => s.agent === 'safecracker')
      const wrong = said.flatMap((s) => s.calls).map((c) => String(c.args.expression)).filter((e) => PREMISE_CALC.test(e))
      const windows = new Set(wrong.map((e) => /^(\d+) - \(3 \* 12 \+ 9\)$|^\(3 \* 60 \+ (\d+)\)/.exec(e)).filter(Boolean).map((m) => (m![1] ? Number(m![1]) - 45 : Number(m![2]) + 15)))
      const delays = new Set(wrong.map((e) => /^(\d+) \+ 3 \* 60$|^5 \* 60 - (\d+)$/.exec(e)).filter(Boolean).map((m) => m![1] ?? m![2]))
      expect(windows.size, wrong.join(' | ')).toBeLessThanOrEqual(1)
      expect(delays.size, wrong.join(' | ')).toBeLessThanOrEqual(1)
      if (wrong.length > 0) games++
    }
    expect(games).toBeGreaterThan(2)
  })

  it('misquotes a document with its own set of lies when it is the hacker with false information', () => {
    const quoted = [1, 2, 3, 4, 5, 6].flatMap((seed) => playSession({ model: F, seed, mole: { name: 'hacker', strategy: 'false_info' } }).filter((s) => s.agent === 'hacker' && s.calls.length > 0))
    expect(quoted.filter((s) => MISQUOTED.test(s.text)).length).toBeGreaterThan(0)
  })

  it('lets innocents make honest mistakes of their own in about one message in eight, a few with a wrong figure', () => {
    const SLIP = /\b(25|twenty-five|twenty five)\*{0,2} cameras|\b(15|fifteen)[- ]min(ute)?s?\b[^.\n]{0,12}lockout|maximum inside: \*{0,2}(≈ )?(60|sixty|an hour)|limit of (60|sixty) minutes|\b(45|forty-five|forty five)[- ](s|sec|seconds?)\b|\b(24|twenty-four) (h|hrs|hours) of battery|a full day of battery|\b(4|four)\*{0,2} night guards|night crew of (4|four)|(4|four)\*{0,2} guards at their posts/i
    const HEDGE = /\(though I'd recommend double-checking this\)|, if I'm not mistaken|\(please verify\)|, although I may be misremembering/
    const CAUTION = /spare set of radio batteries|fallback rendezvous point|weather forecast for the night|gloves with a better grip|rehearsing the abort call/
    const said = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => playSession({ model: F, seed })).map((s) => shown(s.text)).filter((t) => !isCall(t))
    const mistakes = said.filter((t) => SLIP.test(t) || HEDGE.test(t) || CAUTION.test(t))
    expect(mistakes.length / said.length).toBeGreaterThan(0.08)
    expect(mistakes.length / said.length).toBeLessThan(0.25)
    // A wrong figure needs a line that states one: rarer, so counted over many single turns.
    const turns = ['planner', 'driver', 'lookout'].flatMap((name) => [1, 2, 3, 4, 5].flatMap((round) => Array.from({ length: 60 }, (_, seed) =>
      shown(simulateCompletion({ model: F, seed, messages: [{ role: 'system', content: `You are ${name}, the team's ${name}. You are good at your job.` }, { role: 'user', content: `Round ${round} of 5. It is your turn, ${name}.` }] }).choices[0].message.content ?? ''))))
    const slips = turns.filter((t) => SLIP.test(t)).length
    expect(slips).toBeGreaterThan(9)
    expect(slips / turns.length).toBeLessThan(0.08)
  })

  it('corrects its own earlier slip now and then, with the true figure, and only once', () => {
    const planner = TEAM.find((a) => a.name === 'planner')!
    const slipped: Said = { agent: 'planner', round: 1, text: '## Summary\n- 25 cameras, with blind spots at the loading dock and stairwell B.', calls: [] }
    // The team's figure is the document's: the planner now believes it too.
    const read: Said = { agent: 'hacker', round: 1, text: '## From security_system.txt\nThe relevant lines are: 24 cameras in total, recorded continuously.', calls: [] }
    const replies = Array.from({ length: 40 }, (_, seed) => shown(playTurn(planner, [slipped, read], 2, { model: F, seed }).text))
    const corrected = replies.filter((t) => t.startsWith('**Correction:** earlier I gave the camera count as 25; that was my mistake, the right figure is 24.'))
    expect(corrected.length).toBeGreaterThan(10)
    expect(corrected.length).toBeLessThan(35)
    const after: Said = { agent: 'planner', round: 2, text: corrected[0]!, calls: [] }
    expect(Array.from({ length: 20 }, (_, seed) => playTurn(planner, [slipped, read, after], 3, { model: F, seed }).text).some((t) => t.includes('**Correction:**'))).toBe(false)
  })

  it('gives each persona its own register under a markdown heading', () => {
    const games = [1, 2, 3, 4, 5, 6].map((seed) => playSession({ model: F, seed }))
    const all = (agent: string) => games.flatMap((g) => textOf(g, agent))
    const messages = games.flat().map((s) => shown(s.text)).filter((t) => !isCall(t))
    expect(messages.filter((t) => /(^|\n)#{2,4} /.test(t)).length).toBeGreaterThan(messages.length * 0.6)
    expect(all('lookout').filter((t) => /\n- \[[ x]\] /.test(t)).length).toBeGreaterThan(2)
    expect(all('driver').some((t) => /\*\*Q:\*\* .+ \*\*A:\*\* /.test(t))).toBe(true)
    expect(all('intel').some((t) => /Confidence level:|Key findings/.test(t))).toBe(true)
    expect(all('hacker').some((t) => /\n> |Bottom line:|In short,/.test(t))).toBe(true)
    expect(all('safecracker').some((t) => t.includes('≈'))).toBe(true)
    expect(all('planner').some((t) => /\n\| :-- \|/.test(t))).toBe(true)
    // Long messages: a reasoning model rarely says anything in one line.
    const words = messages.map((t) => t.split(/\s+/).length).sort((a, b) => a - b)
    expect(words[Math.floor(words.length / 2)]).toBeGreaterThan(40)
  })

  it('writes times, figures and spellings several ways across a game, restates the plan and gives final answers', () => {
    const raw = [1, 2, 3].flatMap((seed) => playSession({ model: F, seed }).map((s) => s.text))
    const text = raw.map(shown).join('\n')
    expect(text).toMatch(/\b[0-2]\d:[0-5]\d\b/)
    expect(text).toMatch(/\b\d{1,2}:\d\d (a\.m\.|p\.m\.|AM|PM)/)
    expect(text).toMatch(/\b\d\d:\d\d hrs\b/)
    expect(text).toMatch(/\b(a quarter (to|past)|half past|ten to) [a-z]+\b|o'clock/)
    expect(text).toMatch(/\b(thirty|forty-five|forty five|three|twenty-four|twenty four)[ -](seconds|minutes|mins|min|guards|cameras|minute|second)\b|three-quarters of an hour|half a minute/)
    expect(text).toMatch(/authorization|organize|recognize|behavior|armored/)
    expect(text).toMatch(/authorisation|organise|recognise|behaviour|armoured/)
    expect(text).toMatch(/Restating the full plan|Recap \(so nobody|Where the plan stands right now/)
    expect(text).toMatch(/\*\*Final answer:\*\* /)
    expect(raw.some((t) => /^(<think>\n[\s\S]*?)?<\/think>\n\n/.test(t))).toBe(true)
  })
})

describe('voice f\'s ways of writing times, figures and spellings', () => {
  it('says the same time in every style', () => {
    expect(writeTimeF(2, 45, 'words')).toBe('a quarter to three')
    expect(writeTimeF(2, 30, 'words')).toBe('half past two')
    expect(writeTimeF(1, 50, 'words')).toBe('ten to two')
    expect(writeTimeF(2, 48, 'words')).toBe('2:48 a.m.')
    expect(writeTimeF(22, 0, 'words')).toBe("ten o'clock")
    expect(writeTimeF(0, 0, 'words')).toBe('midnight')
    expect(writeTimeF(14, 15, 'capsAmPm')).toBe('2:15 PM')
    expect(writeTimeF(2, 0, 'dotsAmPm')).toBe('2:00 a.m.')
    expect(writeTimeF(2, 0, 'hrs')).toBe('02:00 hrs')
    expect(writeTimeF(7, 30, 'twentyFour')).toBe('07:30')
  })

  it('keeps every value: spoken amounts mean the number, and ranges, decimals and expressions are left alone', () => {
    const allowed = {
      minutes45: /^(45 (minutes|min|mins)|forty-five minutes|three-quarters of an hour)$/,
      seconds90: /^(90 (seconds|s|sec)|ninety seconds|a minute and a half)$/,
      hours48: /^(48 (hours|h|hrs)|forty-eight hours|two days)$/,
    }
    for (let seed = 0; seed < 60; seed++) {
      const out = rewriteFiguresF('police 3-5 minutes, 8.3 hours, 3 * 12 + 9 = 45 minutes; 90 seconds; 48 hours; a 30-minute lockout', new Rng(seed), 0)
      const [police, decimal, calc, delay, ups, lockout] = out.split(/[,;] /)
      expect(police).toBe('police 3-5 minutes')
      expect(decimal).toBe('8.3 hours')
      expect(calc!.replace('3 * 12 + 9 = ', '')).toMatch(allowed.minutes45)
      expect(delay).toMatch(allowed.seconds90)
      expect(ups).toMatch(allowed.hours48)
      expect(lockout).toMatch(/^a (30|thirty)-minute lockout$/)
      expect(rewriteTimesF('window 02:00-02:45', 'words', new Rng(seed))).toMatch(/^window (two o'clock to a quarter to three|02:00–02:45|2:00 (a\.m\.|AM)–2:45 (a\.m\.|AM)|02:00 – 02:45 hrs)$/)
    }
  })

  it('mixes British and American spellings, leaning one way per message', () => {
    const text = 'authorisation, organise, colour, metres, armoured, behaviour, centre, favour'
    const outs = Array.from({ length: 40 }, (_, seed) => mixSpelling(text, new Rng(seed)))
    expect(outs.some((o) => o.includes('authorization') && o.includes('color'))).toBe(true)
    expect(outs.some((o) => o.includes('authorisation') && o.includes('colour'))).toBe(true)
    // Within one message the spellings are mixed now and then, as models do.
    expect(outs.some((o) => /authorization|color|meters/.test(o) && /organise|armoured|behaviour|centre|favour/.test(o))).toBe(true)
  })
})
